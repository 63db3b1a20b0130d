package org.harapan.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.harapan.model.region.Region;
import org.harapan.model.region.RegionDirectory;
import org.harapan.model.region.RegionLevel;
import org.junit.jupiter.api.Test;

/** The shipped Kemendagri codes (idn-area-data 3.1.2). */
class RegionDirectoryTest {

	private final RegionDirectory regions = RegionDirectory.get();

	@Test
	void wholeCountry() {
		assertEquals(38, regions.all(RegionLevel.PROVINSI).size());
		assertEquals(514, regions.all(RegionLevel.KABUPATEN_KOTA).size());
		assertEquals(7277, regions.all(RegionLevel.KECAMATAN).size());
		assertEquals(83763, regions.all(RegionLevel.DESA).size());
		assertEquals(514, regions.kabupatenKotaCodes().size());
	}

	@Test
	void lampungTimur() {
		Region r = regions.find("18.07").orElseThrow();
		assertEquals("Kabupaten Lampung Timur", r.name());
		assertEquals(RegionLevel.KABUPATEN_KOTA, r.level());
		assertEquals("18", r.parentCode());
		assertEquals("Lampung", regions.name("18"));
		assertEquals(24, regions.children("18.07").size(), "kecamatan of Lampung Timur");
		assertEquals(264, regions.desaUnder("18.07").size());
		assertTrue(regions.isKabupatenKota("1807"));
		assertFalse(r.isKota());
	}

	@Test
	void paser() {
		assertEquals("Kabupaten Paser", regions.name("64.01"));
		assertEquals("Kalimantan Timur", regions.name("64"));
		assertEquals(10, regions.children("64.01").size(), "kecamatan of Paser");
		assertEquals(144, regions.desaUnder("64.01").size(), "desa/kelurahan of Paser");
	}

	@Test
	void musiRawasHas14Kecamatan() {
		assertEquals("Kabupaten Musi Rawas", regions.name("16.05"));
		assertEquals(14, regions.children("16.05").size());
		assertEquals(199, regions.desaUnder("16.05").size());
	}

	@Test
	void jakartaPusatKelurahan() {
		Region kota = regions.find("31.71").orElseThrow();
		assertEquals("Kota Administrasi Jakarta Pusat", kota.name());
		assertTrue(kota.isKota());
		assertEquals("DKI Jakarta", regions.name("31"));
		Region bendhil = regions.find("31.71.07.1002").orElseThrow();
		assertEquals("Bendungan Hilir", bendhil.name());
		assertTrue(bendhil.isKelurahan());
		assertEquals("Tanah Abang", regions.name(bendhil.parentCode()));
		assertEquals("31.71", regions.kabupatenOf("31.71.07.1002").orElseThrow().code());
		List<String> names = regions.desaUnder("31.71").stream().map(Region::name).toList();
		assertTrue(names.containsAll(List.of("Bendungan Hilir", "Kampung Bali", "Tanah Tinggi", "Serdang")));
		assertEquals(44, names.size());
		assertEquals(List.of("31.71.07.1007"),
				regions.search("kampung bali", RegionLevel.DESA, "31.71", 5).stream().map(Region::code).toList());
	}

	@Test
	void codesInNikForm() {
		assertEquals("31.71.07.1002", RegionDirectory.normalize("3171071002"));
		assertEquals("Bendungan Hilir", regions.name("3171071002"));
		assertEquals("Tanah Abang", regions.name("317107"));
		assertEquals(null, RegionDirectory.normalize("317"));
		assertFalse(regions.isKabupatenKota("3199"));
		assertFalse(regions.isKabupatenKota("31.71.07"), "a kecamatan is not a kabupaten/kota");
	}

	@Test
	void childrenAndAncestors() {
		assertEquals(38, regions.children(null).size());
		assertTrue(regions.children("31.71.07.1002").isEmpty());
		assertEquals("31", regions.ancestor("31.71.07.1002", RegionLevel.PROVINSI).orElseThrow().code());
		assertEquals(7, regions.children("31.71.07").size(), "kelurahan of Tanah Abang");
		assertFalse(regions.exists("99.99"));
	}
}
