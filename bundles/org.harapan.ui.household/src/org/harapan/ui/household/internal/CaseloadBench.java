package org.harapan.ui.household.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.harapan.casework.Casework;
import org.harapan.model.Household;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSummary;

/**
 * The workbench side of {@code ./harapan bench startup|search|ui}: started with {@code -harapanBench FILE MODE}, once
 * the caseload first shows rows it appends figures to FILE ({@code key value} lines) and closes the workbench. MODE
 * {@code startup}: the time from the start of the JVM and the wall clock time. MODE {@code search}: types NIK and
 * name prefixes of several lengths one key at a time into the search field as a user would, measuring each
 * keystroke until the table is repainted with the first page (and until counted), then opens household files. The
 * NIK is typed once at once, while the work of the start goes on (a district supervisor's findings view runs the rules
 * over the kabupaten), as round {@code busy}; the measured rounds begin when no job runs any more.
 */
final class CaseloadBench {

	private static final String OPTION = "-harapanBench"; //$NON-NLS-1$
	private static final int ROUNDS = 3;
	private static final int EDITORS = 5;
	/** How long the bench waits at most for the jobs of the start to end before the measured rounds. */
	private static final long IDLE_WAIT_NANOS = 300_000_000_000L;

	private final CaseloadView view;
	private final Path file;
	private final List<String> lines = new ArrayList<>();

	private CaseloadBench(CaseloadView view, Path file) {
		this.view = view;
		this.file = file;
	}

	/** Starts the bench when the workbench was started for one (after the caseload first showed rows). */
	static void startIfAsked(CaseloadView view) {
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		long now = System.currentTimeMillis();
		long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
		String[] args = Platform.getApplicationArgs();
		for (int i = 0; i + 2 < args.length; i++) {
			if (OPTION.equals(args[i])) {
				CaseloadBench bench = new CaseloadBench(view, Path.of(args[i + 1]));
				bench.put("startup.jvm_ms", uptime); //$NON-NLS-1$
				bench.put("startup.shown_epoch_ms", now); //$NON-NLS-1$
				bench.put("startup.cpu_ms", cpu); //$NON-NLS-1$
				String mode = args[i + 2];
				Thread t = new Thread(() -> bench.run(mode), "caseload bench"); //$NON-NLS-1$
				t.setDaemon(true);
				t.start();
				return;
			}
		}
	}

	private void run(String mode) {
		Display display = view.getSite().getShell().getDisplay();
		try {
			if (!"startup".equals(mode)) { //$NON-NLS-1$
				Casework casework = CaseworkSession.get(new org.eclipse.core.runtime.NullProgressMonitor());
				long households = casework.info().households();
				put("search.households", households); //$NON-NLS-1$
				HouseholdSummary target = casework.find(HouseholdQuery.all().withPage((int) (households / 2), 1))
						.get(0);
				Household h = casework.load(target.kpmId()).orElseThrow();
				String nik = h.getMembers().get(h.getMembers().size() - 1).getNik();
				String name = h.head().getName().toUpperCase(Locale.ROOT);
				type(display, "nik", nik, "busy"); //$NON-NLS-1$ //$NON-NLS-2$
				long idle = System.nanoTime();
				while (!Job.getJobManager().isIdle() && System.nanoTime() - idle < IDLE_WAIT_NANOS) {
					Thread.sleep(10);
				}
				put("search.idle_after_ms", (System.nanoTime() - idle) / 1e6); //$NON-NLS-1$
				for (int round = 1; round <= ROUNDS; round++) {
					type(display, "nik", nik, round); //$NON-NLS-1$
					type(display, "name", name.substring(0, Math.min(6, name.length())), round); //$NON-NLS-1$
				}
				openEditors(display);
			}
		} catch (RuntimeException | InterruptedException e) {
			put("error", e.toString()); //$NON-NLS-1$
			ILog.of(getClass()).error("The caseload bench failed", e); //$NON-NLS-1$
		} finally {
			write();
			display.asyncExec(() -> PlatformUI.getWorkbench().close());
		}
	}

	/** Types {@code text} one key at a time, then clears the field. */
	private void type(Display display, String what, String text, Object round) throws InterruptedException {
		for (int length = 1; length <= text.length(); length++) {
			String typed = text.substring(0, length);
			long[] shownAt = { 0, 0, 0, 0 };
			long start = System.nanoTime();
			display.syncExec(() -> view.filters().searchField().setText(typed));
			awaitShown(typed, shownAt, display);
			put(String.format("search.%s.%02d.round%s.table_ms", what, length, round), (shownAt[0] - start) / 1e6); //$NON-NLS-1$
			put(String.format("search.%s.%02d.round%s.counted_ms", what, length, round), (shownAt[1] - start) / 1e6); //$NON-NLS-1$
			put(String.format("search.%s.%02d.round%s.store_ms", what, length, round), shownAt[2]); //$NON-NLS-1$
			put(String.format("search.%s.%02d.round%s.store_cpu_ms", what, length, round), shownAt[3] / 1e6); //$NON-NLS-1$
			put(String.format("search.%s.%02d.round%s.households", what, length, round), //$NON-NLS-1$
					view.lastShown().households() + (view.lastShown().more() ? "+" : "")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		display.syncExec(() -> view.filters().searchField().setText("")); //$NON-NLS-1$
		awaitShown("", new long[4], display); //$NON-NLS-1$
	}

	/**
	 * Waits until the search {@code text} is shown (table repainted) and counted; records both times and how long the
	 * store took to read the first page ({@code at[2]}, ms; {@code at[3]} the CPU time of that, ns).
	 */
	private void awaitShown(String text, long[] at, Display display) throws InterruptedException {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (System.nanoTime() < deadline) {
			boolean[] done = { false };
			display.syncExec(() -> {
				CaseloadView.Shown s = view.lastShown();
				if (s != null && text.equals(s.query().text() == null ? "" : s.query().text())) { //$NON-NLS-1$
					if (at[0] == 0) {
						view.table().viewer().getTable().update(); // the rows painted
						at[0] = System.nanoTime();
						at[2] = s.queryMillis();
						CaseloadPage page = view.table().shown();
						at[3] = page == null ? 0 : page.queryCpuNanos();
					}
					if (s.counted()) {
						at[1] = System.nanoTime();
						done[0] = true;
					}
				}
			});
			if (done[0]) {
				return;
			}
			Thread.sleep(1);
		}
		throw new IllegalStateException("no result for the search " + text); //$NON-NLS-1$
	}

	/** Opens the household files of the first rows one after another, each until loaded and painted. */
	private void openEditors(Display display) throws InterruptedException {
		for (int row = 0; row < EDITORS; row++) {
			int index = row;
			long start = System.nanoTime();
			IEditorPart[] editor = new IEditorPart[1];
			display.syncExec(() -> {
				Table table = view.table().viewer().getTable();
				HouseholdSummary h = (HouseholdSummary) view.table().viewer().getElementAt(index);
				IWorkbenchPage page = view.getSite().getPage();
				HouseholdOpener.open(page, new StructuredSelection(h));
				editor[0] = page.getActiveEditor();
				table.getShell().update();
			});
			long opened = System.nanoTime();
			while (!Job.getJobManager().isIdle()) { // the editor loads the household file in a job
				Thread.sleep(1);
			}
			display.syncExec(() -> view.getSite().getShell().update());
			long loaded = System.nanoTime();
			put(String.format("editor.%d.open_ms", row), (opened - start) / 1e6); //$NON-NLS-1$
			put(String.format("editor.%d.loaded_ms", row), (loaded - start) / 1e6); //$NON-NLS-1$
			display.syncExec(() -> view.getSite().getPage().closeEditor(editor[0], false));
		}
	}

	private void put(String key, Object value) {
		lines.add(key + ' ' + (value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : value)); //$NON-NLS-1$
	}

	private void write() {
		try {
			Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			ILog.of(getClass()).error("Cannot write the bench figures to " + file, e); //$NON-NLS-1$
		}
	}
}
