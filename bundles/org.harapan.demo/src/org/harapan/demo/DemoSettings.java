package org.harapan.demo;

import java.time.LocalDate;

/**
 * What demo data to make.
 *
 * @param regionCode kabupaten/kota code (dotted, e.g. {@code 64.01}) whose real desa receive the households
 * @param households number of households (KPM)
 * @param seed       random seed: the same seed, region, count and {@code today} give the same data
 * @param today      the day the data is "as of" (no date after it is generated)
 */
public record DemoSettings(String regionCode, int households, long seed, LocalDate today) {

	/** Kabupaten Paser, Kalimantan Timur. */
	public static final String DEFAULT_REGION = "64.01"; //$NON-NLS-1$
	/** The PKH caseload of Kabupaten Paser in 2024. */
	public static final int DEFAULT_HOUSEHOLDS = 8_894;
	public static final long DEFAULT_SEED = 2024L;
	/** Households per pendamping: Paser had 34 pendamping for 8,894 KPM in 2024. */
	public static final int HOUSEHOLDS_PER_FACILITATOR = 260;

	public DemoSettings {
		if (households < 0) {
			throw new IllegalArgumentException("households must not be negative: " + households); //$NON-NLS-1$
		}
		if (regionCode == null || today == null) {
			throw new IllegalArgumentException("region and today are required"); //$NON-NLS-1$
		}
	}

	/** Paser with its real caseload and the default seed, as of {@code today}. */
	public static DemoSettings paser(LocalDate today) {
		return kabupaten(DEFAULT_REGION, today);
	}

	/**
	 * The demo of a first start in the kabupaten/kota {@code code} (the one the user chose or a district's workbench
	 * names): Paser's caseload size and the default seed over that kabupaten's desa, as of {@code today}.
	 */
	public static DemoSettings kabupaten(String code, LocalDate today) {
		return new DemoSettings(code, DEFAULT_HOUSEHOLDS, DEFAULT_SEED, today);
	}

	/** Number of pendamping (facilitators): households / 260, rounded, at least 1 (34 for Paser). */
	public int facilitators() {
		return Math.max(1, Math.round(households / (float) HOUSEHOLDS_PER_FACILITATOR));
	}

	public DemoSettings withHouseholds(int value) {
		return new DemoSettings(regionCode, value, seed, today);
	}

	public DemoSettings withRegion(String value) {
		return new DemoSettings(value, households, seed, today);
	}

	public DemoSettings withSeed(long value) {
		return new DemoSettings(regionCode, households, value, today);
	}
}
