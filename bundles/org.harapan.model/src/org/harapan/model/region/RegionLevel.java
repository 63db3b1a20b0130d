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
		RegionLevel level = switch (code.length()) {
		case 2 -> PROVINSI;
		case 5 -> KABUPATEN_KOTA;
		case 8 -> KECAMATAN;
		case 13 -> DESA;
		default -> null;
		};
		return level != null && dottedDigits(code) ? level : null;
	}

	/** Digits with a dot after every second digit up to the fourth group: {@code 18.07.01.2001}. */
	private static boolean dottedDigits(String code) {
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			boolean dot = i == 2 || i == 5 || i == 8;
			if (dot ? c != '.' : (c < '0' || c > '9')) {
				return false;
			}
		}
		return true;
	}
}
