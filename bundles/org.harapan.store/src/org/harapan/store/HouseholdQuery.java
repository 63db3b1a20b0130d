package org.harapan.store;

import java.util.Set;

import org.harapan.model.HouseholdStatus;

/**
 * A household search; {@code null} (or empty) fields do not restrict. Region codes use Kemendagri dotted form
 * ({@code 64.01.01} kecamatan, {@code 64.01.01.2001} desa).
 *
 * @param desaCodes  households of any of these desa (a case worker's assigned desa)
 * @param text       search as you type: part of the head's name, the start of a member's NIK or of the No. KK, or
 *                   part of the KPM id (case-insensitive)
 * @param filters    conditions every household found must meet
 * @param sort       the order of the rows (default KPM id), {@code descending} reverses it
 * @param offset     rows to skip (paging; with {@code limit})
 */
public record HouseholdQuery(String desaCode, String kecamatanCode, String facilitator, HouseholdStatus status,
		String nik, String noKK, String namePrefix, int limit, Set<String> desaCodes, String text,
		Set<HouseholdFilter> filters, HouseholdSort sort, boolean descending, int offset) {

	public HouseholdQuery {
		desaCodes = desaCodes == null ? Set.of() : Set.copyOf(desaCodes);
		filters = filters == null ? Set.of() : Set.copyOf(filters);
		sort = sort == null ? HouseholdSort.KPM_ID : sort;
		offset = Math.max(0, offset);
	}

	public HouseholdQuery(String desaCode, String kecamatanCode, String facilitator, HouseholdStatus status,
			String nik, String noKK, String namePrefix, int limit) {
		this(desaCode, kecamatanCode, facilitator, status, nik, noKK, namePrefix, limit, null, null, null, null, false,
				0);
	}

	public static HouseholdQuery all() {
		return new HouseholdQuery(null, null, null, null, null, null, null, Integer.MAX_VALUE);
	}

	public HouseholdQuery withDesa(String code) {
		return new HouseholdQuery(code, kecamatanCode, facilitator, status, nik, noKK, namePrefix, limit, desaCodes,
				text, filters, sort, descending, offset);
	}

	public HouseholdQuery withKecamatan(String code) {
		return new HouseholdQuery(desaCode, code, facilitator, status, nik, noKK, namePrefix, limit, desaCodes, text,
				filters, sort, descending, offset);
	}

	public HouseholdQuery withFacilitator(String name) {
		return new HouseholdQuery(desaCode, kecamatanCode, name, status, nik, noKK, namePrefix, limit, desaCodes, text,
				filters, sort, descending, offset);
	}

	public HouseholdQuery withStatus(HouseholdStatus value) {
		return new HouseholdQuery(desaCode, kecamatanCode, facilitator, value, nik, noKK, namePrefix, limit, desaCodes,
				text, filters, sort, descending, offset);
	}

	public HouseholdQuery withNik(String value) {
		return new HouseholdQuery(desaCode, kecamatanCode, facilitator, status, value, noKK, namePrefix, limit,
				desaCodes, text, filters, sort, descending, offset);
	}

	public HouseholdQuery withNoKK(String value) {
		return new HouseholdQuery(desaCode, kecamatanCode, facilitator, status, nik, value, namePrefix, limit,
				desaCodes, text, filters, sort, descending, offset);
	}

	/** Households whose head's name starts with {@code prefix} (case-insensitive). */
	public HouseholdQuery withNamePrefix(String prefix) {
		return new HouseholdQuery(desaCode, kecamatanCode, facilitator, status, nik, noKK, prefix, limit, desaCodes,
				text, filters, sort, descending, offset);
	}

	public HouseholdQuery withLimit(int value) {
		return new HouseholdQuery(desaCode, kecamatanCode, facilitator, status, nik, noKK, namePrefix, value,
				desaCodes, text, filters, sort, descending, offset);
	}

	/** Households of any of these desa (empty: no restriction). */
	public HouseholdQuery withDesaCodes(Set<String> codes) {
		return new HouseholdQuery(desaCode, kecamatanCode, facilitator, status, nik, noKK, namePrefix, limit, codes,
				text, filters, sort, descending, offset);
	}

	/** Search as you type over name, NIK, No. KK and KPM id (see {@link #text()}). */
	public HouseholdQuery withText(String value) {
		return new HouseholdQuery(desaCode, kecamatanCode, facilitator, status, nik, noKK, namePrefix, limit,
				desaCodes, value, filters, sort, descending, offset);
	}

	public HouseholdQuery withFilters(Set<HouseholdFilter> values) {
		return new HouseholdQuery(desaCode, kecamatanCode, facilitator, status, nik, noKK, namePrefix, limit,
				desaCodes, text, values, sort, descending, offset);
	}

	public HouseholdQuery withSort(HouseholdSort value, boolean descend) {
		return new HouseholdQuery(desaCode, kecamatanCode, facilitator, status, nik, noKK, namePrefix, limit,
				desaCodes, text, filters, value, descend, offset);
	}

	/** The page of at most {@code rows} households starting after {@code skip} rows. */
	public HouseholdQuery withPage(int skip, int rows) {
		return new HouseholdQuery(desaCode, kecamatanCode, facilitator, status, nik, noKK, namePrefix, rows,
				desaCodes, text, filters, sort, descending, skip);
	}
}
