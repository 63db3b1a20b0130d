package org.harapan.ui.growth.internal;

import java.time.LocalDate;
import java.util.Map;

import org.harapan.growth.Assessment;
import org.harapan.growth.Indicator;

/**
 * What the growth chart shows of one child under five.
 *
 * @param nik        the child's NIK
 * @param name       the child's name
 * @param ageMonths  the age in whole months today
 * @param plots      the curves and the child's points of each chart
 * @param latestDate the date of the latest measurement, or {@code null} when there is none
 * @param latest     the WHO assessment of the latest measurement, or {@code null}
 */
record ChildChart(String nik, String name, int ageMonths, Map<ChartIndicator, Plot> plots, LocalDate latestDate,
		Assessment latest) {

	/**
	 * One chart: the WHO indicator drawn, its curves ({@code null} without a reference table) and the child's
	 * measurements as points ({@code x} in months or cm, {@code y} in cm or kg).
	 */
	record Plot(Indicator indicator, WhoCurves curves, double[] x, double[] y) {
	}
}
