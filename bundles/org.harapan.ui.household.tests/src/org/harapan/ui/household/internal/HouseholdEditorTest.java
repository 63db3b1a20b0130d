package org.harapan.ui.household.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.keys.IBindingService;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.rules.RuleEngine;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSummary;
import org.harapan.ui.CaseStoreJobs;
import org.harapan.ui.Role;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.cases.HouseholdPart;
import org.harapan.ui.household.internal.editor.FilePages;
import org.harapan.ui.household.internal.editor.ListPage;
import org.harapan.ui.household.internal.editor.MeasurementsPage;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case worker's round on a fresh demo store: find a family in the caseload by part of a child's NIK, open its
 * file, add a measurement of the child (the growth chart shows it before saving), undo, redo, save (a fresh casework
 * load has it), and see in the decisions view why the household gets its benefit.
 */
@ExtendWith(ScreenshotOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HouseholdEditorTest {

	static final String GROWTH_CHART = "org.harapan.ui.growth.chart"; //$NON-NLS-1$
	static final String DECISIONS = "org.harapan.ui.rules.decisions"; //$NON-NLS-1$
	private static final int STORE_SECONDS = 300;
	private static final int UI_SECONDS = 60;

	private static CaseloadView caseload;
	private static Casework casework;
	private static Household stored;
	private static Member child;
	private static HouseholdEditor editor;
	private static IViewPart chart;
	private static int pointsBefore;
	private static Measurement added;

	@BeforeAll
	static void theCaseloadOfAFreshDemoStore() throws Exception {
		caseload = (CaseloadView) Workbench.page().showView(CaseloadView.ID);
		UiWait.until(CaseStoreJobs::isDone, STORE_SECONDS, () -> "the demo store made on first start"); //$NON-NLS-1$
		casework = CaseworkSession.get(new NullProgressMonitor());
		new WorkingRegion(Role.DISTRICT_SUPERVISOR, "64.01", List.of()).store(); //$NON-NLS-1$
		long households = casework.statistics().households();
		UiWait.until(() -> caseload.isCaseloadShown() && caseload.lastShown() != null
				&& caseload.lastShown().households() == households, UI_SECONDS, () -> "the whole kabupaten"); //$NON-NLS-1$
		findAFamilyWithAYoungChild();
	}

	/** A household of the demo store with a child between 6 and 48 months measured at least three times. */
	private static void findAFamilyWithAYoungChild() {
		LocalDate today = LocalDate.now();
		for (HouseholdSummary s : casework.find(HouseholdQuery.all().withPage(3000, 200))) {
			Household h = casework.load(s.kpmId()).orElseThrow();
			for (Member m : h.getMembers()) {
				int months = m.ageInMonths(today);
				if (months >= 6 && months <= 48 && m.getMeasurements().size() >= 3) {
					stored = h;
					child = m;
					return;
				}
			}
		}
		throw new AssertionError("no demo household with a young child"); //$NON-NLS-1$
	}

	@Test
	@Order(1)
	void theCaseloadShowsTheRegionTreeAndTheHouseholds() {
		RegionNode root = caseload.regionTree().root();
		assertEquals(casework.statistics().households(), root.households());
		assertFalse(root.children().isEmpty(), "kecamatan under the kabupaten"); //$NON-NLS-1$
		assertEquals(Math.min(casework.statistics().households(), HouseholdTable.WINDOW),
				caseload.table().viewer().getTable().getItemCount(), "the first rows of the households"); //$NON-NLS-1$
		assertEquals(casework.statistics().households(), caseload.lastShown().households());
	}

	@Test
	@Order(2)
	void typingPartOfTheChildsNikNarrowsTheTableToItsHousehold() {
		String nik = child.getNik();
		StringBuilder typed = new StringBuilder();
		for (char digit : nik.toCharArray()) {
			typed.append(digit);
			String text = typed.toString();
			caseload.filters().searchField().setText(text);
			UiWait.until(() -> caseload.lastShown() != null && text.equals(caseload.lastShown().query().text()),
					UI_SECONDS, () -> "the search " + text); //$NON-NLS-1$
			if (caseload.lastShown().households() == 1) {
				break;
			}
		}
		Table table = caseload.table().viewer().getTable();
		assertEquals(1, table.getItemCount(), "narrowed by " + typed); //$NON-NLS-1$
		assertEquals(stored.getKpmId(), table.getItem(0).getText(0));
	}

	@Test
	@Order(3)
	void openingTheRowShowsTheHouseholdFile() throws Exception {
		Table table = caseload.table().viewer().getTable();
		table.getItem(0).getText(0);
		table.setSelection(0);
		Event open = new Event();
		open.item = table.getItem(0);
		table.notifyListeners(SWT.Selection, open);
		long start = System.nanoTime();
		table.notifyListeners(SWT.DefaultSelection, open);
		editor = (HouseholdEditor) Workbench.page().getActiveEditor();
		assertNotNull(editor);
		UiWait.until(() -> editor.household() != null, UI_SECONDS, () -> "the household file loaded"); //$NON-NLS-1$
		System.out.printf("opening the household file %s: %d ms to its data shown%n", stored.getKpmId(), //$NON-NLS-1$
				(System.nanoTime() - start) / 1_000_000);
		assertEquals(stored.getKpmId(), editor.household().getKpmId());
		assertFalse(editor.isDirty());
		assertEquals(8, editor.pagesCount(), "overview, members, measurements, attendance, commitments, " //$NON-NLS-1$
				+ "disbursements, referrals, case events"); //$NON-NLS-1$
		UiWait.until(() -> !editor.pages().overview().isComputing()
				&& editor.pages().overview().summaryText().contains("Rp"), UI_SECONDS, () -> "the overview: " //$NON-NLS-1$ //$NON-NLS-2$
						+ editor.pages().overview().summaryText());
		Workbench.screenshotMaximized(editor, "household-editor-" + Workbench.language()); //$NON-NLS-1$
		assertEquals(stored.getMembers().size(), editor.pages().members().viewer().getTable().getItemCount());
	}

	@Test
	@Order(4)
	void addingAMeasurementInTheEditorUpdatesTheGrowthChartBeforeSaving() throws Exception {
		chart = Workbench.page().showView(GROWTH_CHART, null, IWorkbenchPage.VIEW_VISIBLE);
		Workbench.page().activate(editor);
		editor.showPage(FilePages.MEASUREMENTS);
		MeasurementsPage measurements = editor.pages().measurements();
		Member edited = editor.household().findMember(child.getNik());
		measurements.choose(edited);
		UiWait.until(() -> points(chart) > 0, UI_SECONDS, () -> "the child's chart"); //$NON-NLS-1$
		pointsBefore = points(chart);
		int before = edited.getMeasurements().size();
		LocalDate date = freeDate(edited);

		measurements.table().add().notifyListeners(SWT.Selection, new Event());
		assertEquals(before + 1, edited.getMeasurements().size());
		added = edited.getMeasurements().get(before);
		Measurement latest = edited.getMeasurements().stream().filter(m -> m.getHeightCm() > 0)
				.max((a, b) -> a.getDate().compareTo(b.getDate())).orElseThrow();
		typeInto(measurements.table(), added, 0, date.toString());
		typeInto(measurements.table(), added, 1, Double.toString(latest.getWeightKg() + 0.2));
		typeInto(measurements.table(), added, 2, Double.toString(latest.getHeightCm() + 0.6));
		assertEquals(latest.getWeightKg() + 0.2, added.getWeightKg(), 1e-9);
		assertEquals(latest.getHeightCm() + 0.6, added.getHeightCm(), 1e-9);
		assertTrue(editor.isDirty());
		UiWait.until(() -> points(chart) == pointsBefore + 1, UI_SECONDS,
				() -> "the new point on the chart: " + points(chart) + " after " + pointsBefore); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(date, added.getDate());
		Workbench.screenshotMaximized(editor, "household-editor-measurements-" + Workbench.language()); //$NON-NLS-1$
		Workbench.page().getWorkbenchWindow().getShell().setBounds(Display.getCurrent().getBounds());
		Workbench.screenshot("household-editor-and-chart-" + Workbench.language()); //$NON-NLS-1$
	}

	@Test
	@Order(5)
	void undoRemovesItAndRedoBringsItBack() throws Exception {
		Member edited = editor.household().findMember(child.getNik());
		for (int i = 0; i < 10 && editor.isDirty(); i++) {
			PartWidgets.execute(editor, IWorkbenchCommandConstants.EDIT_UNDO);
		}
		assertFalse(editor.isDirty(), "undone to the stored state"); //$NON-NLS-1$
		assertFalse(edited.getMeasurements().contains(added));
		UiWait.until(() -> points(chart) == pointsBefore, UI_SECONDS, () -> "the point gone: " + points(chart)); //$NON-NLS-1$
		for (int i = 0; i < 10 && editor.undoRedo().redo().isEnabled(); i++) {
			PartWidgets.execute(editor, IWorkbenchCommandConstants.EDIT_REDO);
		}
		assertTrue(edited.getMeasurements().contains(added));
		assertTrue(editor.isDirty());
		UiWait.until(() -> points(chart) == pointsBefore + 1, UI_SECONDS, () -> "the point back: " + points(chart)); //$NON-NLS-1$
		assertTrue(keys(IWorkbenchCommandConstants.EDIT_UNDO).contains("Ctrl+Z"), keys(IWorkbenchCommandConstants.EDIT_UNDO)); //$NON-NLS-1$
		assertTrue(keys(IWorkbenchCommandConstants.EDIT_REDO).contains("Ctrl+Y"), keys(IWorkbenchCommandConstants.EDIT_REDO)); //$NON-NLS-1$
	}

	/** The keys bound to a command now, e.g. "[Ctrl+Z]". */
	private static String keys(String command) {
		IBindingService bindings = editor.getSite().getService(IBindingService.class);
		return Arrays.stream(bindings.getActiveBindingsFor(command)).map(TriggerSequence::format).toList().toString();
	}

	@Test
	@Order(6)
	void savePersistsIt() throws Exception {
		PartWidgets.execute(editor, IWorkbenchCommandConstants.FILE_SAVE);
		assertFalse(editor.isDirty(), "saved: " + editor.file().problems().all()); //$NON-NLS-1$
		try (Casework fresh = Workbench.service(CaseworkService.class).openDefault(new NullProgressMonitor())) {
			Member reloaded = fresh.load(stored.getKpmId()).orElseThrow().findMember(child.getNik());
			Measurement m = reloaded.getMeasurements().stream().filter(x -> added.getDate().equals(x.getDate()))
					.findFirst().orElseThrow();
			assertEquals(added.getWeightKg(), m.getWeightKg(), 1e-9);
			assertEquals(added.getHeightCm(), m.getHeightCm(), 1e-9);
		}
	}

	@Test
	@Order(7)
	void theDecisionsViewExplainsTheBenefit() throws Exception {
		IViewPart decisions = Workbench.page().showView(DECISIONS, null, IWorkbenchPage.VIEW_VISIBLE);
		((HouseholdPart<?>) decisions).setInput(stored.getKpmId());
		RuleEngine engine = Workbench.service(RuleEngine.class);
		CaseworkService service = Workbench.service(CaseworkService.class);
		Evaluation evaluation = engine.evaluate(editor.household(), engine.periodOf(LocalDate.now()),
				service.growthScoring());
		Finding benefit = evaluation.of(FindingKind.BENEFIT).get(0);
		String sentence = benefit.text().in(Workbench.language());
		UiWait.until(() -> !((HouseholdPart<?>) decisions).isBusy() && item(decisions, sentence) != null, UI_SECONDS,
				() -> "the benefit in the decisions view: " + sentence); //$NON-NLS-1$
		TreeItem row = item(decisions, sentence);
		assertTrue(row.getText(1).startsWith("Rp"), row.getText(1)); //$NON-NLS-1$
		assertTrue(row.getItemCount() > 0, "explained by the rule and the facts it used"); //$NON-NLS-1$
		Workbench.page().activate(editor);
	}

	@AfterAll
	static void closeTheFileAndClearTheSearch() {
		if (editor != null) {
			Workbench.page().closeEditor(editor, false);
		}
		caseload.filters().searchField().setText(""); //$NON-NLS-1$
	}

	/** Types {@code value} into the cell of {@code record} in column {@code column} and presses Enter. */
	static void typeInto(ListPage.Shown page, Object record, int column, String value) {
		page.viewer().editElement(record, column);
		Text text = Arrays.stream(page.viewer().getTable().getChildren()).filter(Text.class::isInstance)
				.map(Text.class::cast).filter(Text::isVisible).findFirst().orElseThrow();
		text.setText(value);
		text.notifyListeners(SWT.DefaultSelection, new Event());
	}

	/** Today, or the latest day before it on which the child was not measured yet. */
	private static LocalDate freeDate(Member m) {
		Set<LocalDate> taken = m.getMeasurements().stream().map(Measurement::getDate).collect(Collectors.toSet());
		LocalDate date = LocalDate.now();
		while (taken.contains(date)) {
			date = date.minusDays(1);
		}
		return date;
	}

	/** The measurements on the chart shown (-1 while it is loading). */
	static int points(IViewPart view) {
		if (((HouseholdPart<?>) view).isBusy()) {
			return -1;
		}
		List<Chart> charts = PartWidgets.in(view, Chart.class);
		ISeries<?> series = charts.isEmpty() ? null : charts.get(0).getSeriesSet().getSeries("measurements"); //$NON-NLS-1$
		return series == null ? -1 : series.getXSeries().length;
	}

	private static TreeItem item(IViewPart view, String text) {
		for (Tree tree : PartWidgets.in(view, Tree.class)) {
			for (TreeItem group : tree.getItems()) {
				for (TreeItem row : group.getItems()) {
					if (text.equals(row.getText(0))) {
						return row;
					}
				}
			}
		}
		return null;
	}
}
