package org.harapan.rules.region.musirawas;

import org.harapan.programme.Programme;
import org.harapan.rules.Parameters;
import org.harapan.rules.ProgrammeRuleSet;
import org.harapan.rules.RuleContext;
import org.harapan.rules.RuleSet;
import org.harapan.rules.Sentences;
import org.osgi.service.component.annotations.Component;

/**
 * Kabupaten Musi Rawas (16.05): last month's P2K2 attendance of each KPM (household) in the kecamatan the
 * programme follows, and a referral to entrepreneurship support once the KPM has completed the finance module.
 * Every figure comes from {@code programmes/musirawas-p2k2.programme}.
 */
@Component(service = RuleSet.class)
public final class MusiRawasRuleSet extends ProgrammeRuleSet {

	static final Sentences TEXT = Sentences.of(MusiRawasRuleSet.class);

	public MusiRawasRuleSet() {
		this(load(MusiRawasRuleSet.class, "programmes/musirawas-p2k2.programme")); //$NON-NLS-1$
	}

	/** With another version of the programme document (dry runs, tests). */
	public MusiRawasRuleSet(Programme programme) {
		super(programme, "2024.1"); //$NON-NLS-1$
	}

	@Override
	public void evaluate(RuleContext context) {
		Parameters parameters = context.parameters(programme());
		P2k2 p2k2 = new P2k2(context, parameters);
		context.rule("monthlyAttendance", p2k2::lastMonth); //$NON-NLS-1$
		context.rule("entrepreneurshipReferral", p2k2::financeModule); //$NON-NLS-1$
	}

	@Override
	protected RuleSet with(Programme changed) {
		return new MusiRawasRuleSet(changed);
	}
}
