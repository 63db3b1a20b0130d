package org.harapan.model.region;

/**
 * One administrative region: its Kemendagri code (dotted, e.g. {@code 31.71.07.1002}), its official
 * name and its level.
 *
 * @param code  dotted Kemendagri code
 * @param name  official name (provinsi and kabupaten/kota names title-cased)
 * @param level level in the hierarchy, consistent with the shape of the code
 */
public record Region(String code, String name, RegionLevel level) {

	/** The code of the region containing this one, or {@code null} for a provinsi. */
	public String parentCode() {
		int dot = code.lastIndexOf('.');
		return dot < 0 ? null : code.substring(0, dot);
	}

	/** The code without dots, as in the first digits of a NIK ({@code 3171071002}). */
	public String digits() {
		return code.replace(".", "");
	}

	/** Whether this is a kota (city) rather than a kabupaten; only for {@link RegionLevel#KABUPATEN_KOTA}. */
	public boolean isKota() {
		return level == RegionLevel.KABUPATEN_KOTA && code.charAt(3) >= '7';
	}

	/** Whether this is a kelurahan rather than a desa; only for {@link RegionLevel#DESA}. */
	public boolean isKelurahan() {
		return level == RegionLevel.DESA && code.charAt(9) == '1';
	}

	@Override
	public String toString() {
		return code + " " + name;
	}
}
