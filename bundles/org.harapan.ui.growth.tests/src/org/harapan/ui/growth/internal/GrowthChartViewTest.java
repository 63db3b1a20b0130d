package org.harapan.ui.growth.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.swtchart.IAxisSet;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.harapan.casework.ChangeResult;
import org.harapan.casework.CaseworkService;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.TestHousehold;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The growth chart in the running workbench: WHO curves, the child's points, updates, PNG export. */
@ExtendWith(ScreenshotOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GrowthChartViewTest {

	@TempDir
	Path dir;

	/** First, while no household has been selected in this workbench: a message instead of an empty chart. */
	@Test
	@Order(1)
	void beforeAHouseholdIsChosenItSaysWhatToChooseInsteadOfAnEmptyChart() throws Exception {
		IWorkbenchPage page = Workbench.page();
		IViewPart open = page.findView(GrowthChartView.ID);
		if (open != null) {
			page.hideView(open);
		}
		GrowthChartView view = (GrowthChartView) page.showView(GrowthChartView.ID);
		Workbench.waitUntil(() -> !view.isBusy(), "the view", 30); //$NON-NLS-1$
		assertTrue(view.input().isEmpty(), "no household chosen yet: " + view.input()); //$NON-NLS-1$
		assertEquals(Messages.View_ChooseChild, view.emptyText());
		assertTrue(Workbench.language().equals("id") == view.emptyText().startsWith("Pilih"), view.emptyText()); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(view.chart().isVisible(), "no empty chart"); //$NON-NLS-1$
		IAxisSet axes = view.chart().getAxisSet();
		assertEquals("", axes.getXAxis(0).getTitle().getText(), "not SWTChart's X Axis"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("", axes.getYAxis(0).getTitle().getText(), "not SWTChart's Y Axis"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, view.chart().getSeriesSet().getSeries().length);
		Workbench.screenshotMaximized(view, "growth-chart-empty-" + Workbench.language()); //$NON-NLS-1$
	}

	@Test
	@Order(2)
	void showsTheWhoCurvesAndTheChildsMeasurementsFollowsChangesAndExportsPng() throws Exception {
		CaseworkService casework = Workbench.service(CaseworkService.class);
		TestHousehold household = TestHousehold.create(casework, dir);
		GrowthChartView view = household.showIn(GrowthChartView.ID);
		Workbench.waitUntil(() -> points(view) == household.measured(), "the child's measurements", 60); //$NON-NLS-1$

		assertEquals(1, view.childLabels().size(), view.childLabels().toString());
		assertEquals("", view.emptyText()); //$NON-NLS-1$
		assertTrue(view.chart().isVisible());
		assertEquals(Messages.Axis_AgeMonths, view.chart().getAxisSet().getXAxis(0).getTitle().getText());
		assertEquals(Messages.Axis_LengthCm, view.chart().getAxisSet().getYAxis(0).getTitle().getText());
		assertTrue(view.childLabels().get(0).startsWith(TestHousehold.CHILD_NAME), view.childLabels().toString());
		String[] curves = { "sd-3", "sd-2", "sd0", "sd2", "sd3" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		for (String id : curves) {
			ISeries<?> curve = view.chart().getSeriesSet().getSeries(id);
			assertNotNull(curve, id);
			assertTrue(curve.getXSeries().length > 200, id + " spans 0-60 months"); //$NON-NLS-1$
		}
		// girls' median length at 12 months is 74.0 cm (WHO 2006)
		assertEquals(74.0, valueAt(view.chart().getSeriesSet().getSeries("sd0"), 12), 0.3); //$NON-NLS-1$
		String status = view.statusText();
		assertTrue(status.contains("PB/U") && status.contains("normal"), status); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(status.contains("gizi baik (normal)"), "Indonesian term with English beside: " + status); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Workbench.language().equals("id") ? "Pengukuran" : "Measurements", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				view.chart().getSeriesSet().getSeries(GrowthPlot.MEASUREMENTS).getDescription());
		Workbench.screenshotMaximized(view, "growth-chart-" + Workbench.language()); //$NON-NLS-1$

		ChangeResult changed = household.measureToday(casework, 80.5, 9.6);
		assertTrue(changed.isStored(), changed.message("en")); //$NON-NLS-1$
		Workbench.waitUntil(() -> points(view) == household.measured() + 1, "the new measurement", 60); //$NON-NLS-1$

		view.showChart(2);
		assertEquals(household.measured() + 1, points(view));
		assertNotNull(view.chart().getSeriesSet().getSeries("sd0"), "weight-for-length curves"); //$NON-NLS-1$ //$NON-NLS-2$
		Workbench.screenshotMaximized(view, "growth-chart-wfl-" + Workbench.language()); //$NON-NLS-1$

		Path png = dir.resolve("chart.png"); //$NON-NLS-1$
		view.exportPng(png);
		assertTrue(Files.size(png) > 1000, "PNG written"); //$NON-NLS-1$
		try (InputStream in = Files.newInputStream(png)) {
			assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, in.readNBytes(4));
		}
	}

	@Test
	@Order(3)
	void everyMessageHasAnIndonesianText() throws Exception {
		Properties english = load("messages.properties"); //$NON-NLS-1$
		Properties indonesian = load("messages_id.properties"); //$NON-NLS-1$
		assertEquals(english.keySet(), indonesian.keySet());
	}

	private static Properties load(String name) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			properties.load(in);
		}
		return properties;
	}

	private static int points(GrowthChartView view) {
		ISeries<?> points = view.chart().getSeriesSet().getSeries(GrowthPlot.MEASUREMENTS);
		return view.isBusy() || points == null ? -1 : points.getXSeries().length;
	}

	/** The curve's value at the x nearest to {@code x}. */
	private static double valueAt(ISeries<?> curve, double x) {
		double[] xs = curve.getXSeries();
		int best = 0;
		for (int i = 1; i < xs.length; i++) {
			if (Math.abs(xs[i] - x) < Math.abs(xs[best] - x)) {
				best = i;
			}
		}
		return curve.getYSeries()[best];
	}

}
