package org.harapan.rules.pkh;

import static org.harapan.rules.pkh.PkhRuleSet.TEXT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.programme.GraduationCriteria;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.SanctionPolicy;
import org.harapan.rules.FindingKind;
import org.harapan.rules.Parameters;
import org.harapan.rules.RuleContext;
import org.harapan.rules.pkh.Components.Candidate;
import org.harapan.rules.pkh.Components.Decision;
import org.harapan.rules.pkh.SanctionLadder.Event;
import org.harapan.rules.pkh.SanctionLadder.Month;
import org.harapan.rules.pkh.SanctionLadder.MonthState;

/** The national PKH rules for one household and tahap; the rules run in order and share what they found. */
final class PkhEvaluation {

	private final RuleContext context;
	private final Parameters parameters;
	private final Household household;
	private List<Candidate> candidates;
	private SanctionLadder.Result ladder;
	private int cutMonths;

	PkhEvaluation(RuleContext context, Parameters parameters) {
		this.context = context;
		this.parameters = parameters;
		this.household = context.household();
	}

	private ParameterVersion version() {
		return parameters.version();
	}

	/** Components of each member at the tahap's first day, with the caps. */
	void components() {
		candidates = Components.decide(household, version(), context.date());
		String source = parameters.label();
		for (Candidate c : candidates) {
			String kind = c.kind().getLiteral();
			var b = context.finding(FindingKind.COMPONENT, "components").subject("component:" + kind) //$NON-NLS-1$ //$NON-NLS-2$
					.member(c.member()).amount(c.benefit().getAnnualIndexRp())
					.fact("age", c.ageYears(), c.member()) //$NON-NLS-1$
					.parameter(kind + ".annualIndexRp", c.benefit().getAnnualIndexRp(), source); //$NON-NLS-1$
			String name = c.member().getName();
			var label = TEXT.text("component." + kind); //$NON-NLS-1$
			switch (c.decision()) {
			case PAID -> b.outcome("paid").add(TEXT.text("componentPaid", name, label, c.benefit().getAnnualIndexRp())); //$NON-NLS-1$ //$NON-NLS-2$
			case KIND_CAP -> b.outcome("notPaid").parameter("cap." + kind, Components.cap(version(), c.kind()), source) //$NON-NLS-1$ //$NON-NLS-2$
					.add(TEXT.text("componentKindCap", name, label, Components.cap(version(), c.kind()))); //$NON-NLS-1$
			case HOUSEHOLD_CAP -> b.outcome("notPaid").parameter("maxComponents", version().getMaxComponents(), source) //$NON-NLS-1$ //$NON-NLS-2$
					.add(TEXT.text("componentHouseholdCap", name, label, version().getMaxComponents())); //$NON-NLS-1$
			}
		}
	}

	/** Commitment verification of the previous tahap's months and the sanction ladder up to the tahap. */
	void compliance() {
		SanctionPolicy policy = version().getSanction();
		if (policy == null) {
			throw new org.harapan.rules.MissingParameterException(parameters.label() + " has no sanction policy"); //$NON-NLS-1$
		}
		YearMonth last = YearMonth.from(context.date()).minusMonths(1);
		YearMonth first = last.minusMonths(2);
		ladder = SanctionLadder.walk(household, last, policy);
		for (Month m : ladder.months()) {
			if (m.month().isBefore(first)) {
				continue;
			}
			var b = context.finding(FindingKind.COMPLIANCE, "compliance").subject("compliance:" + m.month()) //$NON-NLS-1$ //$NON-NLS-2$
					.outcome(word(m.state()));
			if (m.record() != null) {
				b.member(m.record().getMember()).fact("status", m.record().getStatus().getLiteral(), m.record()); //$NON-NLS-1$
			}
			b.add(TEXT.text("month." + word(m.state()), m.month().toString())); //$NON-NLS-1$
		}
		YearMonth recent = last.minusMonths(11);
		for (Event e : ladder.events()) {
			if (e.step() == SanctionLadder.Step.CUT && !e.month().isBefore(first)) {
				cutMonths++;
			}
			if (e.month().isBefore(recent)) {
				continue;
			}
			String step = e.step().name().toLowerCase(java.util.Locale.ROOT);
			var b = context.finding(FindingKind.SANCTION, "sanction").subject("sanction:" + e.month()).outcome(step) //$NON-NLS-1$ //$NON-NLS-2$
					.fact("consecutiveNonCompliantMonths", e.run(), e.record()) //$NON-NLS-1$
					.parameter("sanction.cutPercentPerMonth", policy.getCutPercentPerMonth(), parameters.label()) //$NON-NLS-1$
					.parameter("sanction.suspendAfterMonths", policy.getSuspendAfterMonths(), parameters.label()) //$NON-NLS-1$
					.parameter("sanction.cancelAfterCycles", policy.getCancelAfterCycles(), parameters.label()); //$NON-NLS-1$
			if (e.record() != null) {
				b.member(e.record().getMember());
			}
			b.add(TEXT.text("sanction." + step, e.month().toString(), e.run(), policy.getCutPercentPerMonth(), //$NON-NLS-1$
					policy.getSuspendAfterMonths(), policy.getCancelAfterCycles()));
		}
	}

	/** The benefit of the tahap: paid components' annual index / number of tahap, plus the fixed amount. */
	void benefit() {
		if (candidates == null) {
			throw new IllegalStateException("components were not decided"); //$NON-NLS-1$
		}
		var b = context.finding(FindingKind.BENEFIT, "benefit").subject("benefit") //$NON-NLS-1$ //$NON-NLS-2$
				.fact("status", household.getStatus().getLiteral(), household); //$NON-NLS-1$
		HouseholdStatus status = household.getStatus();
		int tahap = context.period().tahap();
		switch (status) {
		case SUSPENDED -> {
			b.outcome("suspended").amount(0).add(TEXT.text("benefit.statusSuspended", tahap)); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		case CANCELLED -> {
			b.outcome("cancelled").amount(0).add(TEXT.text("benefit.statusCancelled", tahap)); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		case GRADUATED_NATURAL, GRADUATED_SELF_RELIANT -> {
			b.outcome("graduated").amount(0).add(TEXT.text("benefit.statusGraduated", tahap)); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		default -> {
			// active: decided below
		}
		}
		if (household.getJoinedDate() != null && household.getJoinedDate().isAfter(context.period().last())) {
			b.outcome("none").amount(0).fact("joinedDate", household.getJoinedDate(), household) //$NON-NLS-1$ //$NON-NLS-2$
					.add(TEXT.text("benefit.notYetMember", tahap, household.getJoinedDate().toString())); //$NON-NLS-1$
			return;
		}
		if (ladder != null && ladder.cancelled()) {
			b.outcome("cancelled").amount(0).add(TEXT.text("benefit.ladderCancelled", tahap)); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		if (ladder != null && ladder.suspended()) {
			b.outcome("suspended").amount(0).add(TEXT.text("benefit.ladderSuspended", tahap)); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		int stages = Math.max(1, version().getTahaps().size());
		long annual = 0;
		int paid = 0;
		for (Candidate c : candidates) {
			if (c.decision() == Decision.PAID) {
				annual += c.benefit().getAnnualIndexRp();
				paid++;
			}
		}
		// the fixed amount is paid in its tahap, or spread over every tahap when none is named (2018's flat amount)
		long fixed = version().getFixedPaidInTahap() == 0 ? version().getFixedPerFamilyRp() / stages
				: tahap == version().getFixedPaidInTahap() ? version().getFixedPerFamilyRp() : 0;
		long full = annual / stages + fixed;
		b.fact("paidComponents", paid, household).parameter("tahapPerYear", stages, parameters.label()) //$NON-NLS-1$ //$NON-NLS-2$
				.parameter("fixedPerFamilyRp", fixed, parameters.label()); //$NON-NLS-1$
		if (full == 0) {
			b.outcome("none").amount(0).add(TEXT.text("benefit.none", tahap)); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		if (cutMonths > 0) {
			int percent = Math.min(100, cutMonths * version().getSanction().getCutPercentPerMonth());
			long amount = BigDecimal.valueOf(full).multiply(BigDecimal.valueOf(100 - percent))
					.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
			b.outcome("cut").amount(amount).fact("nonCompliantMonths", cutMonths, household) //$NON-NLS-1$ //$NON-NLS-2$
					.add(TEXT.text("benefit.cut", tahap, paid, full, cutMonths, percent, amount)); //$NON-NLS-1$
			return;
		}
		b.outcome("paid").amount(full).add(fixed > 0 ? TEXT.text("benefit.paidFixed", tahap, paid, annual, stages, fixed, full) //$NON-NLS-1$ //$NON-NLS-2$
				: TEXT.text("benefit.paid", tahap, paid, annual, stages, full)); //$NON-NLS-1$
	}

	/** Natural graduation, self-reliance candidates and graduasi paksa proposals. */
	void graduation() {
		if (household.getStatus() != HouseholdStatus.ACTIVE && household.getStatus() != HouseholdStatus.SUSPENDED) {
			return;
		}
		GraduationCriteria g = version().getGraduation();
		if (g == null) {
			throw new org.harapan.rules.MissingParameterException(parameters.label() + " has no graduation criteria"); //$NON-NLS-1$
		}
		String label = parameters.label();
		if (ladder != null && ladder.cancelled() && g.isForcedAfterCancellation()) {
			context.finding(FindingKind.GRADUATION, "graduation").subject("graduation").outcome("forced") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.parameter("graduation.forcedAfterCancellation", true, label) //$NON-NLS-1$
					.add(TEXT.text("graduation.forced")); //$NON-NLS-1$
			return;
		}
		if (candidates != null && candidates.isEmpty() && !version().getComponents().isEmpty()) {
			context.finding(FindingKind.GRADUATION, "graduation").subject("graduation").outcome("natural") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.fact("components", 0, household).add(TEXT.text("graduation.natural", context.date().toString())); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		StringBuilder reasons = new StringBuilder();
		var b = context.finding(FindingKind.GRADUATION, "graduation").subject("graduation").outcome("candidate"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (g.getSelfRelianceMinDecile() > 0 && household.getWelfareDecile() >= g.getSelfRelianceMinDecile()) {
			b.fact("welfareDecile", household.getWelfareDecile(), household) //$NON-NLS-1$
					.parameter("graduation.selfRelianceMinDecile", g.getSelfRelianceMinDecile(), label); //$NON-NLS-1$
			reasons.append('d');
		}
		if (g.isOwnIncomeCounts() && household.isOwnIncome()) {
			b.fact("ownIncome", true, household); //$NON-NLS-1$
			reasons.append('i');
		}
		if (reasons.length() > 0) {
			b.add(TEXT.text("graduation.candidate", household.getWelfareDecile(), //$NON-NLS-1$
					reasons.indexOf("d") >= 0 ? 1 : 0, reasons.indexOf("i") >= 0 ? 1 : 0)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static String word(MonthState s) {
		return switch (s) {
		case COMPLIANT -> "met"; //$NON-NLS-1$
		case NON_COMPLIANT -> "notMet"; //$NON-NLS-1$
		case EXEMPT -> "exempt"; //$NON-NLS-1$
		case NOT_VERIFIED -> "notVerified"; //$NON-NLS-1$
		};
	}
}
