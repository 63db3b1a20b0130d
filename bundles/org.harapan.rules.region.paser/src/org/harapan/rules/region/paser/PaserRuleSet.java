package org.harapan.rules.region.paser;

import org.harapan.programme.Programme;
import org.harapan.rules.Parameters;
import org.harapan.rules.ProgrammeRuleSet;
import org.harapan.rules.RuleContext;
import org.harapan.rules.RuleSet;
import org.harapan.rules.Sentences;
import org.osgi.service.component.annotations.Component;

/**
 * Kabupaten Paser (64.01): referral to the Puskesmas of a pregnant mother short of antenatal visits by the third
 * trimester or of a child under five not weighed for a while, and PMT lokal for wasted or underweight children.
 * Every figure comes from {@code programmes/paser-health.programme}.
 */
@Component(service = RuleSet.class)
public final class PaserRuleSet extends ProgrammeRuleSet {

	static final Sentences TEXT = Sentences.of(PaserRuleSet.class);

	public PaserRuleSet() {
		this(load(PaserRuleSet.class, "programmes/paser-health.programme")); //$NON-NLS-1$
	}

	/** With another version of the programme document (dry runs, tests). */
	public PaserRuleSet(Programme programme) {
		super(programme, "2025.1"); //$NON-NLS-1$
	}

	@Override
	public void evaluate(RuleContext context) {
		Parameters parameters = context.parameters(programme());
		PuskesmasReferral referral = new PuskesmasReferral(context, parameters);
		context.rule("antenatalReferral", referral::antenatal); //$NON-NLS-1$
		context.rule("weighingReferral", referral::weighing); //$NON-NLS-1$
		context.rule("pmtLokal", () -> new PmtLokal(context, parameters).decide()); //$NON-NLS-1$
	}

	@Override
	protected RuleSet with(Programme changed) {
		return new PaserRuleSet(changed);
	}
}
