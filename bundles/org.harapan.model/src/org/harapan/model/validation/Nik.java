package org.harapan.model.validation;

import java.time.LocalDate;

import org.harapan.model.Sex;

/**
 * The parts of a NIK (Nomor Induk Kependudukan): digits 1-6 region (kabupaten/kota in 1-4),
 * 7-12 birth date DDMMYY with 40 added to the day for women, 13-16 serial.
 */
public final class Nik {

	/** Number of digits of a NIK and of a No. KK. */
	public static final int LENGTH = 16;
	/** Added to the birth day in the NIK of a woman. */
	public static final int FEMALE_DAY_OFFSET = 40;

	private Nik() {
	}

	/** Whether the text is exactly 16 ASCII digits. */
	public static boolean isWellFormed(String nik) {
		if (nik == null || nik.length() != LENGTH) {
			return false;
		}
		for (int i = 0; i < LENGTH; i++) {
			char c = nik.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/** The dotted kabupaten/kota code of a well-formed NIK ({@code 1807...} gives {@code 18.07}). */
	public static String kabupatenCode(String nik) {
		return nik.substring(0, 2) + "." + nik.substring(2, 4);
	}

	/** The dotted kecamatan code of a well-formed NIK. */
	public static String kecamatanCode(String nik) {
		return kabupatenCode(nik) + "." + nik.substring(4, 6);
	}

	/** The DDMMYY date part (digits 7-12) of a well-formed NIK, as written. */
	public static String datePart(String nik) {
		return nik.substring(6, 12);
	}

	/** The DDMMYY text a NIK carries for this birth date and sex (day + 40 for women). */
	public static String datePartFor(LocalDate birthDate, Sex sex) {
		int day = birthDate.getDayOfMonth() + (sex == Sex.FEMALE ? FEMALE_DAY_OFFSET : 0);
		return String.format("%02d%02d%02d", day, birthDate.getMonthValue(), birthDate.getYear() % 100);
	}

	/**
	 * Composes a NIK from a dotted kecamatan code, birth date, sex and serial (1-9999); used by demo
	 * data and tests.
	 */
	public static String compose(String kecamatanCode, LocalDate birthDate, Sex sex, int serial) {
		String region = kecamatanCode.replace(".", "");
		if (region.length() != 6 || serial < 1 || serial > 9999) {
			throw new IllegalArgumentException(kecamatanCode + " / " + serial);
		}
		return region + datePartFor(birthDate, sex) + String.format("%04d", serial);
	}

	/**
	 * The NIK as a masked export shows it: the first 6 digits (the kecamatan) and the last 4, the birth date part
	 * replaced by {@code *} ({@code 640105******0003}); a value of 10 characters or fewer is masked whole; null and
	 * empty stay as they are.
	 */
	public static String mask(String nik) {
		if (nik == null || nik.isEmpty()) {
			return nik;
		}
		if (nik.length() <= 10) {
			return "*".repeat(nik.length());
		}
		return nik.substring(0, 6) + "*".repeat(nik.length() - 10) + nik.substring(nik.length() - 4);
	}
}
