package org.harapan.ui.growth.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxisSet;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

/** Draws one chart of a child on an SWTChart {@link Chart}: the WHO curves as lines, the measurements as points. */
final class GrowthPlot {

	/** The id of the measurements' series; the curves' ids are {@code sd-3}, {@code sd-2}, {@code sd0} … */
	static final String MEASUREMENTS = "measurements"; //$NON-NLS-1$

	private static final int[] CURVE_COLOURS = { SWT.COLOR_DARK_RED, SWT.COLOR_DARK_YELLOW, SWT.COLOR_DARK_GREEN,
			SWT.COLOR_DARK_YELLOW, SWT.COLOR_DARK_RED };

	private GrowthPlot() {
	}

	static String curveId(int k) {
		return "sd" + (int) WhoCurves.Z[k]; //$NON-NLS-1$
	}

	static String curveLabel(int k) {
		double z = WhoCurves.Z[k];
		return z == 0 ? Messages.Series_Median : String.format("%+d SD", (int) z); //$NON-NLS-1$
	}

	/** Replaces what {@code chart} shows by {@code which} chart of {@code child}. */
	static void draw(Chart chart, ChildChart child, ChartIndicator which) {
		Display display = chart.getDisplay();
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		ChildChart.Plot plot = child.plots().get(which);
		if (plot.curves() != null) {
			for (int k = 0; k < WhoCurves.Z.length; k++) {
				ILineSeries<?> curve = line(chart, curveId(k), curveLabel(k));
				curve.setXSeries(plot.curves().x());
				curve.setYSeries(plot.curves().y()[k]);
				curve.setSymbolType(PlotSymbolType.NONE);
				curve.setLineColor(display.getSystemColor(CURVE_COLOURS[k]));
				curve.setLineWidth(k == 2 ? 2 : 1);
				curve.setLineStyle(Math.abs(WhoCurves.Z[k]) == 3 ? LineStyle.DASH : LineStyle.SOLID);
			}
		}
		ILineSeries<?> points = line(chart, MEASUREMENTS, Messages.Series_Measurements);
		points.setXSeries(plot.x());
		points.setYSeries(plot.y());
		points.setLineStyle(LineStyle.NONE);
		points.setSymbolType(PlotSymbolType.CIRCLE);
		points.setSymbolSize(4);
		Color blue = display.getSystemColor(SWT.COLOR_BLUE);
		points.setSymbolColor(blue);
		chart.getTitle().setText(NLS.bind(Messages.Chart_Title, child.name(), plot.indicator().labelId()));
		IAxisSet axes = chart.getAxisSet();
		axes.getXAxis(0).getTitle().setText(which.xTitle());
		axes.getYAxis(0).getTitle().setText(which.yTitle());
		axes.adjustRange();
		chart.redraw();
	}

	private static ILineSeries<?> line(Chart chart, String id, String description) {
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
		series.setDescription(description);
		return series;
	}
}
