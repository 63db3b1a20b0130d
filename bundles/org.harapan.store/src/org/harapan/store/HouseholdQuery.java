package org.harapan.store;

import org.harapan.model.HouseholdStatus;

/**
 * A household search; {@code null} fields do not restrict. Region codes use Kemendagri dotted form
 * ({@code 64.01.01} kecamatan, {@code 64.01.01.2001} desa).
 */
public record HouseholdQuery(String desaCode, String kecamatanCode, String facilitator, HouseholdStatus status,
		String nik, String noKK, String namePrefix, int limit) {

	public static HouseholdQuery all() {
		return new HouseholdQuery(null, null, null, null, null, null, null, Integer.MAX_VALUE);
	}

	public HouseholdQuery withDesa(String code) {
		return new HouseholdQuery(code, kecamatanCode, facilitator, status, nik, noKK, namePrefix, limit);
	}

	public HouseholdQuery withKecamatan(String code) {
		return new HouseholdQuery(desaCode, code, facilitator, status, nik, noKK, namePrefix, limit);
	}

	public HouseholdQuery withFacilitator(String name) {
		return new HouseholdQuery(desaCode, kecamatanCode, name, status, nik, noKK, namePrefix, limit);
	}

	public HouseholdQuery withStatus(HouseholdStatus value) {
		return new HouseholdQuery(desaCode, kecamatanCode, facilitator, value, nik, noKK, namePrefix, limit);
	}

	public HouseholdQuery withNik(String value) {
		return new HouseholdQuery(desaCode, kecamatanCode, facilitator, status, value, noKK, namePrefix, limit);
	}

	public HouseholdQuery withNoKK(String value) {
		return new HouseholdQuery(desaCode, kecamatanCode, facilitator, status, nik, value, namePrefix, limit);
	}

	/** Households whose head's name starts with {@code prefix} (case-insensitive). */
	public HouseholdQuery withNamePrefix(String prefix) {
		return new HouseholdQuery(desaCode, kecamatanCode, facilitator, status, nik, noKK, prefix, limit);
	}

	public HouseholdQuery withLimit(int value) {
		return new HouseholdQuery(desaCode, kecamatanCode, facilitator, status, nik, noKK, namePrefix, value);
	}
}
