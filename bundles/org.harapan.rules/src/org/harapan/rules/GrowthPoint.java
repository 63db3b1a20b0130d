package org.harapan.rules;

import java.time.LocalDate;

import org.harapan.model.Measurement;

/**
 * A measurement with its WHO z-scores: length/height-for-age, weight-for-age and weight-for-length/height;
 * {@link Double#NaN} when not computed or flagged implausible by WHO's rules.
 */
public record GrowthPoint(Measurement measurement, LocalDate date, int ageDays, double zlen, double zwei,
		double zwfl) {

	public boolean stunted() {
		return zlen < -2;
	}

	public boolean underweight() {
		return zwei < -2;
	}

	public boolean wasted() {
		return zwfl < -2;
	}

	/** A z-score as users read it in explanations, e.g. {@code -2.31}. */
	public static String format(double z) {
		return String.format(java.util.Locale.ROOT, "%.2f", z); //$NON-NLS-1$
	}
}
