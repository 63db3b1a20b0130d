package org.harapan.rules.region.lampungtimur;

import static org.harapan.rules.region.lampungtimur.LampungTimurRuleSet.TEXT;

import java.util.List;

import org.harapan.model.Member;
import org.harapan.model.Referral;
import org.harapan.model.ReferralService;
import org.harapan.model.ReferralState;
import org.harapan.programme.AidBenefit;
import org.harapan.rules.Child;
import org.harapan.rules.Children;
import org.harapan.rules.FindingBuilder;
import org.harapan.rules.FindingKind;
import org.harapan.rules.GrowthPoint;
import org.harapan.rules.Parameters;
import org.harapan.rules.RuleContext;
import org.harapan.rules.Window;

/**
 * The food aid (bantuan permakanan) of one KPM (household) at a review. Granted while a child under five is
 * stunted at its latest measurement of the review period before the evaluation date. The household <em>had</em>
 * the aid when a child was stunted at its latest measurement of the review period before that one (the previous
 * review), or when its file holds an open or accepted food-aid referral of a child that has not ended; such a
 * household with no stunted child now has the aid ended, once that child has been measured again (or has turned
 * five); until then the review is due.
 */
final class FoodAid {

	private static final String RULE = "foodAid"; //$NON-NLS-1$
	private static final String SUBJECT = "aid:foodAid"; //$NON-NLS-1$

	private final RuleContext context;
	private final Parameters parameters;
	private final AidBenefit aid;
	private final int maxAgeMonths;
	private final double zlenBelow;
	private final Window review;

	FoodAid(RuleContext context, Parameters parameters) {
		this.context = context;
		this.parameters = parameters;
		this.aid = parameters.aid("foodAid"); //$NON-NLS-1$
		this.maxAgeMonths = parameters.integer("child.maxAgeMonths"); //$NON-NLS-1$
		this.zlenBelow = parameters.number("stunting.zlenBelow"); //$NON-NLS-1$
		this.review = Window.monthsBefore(context.date(), aid.getReviewMonths());
	}

	void decide() {
		List<Child> children = Children.aged(context, 0, maxAgeMonths, review);
		for (Child c : children) {
			if (c.measured() && c.latest().zlen() < zlenBelow) {
				granted(c);
				return;
			}
		}
		Window previous = review.previous(aid.getReviewMonths());
		for (Member m : context.household().getMembers()) {
			GrowthPoint before = context.growth().latest(m, previous.from(), previous.to()).orElse(null);
			if (before != null && before.zlen() < zlenBelow && m.ageInMonths(previous.from()) < maxAgeMonths) {
				reviewed(m, finding(m).fact("zlenPreviousReview", z(before), before.measurement())); //$NON-NLS-1$
				return;
			}
		}
		for (Referral r : context.household().getReferrals()) {
			if (r.getService() == ReferralService.FOOD_AID && r.getMember() != null && r.getEndedDate() == null
					&& (r.getState() == ReferralState.OPEN || r.getState() == ReferralState.ACCEPTED)) {
				reviewed(r.getMember(), finding(r.getMember()).fact("referral", r.getState().getLiteral(), r)); //$NON-NLS-1$
				return;
			}
		}
	}

	private void granted(Child c) {
		finding(c.member()).outcome("granted").amount(aid.getAmountRp()) //$NON-NLS-1$
				.fact("ageMonths", c.ageMonths(), c.member()) //$NON-NLS-1$
				.fact("zlen", z(c.latest()), c.latest().measurement()) //$NON-NLS-1$
				.add(TEXT.text("foodAid.granted", c.member().getName(), c.latest().date().toString(), z(c.latest()), //$NON-NLS-1$
						aid.getAmountRp(), aid.getReviewMonths()));
	}

	/** The household had the aid and no child is stunted now: ended, or review due when not measured again. */
	private void reviewed(Member m, FindingBuilder b) {
		int age = m.ageInMonths(context.date());
		if (age >= maxAgeMonths) {
			b.outcome("ended").fact("ageMonths", age, m) //$NON-NLS-1$ //$NON-NLS-2$
					.add(TEXT.text("foodAid.endedAgedOut", m.getName(), age)); //$NON-NLS-1$
			return;
		}
		GrowthPoint now = context.growth().latest(m, review.from(), review.to()).orElse(null);
		if (now == null) {
			b.outcome("reviewDue").add(TEXT.text("foodAid.reviewDue", m.getName(), review.from().toString(), //$NON-NLS-1$ //$NON-NLS-2$
					review.to().toString()));
			return;
		}
		b.outcome("ended").fact("zlen", z(now), now.measurement()) //$NON-NLS-1$ //$NON-NLS-2$
				.add(TEXT.text("foodAid.ended", m.getName(), now.date().toString(), z(now))); //$NON-NLS-1$
	}

	private FindingBuilder finding(Member m) {
		String label = parameters.label();
		return context.finding(FindingKind.AID, RULE).subject(SUBJECT).member(m)
				.parameter("aid.foodAid.amountRp", aid.getAmountRp(), label) //$NON-NLS-1$
				.parameter("aid.foodAid.reviewMonths", aid.getReviewMonths(), label) //$NON-NLS-1$
				.parameter("stunting.zlenBelow", zlenBelow, label) //$NON-NLS-1$
				.parameter("child.maxAgeMonths", maxAgeMonths, label); //$NON-NLS-1$
	}

	private static String z(GrowthPoint p) {
		return GrowthPoint.format(p.zlen());
	}
}
