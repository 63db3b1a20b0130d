package org.harapan.demo;

import java.time.LocalDate;

import org.harapan.model.Sex;
import org.harapan.model.validation.Nik;

/**
 * Hands out unique NIK and No. KK numbers for the demo. A NIK is the kecamatan code (6 digits), the birth
 * date DDMMYY (day + 40 for women) and a serial that counts the people of that kecamatan with the same
 * date part; a No. KK is the kecamatan code, the issue date DDMMYY and a serial counted the same way. The
 * counters are plain arrays indexed by kecamatan and date, so memory does not grow with the households.
 */
final class IdentityNumbers {

	private static final int DAYS = 100 * 12 * 31;

	private final short[] nikSerials;
	private final short[] kkSerials;

	IdentityNumbers(int kecamatanCount) {
		nikSerials = new short[kecamatanCount * 2 * DAYS];
		kkSerials = new short[kecamatanCount * DAYS];
	}

	String nik(String kecamatanCode, int kecamatanIndex, LocalDate birthDate, Sex sex) {
		int index = (kecamatanIndex * 2 + (sex == Sex.FEMALE ? 1 : 0)) * DAYS + day(birthDate);
		return Nik.compose(kecamatanCode, birthDate, sex, next(nikSerials, index, kecamatanCode));
	}

	String noKK(String kecamatanCode, int kecamatanIndex, LocalDate issued) {
		int serial = next(kkSerials, kecamatanIndex * DAYS + day(issued), kecamatanCode);
		return kecamatanCode.replace(".", "") //$NON-NLS-1$ //$NON-NLS-2$
				+ String.format("%02d%02d%02d%04d", issued.getDayOfMonth(), issued.getMonthValue(), //$NON-NLS-1$
						issued.getYear() % 100, serial);
	}

	private static int day(LocalDate date) {
		return ((date.getYear() % 100) * 12 + date.getMonthValue() - 1) * 31 + date.getDayOfMonth() - 1;
	}

	private static int next(short[] serials, int index, String kecamatanCode) {
		int serial = (serials[index] & 0xffff) + 1;
		if (serial > 9999) {
			throw new IllegalStateException("more than 9999 serials for one date in kecamatan " + kecamatanCode); //$NON-NLS-1$
		}
		serials[index] = (short) serial;
		return serial;
	}
}
