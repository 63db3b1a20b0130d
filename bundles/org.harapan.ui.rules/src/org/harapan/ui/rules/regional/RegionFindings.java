package org.harapan.ui.rules.regional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.harapan.casework.Casework;
import org.harapan.casework.decisions.CaseloadEvaluator;
import org.harapan.rules.Finding;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.store.StoreLocation;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.cases.Caseworks;
import org.harapan.ui.cases.Services;
import org.harapan.ui.cases.UiLanguage;

/**
 * The findings of the installed rule sets over the households of the working region for the tahap of a date, each
 * as a {@link FindingRow}; run from a cancellable job.
 */
record RegionFindings(Period period, String region, long households, List<FindingRow> rows) {

	static RegionFindings run(StoreLocation store, WorkingRegion region, LocalDate date, IProgressMonitor monitor)
			throws InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Findings_Job, 100);
		RuleEngine engine = Services.await(RuleEngine.class)
				.orElseThrow(() -> new IllegalStateException(Messages.NoRuleEngine));
		Period period = engine.periodOf(date);
		String language = UiLanguage.code();
		List<FindingRow> rows = new ArrayList<>();
		long[] households = { 0 };
		try (Casework cw = Caseworks.open(store, progress.split(5))) {
			new CaseloadEvaluator(engine, Caseworks.service().growthScoring()).evaluate(
					(query, action, m) -> cw.forEach(query, h -> {
						if (Caseworks.inRegion(region, h)) {
							action.accept(h);
						}
					}, m), Caseworks.query(region), period.first(), period, (h, e) -> {
						households[0]++;
						for (Finding f : e.findings()) {
							rows.add(FindingRow.of(h.getKpmId(), h.getDesaCode(), f, language));
						}
					}, progress.split(95));
		}
		return new RegionFindings(period, region == null ? "" : region.kabupatenCode(), households[0], //$NON-NLS-1$
				List.copyOf(rows));
	}
}
