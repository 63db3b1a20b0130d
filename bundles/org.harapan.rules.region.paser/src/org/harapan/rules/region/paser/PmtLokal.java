package org.harapan.rules.region.paser;

import static org.harapan.rules.region.paser.PaserRuleSet.TEXT;

import java.util.Optional;

import org.harapan.programme.AidBenefit;
import org.harapan.rules.Child;
import org.harapan.rules.Children;
import org.harapan.rules.FindingKind;
import org.harapan.rules.GrowthPoint;
import org.harapan.rules.Parameters;
import org.harapan.rules.RuleContext;
import org.harapan.rules.Window;

/**
 * PMT lokal for a child of the PMT ages who is wasted (weight-for-length/height) or, when not wasted, underweight
 * (weight-for-age) at its latest measurement, for the duration of the aid the programme version gives for that;
 * a version without an aid for underweight children gives none.
 */
record PmtLokal(RuleContext context, Parameters parameters) {

	void decide() {
		double wasting = parameters.number("wasting.zwflBelow"); //$NON-NLS-1$
		double underweight = parameters.number("underweight.zweiBelow"); //$NON-NLS-1$
		AidBenefit wasted = parameters.aid("pmtLokal.wasted"); //$NON-NLS-1$
		Optional<AidBenefit> light = parameters.findAid("pmtLokal.underweight"); //$NON-NLS-1$
		Window window = Window.monthsBefore(context.date(), parameters.integer("growth.windowMonths")); //$NON-NLS-1$
		for (Child c : Children.aged(context, parameters.integer("pmt.minAgeMonths"), //$NON-NLS-1$
				parameters.integer("child.maxAgeMonths"), window)) { //$NON-NLS-1$
			GrowthPoint p = c.latest();
			if (p == null) {
				continue;
			}
			if (p.zwfl() < wasting) {
				grant(c, wasted, "zwfl", p.zwfl(), "pmt.wasted"); //$NON-NLS-1$ //$NON-NLS-2$
			} else if (p.zwei() < underweight && light.isPresent()) {
				grant(c, light.get(), "zwei", p.zwei(), "pmt.underweight"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private void grant(Child c, AidBenefit aid, String index, double z, String sentence) {
		GrowthPoint p = c.latest();
		int days = aid.getDurationDays();
		context.finding(FindingKind.AID, "pmtLokal").subject("aid:pmtLokal").outcome("granted").member(c.member()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.fact("ageMonths", c.ageMonths(), c.member()) //$NON-NLS-1$
				.fact(index, GrowthPoint.format(z), p.measurement())
				.fact("durationDays", days, c.member()) //$NON-NLS-1$
				.fact("until", context.date().plusDays(days - 1L), c.member()) //$NON-NLS-1$
				.parameter("aid." + aid.getId() + ".durationDays", days, parameters.label()) //$NON-NLS-1$ //$NON-NLS-2$
				.add(TEXT.text(sentence, c.member().getName(), c.ageMonths(), p.date().toString(), GrowthPoint.format(z),
						days, context.date().toString(), context.date().plusDays(days - 1L).toString()));
	}
}
