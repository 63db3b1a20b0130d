package org.harapan.rules.region.jakartapusat;

import static org.harapan.rules.region.jakartapusat.JakartaPusatRuleSet.TEXT;

import org.harapan.model.region.RegionDirectory;
import org.harapan.programme.Sponsor;
import org.harapan.rules.Child;
import org.harapan.rules.Children;
import org.harapan.rules.FindingBuilder;
import org.harapan.rules.FindingKind;
import org.harapan.rules.GrowthPoint;
import org.harapan.rules.Parameters;
import org.harapan.rules.RuleContext;
import org.harapan.rules.Window;

/**
 * Each stunted toddler of the KPM (household) at its latest measurement of the window is matched to the sponsor
 * that adopted the household's kelurahan, or reported as having none.
 */
record SponsorMatch(RuleContext context, Parameters parameters) {

	void match() {
		double below = parameters.number("stunting.zlenBelow"); //$NON-NLS-1$
		Window window = Window.monthsBefore(context.date(), parameters.integer("growth.windowMonths")); //$NON-NLS-1$
		String desa = context.household().getDesaCode();
		Sponsor sponsor = parameters.programme().getSponsors().stream().filter(s -> s.getDesaCode().equals(desa))
				.findFirst().orElse(null);
		for (Child c : Children.aged(context, 0, parameters.integer("child.maxAgeMonths"), window)) { //$NON-NLS-1$
			GrowthPoint p = c.latest();
			if (p == null || !(p.zlen() < below)) {
				continue;
			}
			String z = GrowthPoint.format(p.zlen());
			FindingBuilder b = context.finding(FindingKind.AID, "sponsor").subject("aid:sponsor").member(c.member()) //$NON-NLS-1$ //$NON-NLS-2$
					.fact("ageMonths", c.ageMonths(), c.member()).fact("zlen", z, p.measurement()) //$NON-NLS-1$ //$NON-NLS-2$
					.parameter("stunting.zlenBelow", below, parameters.label()); //$NON-NLS-1$
			if (sponsor == null) {
				b.outcome("noSponsor").fact("desaCode", desa, context.household()) //$NON-NLS-1$ //$NON-NLS-2$
						.add(TEXT.text("sponsor.none", c.member().getName(), p.date().toString(), z, //$NON-NLS-1$
								kelurahan(desa), desa));
			} else {
				String source = parameters.programme().getId() + " sponsor of " + sponsor.getDesaCode(); //$NON-NLS-1$
				b.outcome("matched").fact("provider", sponsor.getName(), context.household()).parameter("sponsor", sponsor.getName(), source) //$NON-NLS-1$ //$NON-NLS-2$
						.parameter("sponsorAid", sponsor.getAid(), source) //$NON-NLS-1$
						.add(TEXT.text("sponsor.matched", c.member().getName(), p.date().toString(), z, //$NON-NLS-1$
								sponsor.getName(), sponsor.getDesaName(), sponsor.getAid()));
			}
		}
	}

	private static String kelurahan(String desa) {
		String name = RegionDirectory.get().name(desa);
		return name == null ? desa : name;
	}
}
