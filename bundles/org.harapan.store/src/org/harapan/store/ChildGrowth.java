package org.harapan.store;

import java.time.LocalDate;

/**
 * What the store indexes about one child under five: the date of the latest measurement and its z-scores
 * (length/height-for-age, weight-for-age, weight-for-length/height; {@link Double#NaN} when not computed or
 * flagged implausible) with the length/height-for-age category. Computed by the caller's {@link ChildIndexer}:
 * the store knows nothing of growth references.
 *
 * @param measuredOn       the date of the measurement the scores are of, {@code null} when there is none
 * @param zlen             length/height-for-age z-score
 * @param zwei             weight-for-age z-score
 * @param zwfl             weight-for-length/height z-score
 * @param stuntingCategory the length/height-for-age category (e.g. {@code STUNTED}), {@code null} when none
 */
public record ChildGrowth(LocalDate measuredOn, double zlen, double zwei, double zwfl, String stuntingCategory) {

	/** Nothing known: no measurement, no scores. */
	public static final ChildGrowth NONE = new ChildGrowth(null, Double.NaN, Double.NaN, Double.NaN, null);

	/** A measurement date without scores (no growth reference at hand). */
	public static ChildGrowth measuredOnly(LocalDate date) {
		return new ChildGrowth(date, Double.NaN, Double.NaN, Double.NaN, null);
	}
}
