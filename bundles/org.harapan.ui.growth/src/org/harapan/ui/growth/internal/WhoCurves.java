package org.harapan.ui.growth.internal;

import java.util.Arrays;

import org.harapan.growth.GrowthReference;
import org.harapan.growth.Indicator;
import org.harapan.growth.Lms;
import org.harapan.growth.Sex;

/**
 * The -3, -2, 0, +2 and +3 SD curves of an indicator from a growth reference's LMS values: against age in months
 * (0-60) or against length (45-110 cm) or height (65-120 cm).
 *
 * @param x the ages in months or lengths in cm
 * @param y one array per {@link #Z} value
 */
record WhoCurves(double[] x, double[][] y) {

	/** The z-scores of the curves. */
	static final double[] Z = { -3, -2, 0, 2, 3 };

	static final double DAYS_PER_MONTH = 30.4375;

	/** The curves of {@code indicator} for {@code sex}, or {@code null} when the reference has no table for it. */
	static WhoCurves of(GrowthReference reference, Indicator indicator, Sex sex) {
		if (reference == null || !reference.hasTable(indicator)) {
			return null;
		}
		boolean byAge = indicator != Indicator.WEIGHT_FOR_LENGTH && indicator != Indicator.WEIGHT_FOR_HEIGHT;
		double from = byAge ? 0 : indicator == Indicator.WEIGHT_FOR_LENGTH ? 45 : 65;
		double to = byAge ? 1856 : indicator == Indicator.WEIGHT_FOR_LENGTH ? 110 : 120;
		double step = byAge ? 7 : 0.5;
		int n = (int) Math.floor((to - from) / step) + 1;
		double[] x = new double[n];
		double[][] y = new double[Z.length][n];
		int count = 0;
		for (int i = 0; i < n; i++) {
			double at = from + i * step;
			Lms lms = reference.lms(indicator, sex, at);
			if (lms == null) {
				continue;
			}
			x[count] = byAge ? at / DAYS_PER_MONTH : at;
			for (int k = 0; k < Z.length; k++) {
				y[k][count] = lms.valueAt(Z[k]);
			}
			count++;
		}
		if (count == 0) {
			return null;
		}
		double[][] trimmed = new double[Z.length][];
		for (int k = 0; k < Z.length; k++) {
			trimmed[k] = Arrays.copyOf(y[k], count);
		}
		return new WhoCurves(Arrays.copyOf(x, count), trimmed);
	}
}
