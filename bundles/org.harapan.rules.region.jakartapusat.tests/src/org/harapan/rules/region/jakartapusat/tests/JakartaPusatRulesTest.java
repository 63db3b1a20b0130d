package org.harapan.rules.region.jakartapusat.tests;

import static org.harapan.rules.testing.Evaluations.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.harapan.model.Member;
import org.harapan.model.region.RegionDirectory;
import org.harapan.programme.Sponsor;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.rules.pkh.PkhRuleSet;
import org.harapan.rules.region.jakartapusat.JakartaPusatRuleSet;
import org.harapan.rules.testing.EngineService;
import org.harapan.rules.testing.Evaluations;
import org.harapan.rules.testing.Kpm;
import org.junit.jupiter.api.Test;

/** Sponsors (orang tua asuh) for stunted toddlers in Kota Administrasi Jakarta Pusat (31.71), 1 April 2025. */
class JakartaPusatRulesTest {

	static final String BENDUNGAN_HILIR = "31.71.07.1002";
	static final LocalDate TAHAP2 = LocalDate.of(2025, 4, 1);
	final PkhRuleSet national = new PkhRuleSet();
	final JakartaPusatRuleSet regional = new JakartaPusatRuleSet();

	/** A toddler of 2 measured on 10 March 2025 with length-for-age z {@code zlen}. */
	static Kpm toddler(String desa, double zlen) {
		Kpm kpm = Kpm.in(desa);
		Member child = kpm.child("Putri", LocalDate.of(2023, 1, 20));
		kpm.measure(child, LocalDate.of(2025, 3, 10), 10.4, 81.0, zlen, -1.4, -0.5);
		return kpm;
	}

	static List<Finding> sponsor(Evaluation e) {
		return e.of(FindingKind.AID).stream().filter(f -> f.subject().equals("aid:sponsor")).toList();
	}

	@Test
	void aStuntedToddlerOfBendunganHilirIsMatchedToPamJaya() {
		List<Finding> f = sponsor(Evaluations.evaluate(toddler(BENDUNGAN_HILIR, -2.6), TAHAP2, national, regional));
		assertEquals(1, f.size(), f.toString());
		assertEquals("matched", f.get(0).outcome());
		assertEquals("Putri", f.get(0).member().getName());
		assertEquals("PAM Jaya", fact(f.get(0), "provider"));
		assertEquals("-2.60", fact(f.get(0), "zlen"));
		assertTrue(f.get(0).explanation().facts().stream().anyMatch(x -> x.source().startsWith("measurement 2025-03-10")),
				f.get(0).explanation().facts().toString());
		String en = f.get(0).text().en();
		assertTrue(en.contains("PAM Jaya") && en.contains("Bendungan Hilir"), en);
		assertTrue(en.contains("KPM (household)") && en.contains("Kader KPM (Kader Pembangunan Manusia"), en);
		assertTrue(f.get(0).text().id().contains("orang tua asuh PAM Jaya"), f.get(0).text().id());
	}

	@Test
	void eachSponsorIsMatchedInTheKelurahanItAdopted() {
		for (Sponsor s : regional.programme().getSponsors()) {
			List<Finding> f = sponsor(Evaluations.evaluate(toddler(s.getDesaCode(), -2.1), TAHAP2, regional));
			assertEquals(List.of(s.getName()), f.stream().map(x -> fact(x, "provider")).toList());
		}
	}

	@Test
	void theSponsorsKelurahanCodesAreThoseOfTheRegionDirectory() {
		List<Sponsor> sponsors = regional.programme().getSponsors();
		assertEquals(4, sponsors.size());
		for (Sponsor s : sponsors) {
			assertEquals(s.getDesaName(), RegionDirectory.get().name(s.getDesaCode()), s.getDesaCode());
			assertTrue(s.getDesaCode().startsWith(regional.regionCode() + "."), s.getDesaCode());
		}
	}

	@Test
	void aStuntedToddlerOfAKelurahanWithoutSponsorIsReported() {
		List<Finding> f = sponsor(Evaluations.evaluate(toddler("31.71.06.1001", -3.1), TAHAP2, regional));
		assertEquals(List.of("noSponsor"), f.stream().map(Finding::outcome).toList());
		assertTrue(f.get(0).text().en().contains("no sponsor (orang tua asuh) has adopted kelurahan Menteng"),
				f.get(0).text().en());
		assertTrue(f.get(0).text().id().contains("belum ada orang tua asuh"), f.get(0).text().id());
	}

	@Test
	void noMatchForANormalToddlerAnOldMeasurementOrAChildOfFive() {
		assertEquals(List.of(), sponsor(Evaluations.evaluate(toddler(BENDUNGAN_HILIR, -1.2), TAHAP2, regional)));
		Kpm old = toddler(BENDUNGAN_HILIR, -1.2);
		Member child = old.household().getMembers().get(0);
		old.measure(child, LocalDate.of(2024, 12, 20), 10.0, 79.0, -2.5, -1.5, -0.5);
		assertEquals(List.of(), sponsor(Evaluations.evaluate(old, TAHAP2, regional)), "the latest measurement decides");
		Kpm five = Kpm.in(BENDUNGAN_HILIR);
		Member big = five.child("Bayu", LocalDate.of(2020, 2, 1));
		five.measure(big, LocalDate.of(2025, 3, 10), 15.0, 100.0, -2.5, -1.5, -0.5);
		assertEquals(List.of(), sponsor(Evaluations.evaluate(five, TAHAP2, regional)));
	}

	@Test
	void aHouseholdOfJakartaUtaraIsUntouched() {
		Evaluation e = Evaluations.evaluate(toddler("31.72.01.1001", -2.6), TAHAP2, national, regional);
		assertEquals(List.of(), Evaluations.lines(e, regional.id()));
	}

	@Test
	void theNationalBenefitIsTheSameWithTheRegionalRules() {
		List<String> nationalFindings = Evaluations.regionalOnlyAdds(toddler(BENDUNGAN_HILIR, -2.6), TAHAP2, national,
				regional);
		assertTrue(nationalFindings.stream().anyMatch(l -> l.startsWith("benefit benefit paid 750000")),
				nationalFindings.toString());
	}

	@Test
	void theRuleEngineServiceListsTheRuleSet() throws InterruptedException {
		List<String> ids = EngineService.ruleSetIds(getClass(), "region.jakartapusat");
		assertTrue(ids.contains("region.jakartapusat"), ids.toString());
	}
}
