package org.harapan.ui.programme.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.decisions.DryRunLine;
import org.harapan.demo.DemoGenerator;
import org.harapan.demo.DemoSettings;
import org.harapan.demo.DemoStore;
import org.harapan.growth.who.Who2006Standards;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.store.StoreLocation;
import org.harapan.programme.ProgrammePackage.Literals;
import org.harapan.ui.programme.Formats;
import org.harapan.ui.programme.ProgrammeEditor;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Must hold: raising the early-childhood index in a copy and running "What would change?" on a demo store lists
 * exactly the households with an early-childhood component paid, each with the right Rupiah difference.
 */
@ExtendWith(ScreenshotOnFailure.class)
class WhatWouldChangeTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 20);
	private static final int YEAR = 2025;
	private static final int TAHAP = 2;
	private static final long OLD_INDEX = 3_000_000;
	private static final long NEW_INDEX = 3_600_000;

	@TempDir
	Path dir;

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void raisingTheEarlyChildhoodIndexListsExactlyTheHouseholdsWithThatComponentAndTheirDifference() throws Exception {
		StoreLocation store = StoreLocation.embedded(dir.resolve("demo")); //$NON-NLS-1$
		CaseworkService service = Workbench.service(CaseworkService.class);
		try (Casework cw = service.open(store, new NullProgressMonitor())) {
			DemoStore.fill(cw, new DemoGenerator(DemoSettings.paser(TODAY).withHouseholds(400), new Who2006Standards()),
					new NullProgressMonitor());
		}
		Map<String, Long> expected = expected(service, store);
		assertFalse(expected.isEmpty(), "the demo has households with young children"); //$NON-NLS-1$

		ProgrammeEditor editor = Documents.open(Documents.copy(dir));
		editor.select(Documents.earlyChildhood(Documents.latest(editor.programme())));
		Text index = (Text) editor.page().details().field(Literals.COMPONENT_BENEFIT__ANNUAL_INDEX_RP);
		index.setText(Formats.number(NEW_INDEX));
		index.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());

		Job job = WhatWouldChange.run(editor, YEAR, TAHAP, store);
		job.schedule();
		Workbench.waitUntil(() -> job.getState() == Job.NONE, "the dry run", 120); //$NON-NLS-1$
		assertTrue(job.getResult().isOK(), String.valueOf(job.getResult()));
		Workbench.waitUntil(() -> Workbench.page().findView(ChangesView.ID) instanceof ChangesView v
				&& v.result() != null, "the changes shown", 30); //$NON-NLS-1$
		ChangesView view = (ChangesView) Workbench.page().findView(ChangesView.ID);

		Map<String, Long> listed = new TreeMap<>();
		for (DryRunLine l : view.result().lines()) {
			assertEquals("benefit", l.kind(), "only the benefit changes: " + l); //$NON-NLS-1$ //$NON-NLS-2$
			listed.merge(l.kpmId(), l.amountAfter() - l.amountBefore(), Long::sum);
			assertFalse(l.explanationBefore().isEmpty() || l.explanationAfter().isEmpty(), "both explanations"); //$NON-NLS-1$
		}
		assertEquals(expected, listed);
		assertEquals(400, view.result().households());
		assertEquals(expected.size(), view.result().affected());
		long total = expected.values().stream().mapToLong(Long::longValue).sum();
		assertEquals(total, view.result().benefitDifference());
		assertTrue(view.summaryText().contains(Formats.rupiahDifference(total)), view.summaryText());
		assertEquals(view.result().lines().size(), view.table().getItemCount());
		Workbench.screenshotMaximized(view, "what-would-change-" + Workbench.language()); //$NON-NLS-1$
	}

	/**
	 * For each household with an early-childhood component paid in the tahap: the index difference over the four
	 * tahap for each such child, cut as the household's benefit is cut (found from the installed rules' findings).
	 */
	private static Map<String, Long> expected(CaseworkService service, StoreLocation store) throws Exception {
		RuleEngine engine = Workbench.service(RuleEngine.class);
		Period period = engine.period(YEAR, TAHAP);
		Map<String, Long> expected = new TreeMap<>();
		Map<String, Evaluation> all = new HashMap<>();
		try (Casework cw = service.open(store, new NullProgressMonitor())) {
			cw.forEachHousehold(h -> all.put(h.getKpmId(), engine.evaluate(h, period, service.growthScoring())),
					new NullProgressMonitor());
		}
		long perChild = (NEW_INDEX - OLD_INDEX) / 4;
		java.time.YearMonth firstCut = java.time.YearMonth.from(period.first()).minusMonths(3);
		for (Evaluation e : all.values()) {
			long children = 0;
			long annual = 0;
			for (Finding f : e.of(FindingKind.COMPONENT)) {
				if ("paid".equals(f.outcome())) { //$NON-NLS-1$
					annual += f.amountRp();
					children += "component:earlyChildhood".equals(f.subject()) ? 1 : 0; //$NON-NLS-1$
				}
			}
			Finding benefit = e.first(FindingKind.BENEFIT, "benefit").orElseThrow(); //$NON-NLS-1$
			if (children == 0 || benefit.amountRp() == null || benefit.amountRp() == 0) {
				continue;
			}
			long before = annual / 4;
			long after = before + children * perChild;
			long cutMonths = e.of(FindingKind.SANCTION).stream().filter(f -> "cut".equals(f.outcome()) //$NON-NLS-1$
					&& !java.time.YearMonth.parse(f.subject().substring("sanction:".length())).isBefore(firstCut)) //$NON-NLS-1$
					.count();
			int percent = (int) Math.min(100, cutMonths * 10);
			assertEquals(cut(before, percent), benefit.amountRp(), "the benefit before as the rules paid it: " + e.kpmId()); //$NON-NLS-1$
			expected.put(e.kpmId(), cut(after, percent) - cut(before, percent));
		}
		return expected;
	}

	/** {@code full} cut by {@code percent}, rounded half up to whole Rupiah. */
	private static long cut(long full, int percent) {
		return java.math.BigDecimal.valueOf(full).multiply(java.math.BigDecimal.valueOf(100 - percent))
				.divide(java.math.BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).longValueExact();
	}
}
