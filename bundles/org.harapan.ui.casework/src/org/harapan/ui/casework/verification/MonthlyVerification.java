package org.harapan.ui.casework.verification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.harapan.casework.HouseholdChange;
import org.eclipse.osgi.util.NLS;
import org.harapan.casework.Casework;
import org.harapan.casework.ChangeResult;
import org.harapan.casework.decisions.CaseloadEvaluator;
import org.harapan.casework.decisions.VerificationLine;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Household;
import org.harapan.programme.ParameterVersion;
import org.harapan.rules.GrowthScorer;
import org.harapan.rules.RuleEngine;
import org.harapan.store.StoreLocation;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.cases.Caseworks;
import org.harapan.ui.cases.Services;
import org.harapan.ui.cases.UiLanguage;
import org.harapan.ui.casework.edit.HouseholdChanges;

/**
 * The monthly commitment verification (verifikasi komitmen) of the working region: every commitment due for the
 * members' paid components, what the files record, what the case worker marks, and the sanction the rules propose
 * for each household. Saving is one casework change per household with marked commitments.
 */
public final class MonthlyVerification {

	private final YearMonth month;
	private final List<VerificationRow> rows;

	private MonthlyVerification(YearMonth month, List<VerificationRow> rows) {
		this.month = month;
		this.rows = rows;
	}

	/** The commitments of {@code month} in the working region ({@code null}: every household) as stored. */
	public static MonthlyVerification load(StoreLocation store, WorkingRegion region, YearMonth month,
			IProgressMonitor monitor) throws InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Verification_Reading, 100);
		RuleEngine engine = Services.await(RuleEngine.class)
				.orElseThrow(() -> new IllegalStateException(Messages.Verification_NoRules));
		LocalDate first = month.atDay(1);
		ParameterVersion national = VerificationLine.nationalParameters(engine, first);
		if (national == null) {
			throw new IllegalStateException(Messages.Verification_NoNational);
		}
		GrowthScorer scorer = Caseworks.service().growthScoring();
		List<VerificationRow> rows = new ArrayList<>();
		try (Casework cw = Caseworks.open(store, progress.split(5))) {
			new CaseloadEvaluator(engine, scorer).evaluate((query, action, m) -> cw.forEach(query, h -> {
				if (Caseworks.inRegion(region, h)) {
					action.accept(h);
				}
			}, m), Caseworks.query(region), first, engine.periodOf(first), (h, e) -> {
				List<VerificationRow> lines = VerificationLine.of(h, month, e, national).stream()
						.map(VerificationRow::new).toList();
				if (!lines.isEmpty()) {
					String sanction = h.getComplianceRecords().stream().anyMatch(c -> month.equals(c.getMonth()))
							? Sanctions.proposed(engine, scorer, h, month)
							: NLS.bind(Messages.Sanction_None, monthText(month)); // no record of the month: no step of the ladder
					lines.forEach(r -> r.setSanction(sanction));
					rows.addAll(lines);
				}
			}, progress.split(95));
		}
		return new MonthlyVerification(month, List.copyOf(rows));
	}

	public YearMonth month() {
		return month;
	}

	public List<VerificationRow> rows() {
		return rows;
	}

	/** How many households have commitments this month. */
	public long households() {
		return rows.stream().map(VerificationRow::kpmId).distinct().count();
	}

	/** The rows of one household. */
	public List<VerificationRow> rowsOf(String kpmId) {
		return rows.stream().filter(r -> r.kpmId().equals(kpmId)).toList();
	}

	public boolean isDirty() {
		return rows.stream().anyMatch(VerificationRow::isChanged);
	}

	/**
	 * The sanction the rules would propose for household {@code kpmId} with the marks as they are (read in a job:
	 * loads the household, nothing is saved); the rows of the household get it.
	 */
	public String preview(Casework casework, String kpmId) throws InterruptedException {
		RuleEngine engine = Services.await(RuleEngine.class)
				.orElseThrow(() -> new IllegalStateException(Messages.Verification_NoRules));
		Household stored = casework.load(kpmId).orElseThrow(
				() -> new IllegalStateException(ChangeResult.notFound(kpmId).message(UiLanguage.code())));
		return Sanctions.preview(engine, Caseworks.service().growthScoring(), stored, month, rowsOf(kpmId));
	}

	/** Saves the marked commitments: one casework change per household with changed rows. */
	public HouseholdChanges.Report save(Casework casework, IProgressMonitor monitor) {
		Map<String, List<VerificationRow>> changed = new LinkedHashMap<>();
		rows.stream().filter(VerificationRow::isChanged)
				.forEach(r -> changed.computeIfAbsent(r.kpmId(), k -> new ArrayList<>()).add(r));
		Map<String, HouseholdChange> changes = new LinkedHashMap<>();
		changed.forEach((kpm, marked) -> changes.put(kpm, h -> Sanctions.apply(h, month, marked)));
		return HouseholdChanges.save(casework, changes,
				NLS.bind(Messages.Verification_ChangeDescription, month.toString()), Messages.Verification_Saving,
				monitor);
	}

	/** A month as the screen names it, e.g. {@code Oktober 2026} in Bahasa Indonesia. */
	static String monthText(YearMonth m) {
		return java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", UiLanguage.locale()).format(m); //$NON-NLS-1$
	}

	/** The label of a status as the screen shows it ({@code null}: not verified). */
	static String label(ComplianceStatus status) {
		if (status == null) {
			return Messages.Status_NotVerified;
		}
		return switch (status) {
		case MET -> Messages.Status_Met;
		case NOT_MET -> Messages.Status_NotMet;
		case EXEMPT -> Messages.Status_Exempt;
		case NOT_APPLICABLE -> Messages.Status_NotApplicable;
		};
	}
}
