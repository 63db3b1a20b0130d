package org.harapan.ui.household.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.harapan.casework.Casework;
import org.harapan.model.Household;
import org.harapan.store.HouseholdFilter;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSummary;
import org.harapan.store.StoreStatistics;
import org.harapan.ui.CaseStoreJobs;
import org.harapan.ui.Role;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.household.HouseholdUi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The caseload navigator in the real workbench on a fresh demo store (Paser, made on first start): the first-start
 * choice of role and region, the region tree, search as you type, filters, the selection and opening a household.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseloadViewTest {

	private static final long STORE_SECONDS = 300;
	private static final long UI_SECONDS = 30;

	private static CaseloadView view;
	private static Casework casework;
	private static StoreStatistics statistics;

	private static String language() {
		String nl = Platform.getNL();
		return nl.startsWith("id") || nl.startsWith("in") ? "id" : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static IWorkbenchPage page() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		return window.getActivePage();
	}

	@BeforeAll
	static void openTheCaseloadOnAFreshStore() throws Exception {
		WorkingRegion.clear(); // as on a first start (the Indonesian run shares the English run's workspace)
		view = (CaseloadView) page().showView(CaseloadView.ID);
		UiWait.until(CaseStoreJobs::isDone, STORE_SECONDS, () -> "the demo store made on first start"); //$NON-NLS-1$
		casework = CaseworkSession.get(new NullProgressMonitor());
		statistics = casework.statistics();
		UiWait.until(() -> view.firstStartPage().control().isVisible(), UI_SECONDS, () -> "the first-start choice"); //$NON-NLS-1$
	}

	@Test
	@Order(1)
	void firstStartChoiceOfRoleAndRegionIsStoredAsPreferences() throws Exception {
		FirstStartPage first = view.firstStartPage();
		assertEquals("64.01", first.form().value().kabupatenCode(), "the store's kabupaten is preselected"); //$NON-NLS-1$ //$NON-NLS-2$
		first.form().roleCombo().select(first.form().roles().indexOf(Role.CASE_WORKER));
		first.form().roleCombo().notifyListeners(SWT.Selection, new Event());
		List<String> busiest = statistics.byDesa().entrySet().stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(2).map(Map.Entry::getKey).sorted()
				.toList();
		first.form().tickDesa(busiest);
		Button start = first.startButton();
		assertTrue(start.isEnabled(), "a case worker with desa can start"); //$NON-NLS-1$
		UiWait.screenshot("first-start-" + language()); //$NON-NLS-1$
		start.notifyListeners(SWT.Selection, new Event());

		WorkingRegion stored = WorkingRegion.chosen().orElseThrow();
		assertEquals(new WorkingRegion(Role.CASE_WORKER, "64.01", busiest), stored); //$NON-NLS-1$
		assertEquals("CASE_WORKER", WorkingRegion.preferences().getString(WorkingRegion.ROLE)); //$NON-NLS-1$
		assertEquals(String.join(",", busiest), WorkingRegion.preferences().getString(WorkingRegion.DESA)); //$NON-NLS-1$
		assertNotNull(PlatformUI.getWorkbench().getPreferenceManager().find("org.harapan.ui.preferences.workingRegion"), //$NON-NLS-1$
				"changeable later: Window > Preferences > Role and working region"); //$NON-NLS-1$
		long households = busiest.stream().mapToLong(statistics.byDesa()::get).sum();
		UiWait.until(() -> view.isCaseloadShown() && view.lastShown() != null
				&& view.lastShown().households() == households, UI_SECONDS, () -> "the case worker's caseload"); //$NON-NLS-1$
		RegionNode root = view.regionTree().root();
		assertEquals(households, root.households());
		assertEquals(busiest, root.children().stream().flatMap(k -> k.children().stream()).map(RegionNode::code)
				.sorted().toList());
	}

	@Test
	@Order(2)
	void aDistrictSupervisorSeesTheRegionTreeOfTheWholeKabupaten() {
		new WorkingRegion(Role.DISTRICT_SUPERVISOR, "64.01", List.of()).store(); //$NON-NLS-1$
		UiWait.until(() -> view.lastShown() != null && view.lastShown().households() == statistics.households(),
				UI_SECONDS, () -> "every household: " + view.lastShown()); //$NON-NLS-1$
		RegionNode root = view.regionTree().root();
		assertEquals(statistics.households(), root.households());
		assertEquals(statistics.byKecamatan().size(), root.children().size(), "every kecamatan of Paser"); //$NON-NLS-1$
		RegionNode kecamatan = root.children().get(0);
		assertEquals(statistics.byKecamatan().get(kecamatan.code()), kecamatan.households());
		assertTrue(root.label().contains(String.format("%,d", statistics.households())), root.label()); //$NON-NLS-1$
		Table table = view.table().viewer().getTable();
		int window = HouseholdTable.WINDOW;
		assertTrue(statistics.households() > 2 * window, "a caseload larger than the table holds at first"); //$NON-NLS-1$
		assertEquals(window, table.getItemCount(), "the table holds the first rows, not one item per household"); //$NON-NLS-1$
		table.getItem(0).getText(0); // fills the virtual row
		assertInstanceOf(HouseholdSummary.class, table.getItem(0).getData(), "rows are household summaries"); //$NON-NLS-1$
		table.getItem(window - 1).getText(0); // scrolled near the end of what it holds
		UiWait.until(() -> table.getItemCount() == 2 * window, UI_SECONDS, () -> "the table grows as it is scrolled"); //$NON-NLS-1$
		assertEquals(casework.find(HouseholdQuery.all().withPage(window, 1)).get(0).kpmId(), table.getItem(window).getText(0));
	}

	@Test
	@Order(3)
	void typingPartOfANikNarrowsTheTableToThatHousehold() {
		HouseholdSummary target = casework.find(HouseholdQuery.all().withPage(1234, 1)).get(0);
		Household household = casework.load(target.kpmId()).orElseThrow();
		String nik = household.getMembers().get(household.getMembers().size() - 1).getNik();
		StringBuilder typed = new StringBuilder();
		for (char digit : nik.toCharArray()) {
			typed.append(digit);
			String text = typed.toString();
			view.filters().searchField().setText(text); // one keystroke: a Modify event
			UiWait.until(() -> view.lastShown() != null && text.equals(view.lastShown().query().text()), UI_SECONDS,
					() -> "the search " + text); //$NON-NLS-1$
			CaseloadView.Shown shown = view.lastShown();
			System.out.printf("caseload search '%s': %,d households, query %d ms, shown %d ms after the keystroke%n", //$NON-NLS-1$
					text, shown.households(), shown.queryMillis(), shown.latencyMillis());
			if (shown.households() == 1) {
				break;
			}
		}
		assertTrue(typed.length() <= nik.length());
		Table table = view.table().viewer().getTable();
		assertEquals(1, table.getItemCount(), "narrowed to one household by " + typed); //$NON-NLS-1$
		assertEquals(target.kpmId(), table.getItem(0).getText(0)); // (asking for the text fills the virtual row)
	}

	@Test
	@Order(4)
	void theSelectionIsPublishedAndOpeningARowOpensTheHouseholdFile() throws Exception {
		Table table = view.table().viewer().getTable();
		table.getItem(0).getText(0); // fills the virtual row
		table.setSelection(0);
		table.notifyListeners(SWT.Selection, selectionEvent(table.getItem(0)));
		ISelection selection = page().getWorkbenchWindow().getSelectionService().getSelection(HouseholdUi.CASELOAD_VIEW);
		HouseholdSummary selected = (HouseholdSummary) ((IStructuredSelection) selection).getFirstElement();
		assertEquals(((HouseholdSummary) table.getItem(0).getData()).kpmId(), selected.kpmId());
		table.notifyListeners(SWT.DefaultSelection, selectionEvent(table.getItem(0))); // double click or Enter
		IEditorPart editor = page().getActiveEditor();
		assertNotNull(editor, "the household file is open"); //$NON-NLS-1$
		assertEquals(HouseholdUi.EDITOR, editor.getSite().getId());
		HouseholdEditor file = (HouseholdEditor) editor;
		UiWait.until(() -> file.household() != null, UI_SECONDS, () -> "the household file loaded"); //$NON-NLS-1$
		assertEquals(selected.kpmId(), file.household().getKpmId());
	}

	@Test
	@Order(5)
	void filtersAndSortingNarrowAndOrderTheTable() throws Exception {
		view.filters().searchField().setText(""); //$NON-NLS-1$
		UiWait.until(() -> view.lastShown().households() == statistics.households(), UI_SECONDS, () -> "all again"); //$NON-NLS-1$
		Button stunted = view.filters().condition(HouseholdFilter.STUNTED_CHILD);
		stunted.setSelection(true);
		stunted.notifyListeners(SWT.Selection, new Event());
		UiWait.until(() -> view.lastShown().query().filters().contains(HouseholdFilter.STUNTED_CHILD)
				&& view.lastShown().counted(), UI_SECONDS, () -> "the stunted filter"); //$NON-NLS-1$
		long stuntedHouseholds = view.lastShown().households();
		assertTrue(stuntedHouseholds > 0 && stuntedHouseholds < statistics.households(), "" + stuntedHouseholds); //$NON-NLS-1$
		assertEquals(casework.count(HouseholdQuery.all().withFilters(java.util.Set.of(HouseholdFilter.STUNTED_CHILD))),
				stuntedHouseholds);
		stunted.setSelection(false);
		stunted.notifyListeners(SWT.Selection, new Event());
		Table table = view.table().viewer().getTable();
		table.getColumn(1).notifyListeners(SWT.Selection, new Event()); // sort by the head's name
		UiWait.until(() -> view.lastShown().query().sort() == org.harapan.store.HouseholdSort.HEAD_NAME
				&& view.lastShown().query().filters().isEmpty(), UI_SECONDS, () -> "sorted by name"); //$NON-NLS-1$
		List<String> names = List.of(text(table, 0), text(table, 1), text(table, 2));
		assertEquals(names.stream().sorted(Comparator.comparing(String::toUpperCase)).toList(), names);
		Path shot = UiWait.screenshot("caseworker-perspective-" + language()); //$NON-NLS-1$
		assertTrue(Files.size(shot) > 1000, "screenshot written: " + shot); //$NON-NLS-1$
	}

	@Test
	@Order(6)
	void aSaveThroughCaseworkUpdatesTheCountsAndRows() {
		view.filters().statusCombo().select(1 + org.harapan.model.HouseholdStatus.VALUES.indexOf(org.harapan.model.HouseholdStatus.SUSPENDED));
		view.filters().statusCombo().notifyListeners(SWT.Selection, new Event());
		UiWait.until(() -> view.lastShown().query().status() == org.harapan.model.HouseholdStatus.SUSPENDED
				&& view.lastShown().counted(), UI_SECONDS, () -> "the suspended households"); //$NON-NLS-1$
		int suspended = view.lastShown().households();
		HouseholdSummary active = casework.find(HouseholdQuery.all()
				.withStatus(org.harapan.model.HouseholdStatus.ACTIVE).withPage(0, 1)).get(0);
		assertTrue(casework.change(active.kpmId(), "suspended in a test", //$NON-NLS-1$
				h -> h.setStatus(org.harapan.model.HouseholdStatus.SUSPENDED)).isStored());
		UiWait.until(() -> view.lastShown().households() == suspended + 1 && view.lastShown().counted(), UI_SECONDS,
				() -> "the caseload after the save: " + view.lastShown()); //$NON-NLS-1$
		Table table = view.table().viewer().getTable();
		List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			ids.add(table.getItem(i).getText(0));
		}
		assertTrue(ids.contains(active.kpmId()), "the household saved is a row now"); //$NON-NLS-1$
		view.filters().statusCombo().select(0);
		view.filters().statusCombo().notifyListeners(SWT.Selection, new Event());
	}

	private static String text(Table table, int row) {
		TableItem item = table.getItem(row);
		return item.getText(1);
	}

	private static Event selectionEvent(TableItem item) {
		Event e = new Event();
		e.item = item;
		return e;
	}
}
