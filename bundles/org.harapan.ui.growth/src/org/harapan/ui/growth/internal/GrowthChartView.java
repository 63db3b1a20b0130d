package org.harapan.ui.growth.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.harapan.casework.CaseworkService;
import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.GrowthReference;
import org.harapan.model.Household;
import org.harapan.ui.cases.HouseholdPart;
import org.harapan.ui.cases.HouseholdSelection;
import org.harapan.ui.cases.Services;

/**
 * The growth chart of a child under five of the selected household: the WHO curves (-3, -2, 0, +2, +3 SD) of
 * length/height-for-age, weight-for-age or weight-for-length/height with the child's measurements as points, and
 * the Permenkes 2/2020 categories of the latest measurement. Exports the chart as PNG.
 */
public class GrowthChartView extends HouseholdPart<List<ChildChart>> {

	public static final String ID = "org.harapan.ui.growth.chart"; //$NON-NLS-1$

	private Combo children;
	private Combo indicators;
	private Button export;
	private Label status;
	private Chart chart;
	private StackLayout stack;
	private Label empty;
	private List<ChildChart> shown = List.of();
	private String preferredNik;

	@Override
	protected void createContent(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		// the choices wrap onto more lines when the view is narrow (below the editor beside the decisions)
		Composite choices = new Composite(parent, SWT.NONE);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.center = true;
		row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
		choices.setLayout(row);
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(choices);
		new Label(choices, SWT.NONE).setText(Messages.View_Child);
		children = new Combo(choices, SWT.READ_ONLY);
		children.setLayoutData(new RowData(200, SWT.DEFAULT));
		children.addListener(SWT.Selection, e -> {
			preferredNik = selectedChild() == null ? null : selectedChild().nik();
			redraw();
		});
		new Label(choices, SWT.NONE).setText(Messages.View_Chart);
		indicators = new Combo(choices, SWT.READ_ONLY);
		for (ChartIndicator i : ChartIndicator.values()) {
			indicators.add(i.label());
		}
		indicators.select(0);
		indicators.addListener(SWT.Selection, e -> redraw());
		export = new Button(choices, SWT.PUSH);
		export.setText(Messages.View_Export);
		export.addListener(SWT.Selection, e -> exportWithDialog());
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(status);
		Composite area = new Composite(parent, SWT.NONE);
		stack = new StackLayout();
		area.setLayout(stack);
		GridDataFactory.fillDefaults().grab(true, true).hint(100, 100).applyTo(area);
		empty = new Label(area, SWT.WRAP | SWT.CENTER);
		chart = new Chart(area, SWT.NONE);
		clearChart();
		enable(false);
	}

	/** No series and no titles (not SWTChart's "X Axis"/"Y Axis"): the empty state's message stands instead. */
	private void clearChart() {
		for (var s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		chart.getTitle().setText(""); //$NON-NLS-1$
		chart.getAxisSet().getXAxis(0).getTitle().setText(""); //$NON-NLS-1$
		chart.getAxisSet().getYAxis(0).getTitle().setText(""); //$NON-NLS-1$
		stack.topControl = empty;
		empty.getParent().layout(true);
	}

	@Override
	protected String jobName() {
		return NLS.bind(Messages.View_Job, input().map(HouseholdSelection::kpmId).orElse("")); //$NON-NLS-1$
	}

	@Override
	protected List<ChildChart> prepare(Household household, HouseholdSelection selection, CaseworkService casework,
			IProgressMonitor monitor) throws InterruptedException {
		GrowthReference reference = Services.await(GrowthAssessor.class)
				.flatMap(a -> a.references().stream().filter(r -> r.covers(0)).findFirst()).orElse(null);
		return new ChildCharts(casework.growthScoring(), reference).of(household, LocalDate.now());
	}

	@Override
	protected void present(Household household, List<ChildChart> prepared) {
		shown = prepared;
		input().map(HouseholdSelection::memberNik).ifPresent(nik -> preferredNik = nik);
		children.removeAll();
		int select = 0;
		for (int i = 0; i < prepared.size(); i++) {
			ChildChart c = prepared.get(i);
			children.add(NLS.bind(Messages.View_ChildLabel, c.name(), c.ageMonths()));
			if (c.nik() != null && c.nik().equals(preferredNik)) {
				select = i;
			}
		}
		if (prepared.isEmpty()) {
			presentMessage(NLS.bind(Messages.View_NoChild, household.getKpmId()));
			return;
		}
		children.select(select);
		enable(true);
		redraw();
	}

	@Override
	protected void presentMessage(String message) {
		shown = List.of();
		children.removeAll();
		enable(false);
		status.setText(""); //$NON-NLS-1$
		empty.setText(input().isPresent() ? message : Messages.View_ChooseChild);
		clearChart();
		status.getParent().layout(true, true);
	}

	private void enable(boolean enabled) {
		children.setEnabled(enabled);
		indicators.setEnabled(enabled);
		export.setEnabled(enabled);
	}

	private void redraw() {
		ChildChart child = selectedChild();
		if (child == null) {
			return;
		}
		GrowthPlot.draw(chart, child, ChartIndicator.values()[Math.max(0, indicators.getSelectionIndex())]);
		stack.topControl = chart;
		chart.getParent().layout(true);
		status.setText(LatestCategories.describe(child));
		status.getParent().layout(true, true);
	}

	private ChildChart selectedChild() {
		int i = children.getSelectionIndex();
		return i < 0 || i >= shown.size() ? null : shown.get(i);
	}

	private void exportWithDialog() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.View_ExportTitle);
		dialog.setFilterExtensions(new String[] { "*.png" }); //$NON-NLS-1$
		dialog.setOverwrite(true);
		ChildChart child = selectedChild();
		dialog.setFileName((child == null ? "growth" : child.name().replaceAll("\\W+", "-")) + ".png"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String file = dialog.open();
		if (file != null) {
			try {
				exportPng(Path.of(file));
			} catch (RuntimeException e) {
				String message = NLS.bind(Messages.View_ExportFailed, file, e.getMessage());
				ErrorDialog.openError(getSite().getShell(), Messages.View_ExportTitle, message,
						Status.error(message, e));
			}
		}
	}

	/** Writes the chart as shown to {@code file} as PNG. */
	public void exportPng(Path file) {
		chart.save(file.toAbsolutePath().toString(), SWT.IMAGE_PNG);
		getViewSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.View_Exported, file));
	}

	/** Shows chart {@code index} (0 length/height-for-age, 1 weight-for-age, 2 weight-for-length/height). */
	public void showChart(int index) {
		indicators.select(index);
		redraw();
	}

	/** The names of the children offered, as the chooser shows them. */
	public List<String> childLabels() {
		return new ArrayList<>(List.of(children.getItems()));
	}

	/** The chart widget, for tests. */
	public Chart chart() {
		return chart;
	}

	/** The status line above the chart (latest measurement and its categories). */
	public String statusText() {
		return status.getText();
	}

	/** The message shown instead of the chart while there is none (nothing chosen, no child), else empty. */
	public String emptyText() {
		return stack.topControl == empty ? empty.getText() : ""; //$NON-NLS-1$
	}

	@Override
	public void setFocus() {
		children.setFocus();
	}
}
