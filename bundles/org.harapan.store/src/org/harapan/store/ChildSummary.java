package org.harapan.store;

import java.time.LocalDate;

/**
 * A child under five with its latest measurement's z-scores ({@code NaN} when not assessed) and the
 * Permenkes 2/2020 category of length/height-for-age.
 */
public record ChildSummary(String kpmId, String nik, String name, LocalDate birthDate, String desaCode,
		LocalDate measuredOn, double zlen, double zwei, double zwfl, String stuntingCategory) {
}
