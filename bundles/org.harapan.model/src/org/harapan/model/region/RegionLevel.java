package org.harapan.model.region;

/**
 * The levels of the Kemendagri administrative hierarchy, with the number of dot-separated
 * segments of their codes ({@code 18}, {@code 18.07}, {@code 18.07.01}, {@code 18.07.01.2001}).
 */
public enum RegionLevel {
	/** Provinsi (province), code {@code NN}. */
	PROVINSI,
	/** Kabupaten (regency) or kota (city), code {@code NN.NN}. */
	KABUPATEN_KOTA,
	/** Kecamatan (district), code {@code NN.NN.NN}. */
	KECAMATAN,
	/** Desa (village) or kelurahan (urban village), code {@code NN.NN.NN.NNNN}. */
	DESA;

	/** Number of dot-separated segments in a code of this level (1-4). */
	public int segments() {
		return ordinal() + 1;
	}

	/** The level below this one, or {@code null} for {@link #DESA}. */
	public RegionLevel child() {
		return this == DESA ? null : values()[ordinal() + 1];
	}

	/**
	 * The level of a dotted code by its shape, or {@code null} when the code is not shaped like a
	 * Kemendagri code.
	 */
	public static RegionLevel of(String code) {
		if (code == null) {
			return null;
		}
		if (code.matches("\\d{2}")) {
			return PROVINSI;
		}
		if (code.matches("\\d{2}\\.\\d{2}")) {
			return KABUPATEN_KOTA;
		}
		if (code.matches("\\d{2}\\.\\d{2}\\.\\d{2}")) {
			return KECAMATAN;
		}
		if (code.matches("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}")) {
			return DESA;
		}
		return null;
	}
}
