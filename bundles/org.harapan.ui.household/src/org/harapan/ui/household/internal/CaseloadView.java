package org.harapan.ui.household.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.harapan.casework.Casework;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSort;
import org.harapan.store.StoreStatistics;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.household.HouseholdUi;

/**
 * The caseload navigator: the region tree of the working region (kecamatan > desa with household counts) beside
 * the household table with search as you type, filters and sorting, fed page by page by store queries through
 * casework. Its selection is the workbench selection ({@code HouseholdSummary} elements); opening a row (double
 * click or Enter) opens the household file. Before the role and working region are chosen it shows that choice.
 */
public class CaseloadView extends ViewPart {

	public static final String ID = HouseholdUi.CASELOAD_VIEW;

	/**
	 * What the table shows after a search, and how long it took: {@code households} are the rows shown, all the
	 * households found once {@code counted} (before, the first page).
	 */
	record Shown(HouseholdQuery query, int households, boolean more, boolean counted, long queryMillis,
			long latencyMillis) {
	}

	private static boolean coldStartLogged;
	/** Milliseconds since the JVM started at the steps of the first start, for the log. */
	private static final StringBuilder startSteps = new StringBuilder();

	private Composite stack;
	private Label loading;
	private FirstStartPage firstStart;
	private Composite caseload;
	private RegionTree regions;
	private CaseloadFilters filters;
	private HouseholdTable table;
	private Label status;
	private Casework casework;
	private WorkingRegion region;
	private HouseholdSort sort = HouseholdSort.KPM_ID;
	private boolean descending;
	private CaseloadSearch searcher;
	private CaseloadRefresh refresh;
	private volatile Shown shown;
	private Consumer<Shown> shownListener = s -> {
	};
	private boolean reloadQueued;
	/** Whether the next load reads the first page with the statistics (only the first: later ones may differ). */
	private volatile boolean prefetch = true;
	private final IPropertyChangeListener preferenceListener = e -> {
		if (e.getProperty().startsWith("workingRegion.")) { //$NON-NLS-1$
			queueReload();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		step("view"); //$NON-NLS-1$
		stack = new Composite(parent, SWT.NONE);
		StackLayout layout = new StackLayout();
		stack.setLayout(layout);
		loading = new Label(stack, SWT.WRAP);
		loading.setText(Messages.Caseload_Loading);
		firstStart = new FirstStartPage(stack, WorkingRegion::store);
		createCaseload(stack);
		layout.topControl = loading;
		searcher = new CaseloadSearch(parent.getDisplay(), this::shown);
		refresh = new CaseloadRefresh(parent.getDisplay(), () -> {
			if (!stack.isDisposed()) {
				queueReload();
			}
		});
		WorkingRegion.preferences().addPropertyChangeListener(preferenceListener);
		reload();
	}

	private void createCaseload(Composite parent) {
		caseload = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(caseload);
		SashForm sash = new SashForm(caseload, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		regions = new RegionTree(sash, node -> search(System.nanoTime()));
		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(right);
		filters = new CaseloadFilters(right, () -> search(System.nanoTime()));
		table = new HouseholdTable(right, (column, down) -> {
			sort = column;
			descending = down;
			search(System.nanoTime());
		});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.viewer().getControl());
		sash.setWeights(28, 72);
		status = new Label(caseload, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		getSite().setSelectionProvider(table.viewer());
		table.viewer().addOpenListener(e -> HouseholdOpener.open(getSite().getPage(), e.getSelection()));
	}

	private void show(Control page) {
		((StackLayout) stack.getLayout()).topControl = page;
		stack.layout(true, true);
	}

	private void queueReload() {
		Display display = stack.getDisplay();
		if (!reloadQueued) {
			reloadQueued = true;
			display.asyncExec(() -> {
				reloadQueued = false;
				if (!stack.isDisposed()) {
					reload();
				}
			});
		}
	}

	/** Opens casework (after the start-up store job) and shows the first start or the caseload of the region. */
	private void reload() {
		region = WorkingRegion.chosen().filter(WorkingRegion::isComplete).orElse(null);
		Display display = stack.getDisplay();
		Job.create(Messages.Caseload_JobName, monitor -> {
			try {
				Casework session = CaseworkSession.get(monitor);
				step("casework"); //$NON-NLS-1$
				StoreStatistics statistics = CaseworkSession.statistics(session);
				step("statistics"); //$NON-NLS-1$
				WorkingRegion chosen = region;
				// the first page of the first search, read while the workbench window is still being built
				CaseloadPage first = prefetch && chosen != null ? CaseloadPage.run(session,
						initialQuery(RegionNode.of(chosen, statistics), statistics.byDesa().size())) : null;
				prefetch = false;
				display.asyncExec(() -> loaded(session, statistics, first));
				return Status.OK_STATUS;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				display.asyncExec(() -> {
					if (!loading.isDisposed()) {
						loading.setText(NLS.bind(Messages.Caseload_Failed, e.getMessage()));
						show(loading);
					}
				});
				return Status.error(Messages.Caseload_JobName, e);
			}
		}).schedule();
	}

	/** The query of the caseload as it first shows: the whole working region, no search or filter, by KPM id. */
	private static HouseholdQuery initialQuery(RegionNode tree, int desaInStore) {
		return CaseloadFilters.unfiltered(RegionTree.restrict(HouseholdQuery.all(), tree, desaInStore))
				.withSort(HouseholdSort.KPM_ID, false);
	}

	private void loaded(Casework session, StoreStatistics statistics, CaseloadPage first) {
		if (stack.isDisposed()) {
			return;
		}
		step("ui"); //$NON-NLS-1$
		casework = session;
		if (region == null) {
			statistics.byKecamatan().keySet().stream().filter(k -> k.length() > 5).findFirst()
					.ifPresent(k -> firstStart.preselect(k.substring(0, 5)));
			if (session.access().singleUser() && session.info().location().embeddedFile().isPresent()) {
				firstStart.offerOwner(null, CaseworkSession::close); // a new store on this laptop: its administrator
			}
			show(firstStart.control());
			return;
		}
		boolean again = isCaseloadShown();
		regions.show(RegionNode.of(region, statistics), statistics.byDesa().size(), again);
		filters.setFacilitators(statistics.byFacilitator().keySet());
		show(caseload);
		HouseholdQuery query = filters.apply(regions.restrict(HouseholdQuery.all())).withSort(sort, descending);
		if (first != null && first.query().equals(query)) {
			step("prefetched"); //$NON-NLS-1$
			searcher.show(casework, first, System.nanoTime());
		} else {
			search(System.nanoTime());
		}
	}

	/** Runs the search of the region, text and filters shown; {@code typedAt} is when the user changed them. */
	private void search(long typedAt) {
		if (casework == null || region == null) {
			return;
		}
		HouseholdQuery query = filters.apply(regions.restrict(HouseholdQuery.all())).withSort(sort, descending);
		searcher.search(casework, query, typedAt);
	}

	/** A result of the newest search: its first page, or its count. */
	private void shown(CaseloadSearch.Request request, CaseloadPage page) {
		if (stack.isDisposed()) {
			return;
		}
		table.show(page);
		showStatus(new Shown(request.query(), page.rows(), page.more(), page.counted(),
				(page.queryNanos() + page.countNanos()) / 1_000_000, (System.nanoTime() - request.askedAt()) / 1_000_000));
	}

	private void showStatus(Shown result) {
		shown = result;
		String households = String.format("%,d", result.households()); //$NON-NLS-1$
		if (!result.counted()) {
			households = NLS.bind(Messages.Caseload_Counting, households);
		} else if (result.more()) {
			households = NLS.bind(Messages.Caseload_More, households);
		}
		status.setText(NLS.bind(Messages.Caseload_Status,
				new Object[] { households, result.queryMillis(), result.latencyMillis() }));
		if (!coldStartLogged) {
			coldStartLogged = true;
			CaseloadBench.startIfAsked(this);
			WorkbenchDriver.startIfAsked(this);
			long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
			ILog.of(getClass()).info(String.format("Caseload shown: %,d households, %,d ms after the start of the JVM (%s)", //$NON-NLS-1$
					result.households(), uptime, startSteps));
		}
		shownListener.accept(result);
	}

	static void step(String name) {
		synchronized (startSteps) {
			if (!coldStartLogged) {
				startSteps.append(startSteps.isEmpty() ? "" : ", ").append(name).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
						.append(java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
			}
		}
	}

	@Override
	public void setFocus() {
		if (isCaseloadShown()) {
			filters.searchField().setFocus();
		} else {
			stack.setFocus();
		}
	}

	@Override
	public void dispose() {
		WorkingRegion.preferences().removePropertyChangeListener(preferenceListener);
		searcher.cancel();
		refresh.dispose();
		super.dispose();
	}

	// for the tests (same package, in the test fragment)

	FirstStartPage firstStartPage() {
		return firstStart;
	}

	boolean isCaseloadShown() {
		return ((StackLayout) stack.getLayout()).topControl == caseload;
	}

	CaseloadFilters filters() {
		return filters;
	}

	HouseholdTable table() {
		return table;
	}

	RegionTree regionTree() {
		return regions;
	}

	/** The last search shown, or null. */
	Shown lastShown() {
		return shown;
	}

	void onShown(Consumer<Shown> listener) {
		shownListener = listener;
	}
}
