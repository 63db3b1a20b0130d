package org.harapan.rules.region.lampungtimur;

import org.harapan.programme.Programme;
import org.harapan.rules.Parameters;
import org.harapan.rules.ProgrammeRuleSet;
import org.harapan.rules.RuleContext;
import org.harapan.rules.RuleSet;
import org.harapan.rules.Sentences;
import org.osgi.service.component.annotations.Component;

/**
 * Kabupaten Lampung Timur (18.07): food aid for KPM (households) with a stunted child under five, reviewed every
 * review period, and P2K2 attendance with the stunting sessions weighed as the programme document sets (through an
 * override of the national parameter). Every figure comes from {@code programmes/lampungtimur-foodaid.programme}.
 */
@Component(service = RuleSet.class)
public final class LampungTimurRuleSet extends ProgrammeRuleSet {

	static final Sentences TEXT = Sentences.of(LampungTimurRuleSet.class);

	public LampungTimurRuleSet() {
		this(load(LampungTimurRuleSet.class, "programmes/lampungtimur-foodaid.programme")); //$NON-NLS-1$
	}

	/** With another version of the programme document (dry runs, tests). */
	public LampungTimurRuleSet(Programme programme) {
		super(programme, "2025.1"); //$NON-NLS-1$
	}

	@Override
	public void evaluate(RuleContext context) {
		Parameters parameters = context.parameters(programme());
		context.rule("foodAid", () -> new FoodAid(context, parameters).decide()); //$NON-NLS-1$
		context.rule("p2k2Attendance", () -> new WeightedAttendance(context, parameters).count()); //$NON-NLS-1$
	}

	@Override
	protected RuleSet with(Programme changed) {
		return new LampungTimurRuleSet(changed);
	}
}
