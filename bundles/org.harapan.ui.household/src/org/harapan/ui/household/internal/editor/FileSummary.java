package org.harapan.ui.household.internal.editor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.harapan.casework.GrowthScoring;
import org.harapan.growth.Assessment;
import org.harapan.growth.Indicator;
import org.harapan.growth.IndicatorResult;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.model.Referral;
import org.harapan.model.ReferralState;
import org.harapan.model.edit.labels.LabelItemProviders;
import org.harapan.model.region.RegionDirectory;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.ui.cases.UiLanguage;

/**
 * The overview of a household file as text: status and place, the components and benefit the installed rules give
 * for the current tahap, the latest growth of each child under five, the latest month's commitments and the open
 * referrals. Computed off the UI thread on a copy of the household.
 */
public final class FileSummary {

	private static final int UNDER_FIVE_MONTHS = 60;

	private FileSummary() {
	}

	/** The summary; {@code engine} or {@code scoring} may be {@code null} (not installed): those parts say so. */
	public static String of(Household h, RuleEngine engine, GrowthScoring scoring, LocalDate today) {
		List<String> lines = new ArrayList<>();
		RegionDirectory regions = RegionDirectory.get();
		String desa = h.getDesaCode() == null ? "" : regions.name(h.getDesaCode()) + ", " //$NON-NLS-1$ //$NON-NLS-2$
				+ regions.name(h.kecamatanCode());
		lines.add(NLS.bind(Messages.Summary_Status, new Object[] { LabelItemProviders.literal(h.getStatus()), desa,
				h.getFacilitator() == null ? "-" : h.getFacilitator(), h.getMembers().size() })); //$NON-NLS-1$
		lines.add(""); //$NON-NLS-1$
		lines.addAll(decisions(h, engine, scoring, today));
		lines.add(""); //$NON-NLS-1$
		lines.add(Messages.Summary_Growth);
		lines.addAll(growth(h, scoring, today));
		lines.add(""); //$NON-NLS-1$
		lines.add(compliance(h));
		lines.add(""); //$NON-NLS-1$
		lines.addAll(referrals(h));
		return String.join("\n", lines); //$NON-NLS-1$
	}

	private static List<String> decisions(Household h, RuleEngine engine, GrowthScoring scoring, LocalDate today) {
		if (engine == null) {
			return List.of(Messages.Summary_NoRules);
		}
		String language = UiLanguage.code();
		Period p = engine.periodOf(today);
		Evaluation e = engine.evaluate(h, p, scoring);
		List<String> lines = new ArrayList<>();
		Optional<Long> benefit = e.of(FindingKind.BENEFIT).stream().map(Finding::amountRp)
				.filter(a -> a != null).findFirst();
		lines.add(NLS.bind(Messages.Summary_Benefit, new Object[] { p.tahap(), String.valueOf(p.year()),
				Values.date(p.first()), Values.date(p.last()), benefit.map(Values::rupiah).orElse("-") })); //$NON-NLS-1$
		for (FindingKind kind : List.of(FindingKind.COMPONENT, FindingKind.SANCTION)) {
			for (Finding f : e.of(kind)) {
				lines.add(NLS.bind(Messages.Summary_Item, f.text().in(language)));
			}
		}
		return lines;
	}

	private static List<String> growth(Household h, GrowthScoring scoring, LocalDate today) {
		List<String> lines = new ArrayList<>();
		for (Member m : h.getMembers()) {
			int months = m.ageInMonths(today);
			Measurement latest = GrowthScoring.latest(m);
			if (months < 0 || months >= UNDER_FIVE_MONTHS) {
				continue;
			}
			if (latest == null) {
				lines.add(NLS.bind(Messages.Summary_NotMeasured, m.getName(), months));
				continue;
			}
			Assessment a = scoring == null ? null : scoring.assess(m, latest);
			List<String> categories = new ArrayList<>();
			if (a != null) {
				for (IndicatorResult r : List.of(a.result(Indicator.LENGTH_HEIGHT_FOR_AGE),
						a.result(Indicator.WEIGHT_FOR_AGE), a.weightForLengthOrHeight())) {
					if (r != null && r.category() != null && !r.flagged()) {
						categories.add(r.indicator().labelId() + " " + (UiLanguage.indonesian() //$NON-NLS-1$
								? r.category().labelId() : r.category().labelEn()));
					}
				}
			}
			lines.add(NLS.bind(Messages.Summary_Child, new Object[] { m.getName(), months, Values.date(latest.getDate()),
					String.join(" \u00b7 ", categories) })); //$NON-NLS-1$
		}
		if (lines.isEmpty()) {
			lines.add(Messages.Summary_NoChild);
		}
		return lines;
	}

	private static String compliance(Household h) {
		YearMonth latest = h.getComplianceRecords().stream().map(ComplianceRecord::getMonth).filter(m -> m != null)
				.max(YearMonth::compareTo).orElse(null);
		if (latest == null) {
			return Messages.Summary_NoCompliance;
		}
		Map<ComplianceStatus, Integer> counts = new EnumMap<>(ComplianceStatus.class);
		h.getComplianceRecords().stream().filter(c -> latest.equals(c.getMonth()) && c.getStatus() != null)
				.forEach(c -> counts.merge(c.getStatus(), 1, Integer::sum));
		List<String> parts = new ArrayList<>();
		counts.forEach((status, n) -> parts.add(n + " " + LabelItemProviders.literal(status))); //$NON-NLS-1$
		return NLS.bind(Messages.Summary_Compliance, Values.text(null, latest), String.join(" \u00b7 ", parts)); //$NON-NLS-1$
	}

	private static List<String> referrals(Household h) {
		List<String> lines = new ArrayList<>();
		for (Referral r : h.getReferrals()) {
			if (r.getState() == ReferralState.OPEN || r.getState() == ReferralState.ACCEPTED) {
				lines.add(NLS.bind(Messages.Summary_Referral, new Object[] { LabelItemProviders.literal(r.getService()),
						r.getMember() == null ? "" : r.getMember().getName(), Values.date(r.getReferredDate()), //$NON-NLS-1$
						LabelItemProviders.literal(r.getState()) }));
			}
		}
		lines.add(0, NLS.bind(Messages.Summary_Referrals, lines.size()));
		return lines;
	}
}
