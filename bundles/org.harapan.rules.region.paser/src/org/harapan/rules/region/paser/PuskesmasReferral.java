package org.harapan.rules.region.paser;

import static org.harapan.rules.region.paser.PaserRuleSet.TEXT;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Conditionality;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.rules.Child;
import org.harapan.rules.Children;
import org.harapan.rules.FindingBuilder;
import org.harapan.rules.FindingKind;
import org.harapan.rules.Parameters;
import org.harapan.rules.RuleContext;
import org.harapan.rules.Window;

/** Referrals to the Puskesmas: missed antenatal visits by the third trimester, children not weighed. */
record PuskesmasReferral(RuleContext context, Parameters parameters) {

	/** A pregnant mother in her third trimester with fewer antenatal visits (one a month at most) than required. */
	void antenatal() {
		int minVisits = parameters.integer("anc.minVisits"); //$NON-NLS-1$
		int thirdTrimester = parameters.integer("anc.thirdTrimesterWeeksBeforeDelivery"); //$NON-NLS-1$
		int pregnancyWeeks = parameters.integer("anc.pregnancyWeeks"); //$NON-NLS-1$
		LocalDate date = context.date();
		for (Member m : context.household().getMembers()) {
			LocalDate due = m.getExpectedDeliveryDate();
			if (!m.isPregnant() || due == null || due.minusWeeks(thirdTrimester).isAfter(date)) {
				continue;
			}
			YearMonth first = YearMonth.from(due.minusWeeks(pregnancyWeeks));
			YearMonth before = YearMonth.from(date);
			Map<YearMonth, ComplianceRecord> visits = new TreeMap<>();
			for (ComplianceRecord r : context.household().getComplianceRecords()) {
				if (r.getMember() == m && r.getConditionality() == Conditionality.ANTENATAL_CARE
						&& r.getStatus() == ComplianceStatus.MET && r.getMonth() != null
						&& !r.getMonth().isBefore(first) && r.getMonth().isBefore(before)) {
					visits.putIfAbsent(r.getMonth(), r);
				}
			}
			if (visits.size() >= minVisits) {
				continue;
			}
			FindingBuilder b = referral("antenatalReferral", m).fact("expectedDeliveryDate", due, m) //$NON-NLS-1$ //$NON-NLS-2$
					.fact("antenatalVisits", visits.size(), m) //$NON-NLS-1$
					.parameter("anc.minVisits", minVisits, parameters.label()) //$NON-NLS-1$
					.parameter("anc.thirdTrimesterWeeksBeforeDelivery", thirdTrimester, parameters.label()); //$NON-NLS-1$
			visits.forEach((month, r) -> b.fact("antenatalVisit", month, r)); //$NON-NLS-1$
			b.add(TEXT.text("referral.antenatal", m.getName(), due.toString(), visits.size(), minVisits, //$NON-NLS-1$
					provider()));
		}
	}

	/** A child under five (old enough to have missed the weighings) with no weight in the last months. */
	void weighing() {
		int gap = parameters.integer("weighing.maxGapMonths"); //$NON-NLS-1$
		int maxAge = parameters.integer("child.maxAgeMonths"); //$NON-NLS-1$
		Window window = Window.monthsBefore(context.date(), gap);
		for (Child c : Children.aged(context, gap, maxAge, window)) {
			if (Children.lastWeighed(c.member(), window).isPresent()) {
				continue;
			}
			FindingBuilder b = referral("weighingReferral", c.member()).fact("ageMonths", c.ageMonths(), c.member()) //$NON-NLS-1$ //$NON-NLS-2$
					.parameter("weighing.maxGapMonths", gap, parameters.label()); //$NON-NLS-1$
			Measurement last = Children.lastWeighed(c.member(), new Window(LocalDate.MIN, window.from().minusDays(1)))
					.orElse(null);
			if (last == null) {
				b.fact("lastWeighed", "never", c.member()) //$NON-NLS-1$ //$NON-NLS-2$
						.add(TEXT.text("referral.neverWeighed", c.member().getName(), c.ageMonths(), provider())); //$NON-NLS-1$
			} else {
				b.fact("lastWeighed", last.getDate(), last).add(TEXT.text("referral.notWeighed", c.member().getName(), //$NON-NLS-1$ //$NON-NLS-2$
						last.getDate().toString(), gap, provider()));
			}
		}
	}

	private String provider() {
		return parameters.text("referral.provider"); //$NON-NLS-1$
	}

	private FindingBuilder referral(String rule, Member m) {
		return context.finding(FindingKind.REFERRAL, rule).subject("referral:puskesmas").outcome("open").member(m) //$NON-NLS-1$ //$NON-NLS-2$
				.parameter("referral.provider", provider(), parameters.label()); //$NON-NLS-1$
	}
}
