package org.harapan.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.harapan.growth.Indicator;
import org.harapan.growth.Measured;
import org.harapan.growth.who.Who2006Standards;

import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.MeasurementPosition;
import org.harapan.model.Member;
import org.harapan.model.RelationToHead;
import org.harapan.model.Sex;
import org.harapan.model.region.RegionDirectory;
import org.harapan.model.validation.HouseholdValidation;
import org.junit.jupiter.api.Test;

class DemoGeneratorTest {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
	static final Who2006Standards WHO = new Who2006Standards();

	private static DemoGenerator generator(int households, long seed) {
		return new DemoGenerator(DemoSettings.paser(TODAY).withHouseholds(households).withSeed(seed), WHO);
	}

	private static List<Household> all(DemoGenerator generator) {
		List<Household> result = new ArrayList<>();
		generator.forEach(result::add);
		return result;
	}

	private static boolean same(List<Household> a, List<Household> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (!org.eclipse.emf.ecore.util.EcoreUtil.equals(a.get(i), b.get(i))) {
				return false;
			}
		}
		return true;
	}

	@Test
	void sameSeedGivesTheSameDataAndAnotherSeedOtherData() {
		List<Household> first = all(generator(300, 11));
		assertTrue(same(first, all(generator(300, 11))), "the same seed gives the same households");
		assertTrue(!same(first, all(generator(300, 12))), "another seed gives other households");
		assertTrue(same(first.subList(0, 50), all(generator(300, 11)).subList(0, 50)));
	}

	@Test
	void paserDefaultsAreTheRealCaseloadAnd34Pendamping() {
		DemoSettings paser = DemoSettings.paser(TODAY);
		assertEquals("64.01", paser.regionCode());
		assertEquals(8_894, paser.households());
		assertEquals(34, paser.facilitators());
		Set<String> facilitators = new HashSet<>();
		generator(8_894, 1).iterator().forEachRemaining(h -> facilitators.add(h.getFacilitator()));
		assertEquals(34, facilitators.size());
	}

	@Test
	void householdsAreInRealDesaOfTheRegionWithHeadFirst() {
		RegionDirectory regions = RegionDirectory.get();
		Set<String> desa = new HashSet<>();
		for (Household h : new DemoGenerator(DemoSettings.paser(TODAY).withRegion("18.07").withHouseholds(500), WHO)) {
			assertTrue(h.getDesaCode().startsWith("18.07."), h.getDesaCode());
			assertTrue(regions.exists(h.getDesaCode()), h.getDesaCode());
			assertEquals(RelationToHead.HEAD, h.getMembers().get(0).getRelationToHead());
			desa.add(h.getDesaCode());
		}
		assertTrue(desa.size() > 50, "households spread over many desa: " + desa.size());
	}

	@Test
	void nikAndNoKKAreValidUniqueAndCarryTheKecamatanOfTheDesa() {
		Map<String, String> nikToKpm = new HashMap<>();
		Set<String> kk = new HashSet<>();
		Map<Object, Object> context = HouseholdValidation.context(nik -> Optional.ofNullable(nikToKpm.get(nik)),
				Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		for (Household h : generator(2_000, 3)) {
			Diagnostic d = HouseholdValidation.validate(h, context);
			assertEquals(Diagnostic.OK, d.getSeverity(), () -> h.getKpmId() + " " + d.getChildren());
			String kecamatan = h.kecamatanCode().replace(".", "");
			assertTrue(h.getNoKK().matches("\\d{16}") && h.getNoKK().startsWith(kecamatan), h.getNoKK());
			assertTrue(kk.add(h.getNoKK()), "duplicate No. KK " + h.getNoKK());
			for (Member m : h.getMembers()) {
				assertTrue(m.getNik().startsWith(kecamatan), m.getNik());
				int day = Integer.parseInt(m.getNik().substring(6, 8));
				assertEquals(m.getBirthDate().getDayOfMonth() + (m.getSex() == Sex.FEMALE ? 40 : 0), day, m.getNik());
				assertEquals(null, nikToKpm.put(m.getNik(), h.getKpmId()), "duplicate NIK " + m.getNik());
			}
		}
	}

	@Test
	void aboutOneInFiveUnderFivesIsStuntedByTheWhoStandards() {
		int underFive = 0;
		int stunted = 0;
		int pregnant = 0;
		int elderly = 0;
		int members = 0;
		int households = 0;
		for (Household h : generator(3_000, 5)) {
			households++;
			for (Member m : h.getMembers()) {
				members++;
				pregnant += m.isPregnant() ? 1 : 0;
				elderly += m.ageInYears(TODAY) >= 60 ? 1 : 0;
				if (m.ageInMonths(TODAY) >= 60 || m.getMeasurements().isEmpty()) {
					continue;
				}
				underFive++;
				Measurement last = m.getMeasurements().get(m.getMeasurements().size() - 1);
				double z = WHO.assess(org.harapan.growth.Measurement.of(
						m.getSex() == Sex.FEMALE ? org.harapan.growth.Sex.FEMALE : org.harapan.growth.Sex.MALE,
						ChronoUnit.DAYS.between(m.getBirthDate(), last.getDate()), last.getWeightKg(),
						last.getHeightCm(),
						last.getPosition() == MeasurementPosition.LYING ? Measured.LYING : Measured.STANDING))
						.result(Indicator.LENGTH_HEIGHT_FOR_AGE).z();
				stunted += z < -2 ? 1 : 0;
			}
		}
		double share = stunted / (double) underFive;
		assertTrue(share > 0.16 && share < 0.24, "stunted share " + share + " of " + underFive);
		assertTrue(underFive > households / 3, "under-fives " + underFive);
		assertTrue(members > 3.8 * households, "members " + members);
		assertTrue(pregnant > 0 && elderly > 0, pregnant + " pregnant, " + elderly + " elderly");
	}

	@Test
	void measurementsAreMonthlyAndAttendanceAndComplianceArePresentButNoPayments() {
		Household h = null;
		for (Household candidate : generator(200, 9)) {
			if (candidate.getMembers().stream().anyMatch(m -> m.getMeasurements().size() >= 6)) {
				h = candidate;
				break;
			}
		}
		assertTrue(h != null);
		Member child = h.getMembers().stream().filter(m -> m.getMeasurements().size() >= 6).findFirst().orElseThrow();
		List<Measurement> series = child.getMeasurements();
		for (int i = 1; i < series.size(); i++) {
			assertTrue(series.get(i).getDate().isAfter(series.get(i - 1).getDate()));
			assertTrue(series.get(i).getHeightCm() > 0 && series.get(i).getWeightKg() > 0);
		}
		assertTrue(!h.getAttendances().isEmpty() && !h.getComplianceRecords().isEmpty());
		// payments are decisions of the programme rules (casework), not made up by the demo
		assertTrue(h.getDisbursements().isEmpty());
	}

	@Test
	void anExcusedAbsenceHasItsReasonAndNoOtherAttendanceHasOne() {
		int excused = 0;
		for (Household h : generator(200, 9)) {
			for (Attendance a : h.getAttendances()) {
				boolean isExcused = a.getStatus() == AttendanceStatus.EXCUSED;
				excused += isExcused ? 1 : 0;
				assertEquals(isExcused, a.getReason() != null && !a.getReason().isBlank(), a.toString());
			}
		}
		assertTrue(excused > 0, "some excused absences"); //$NON-NLS-1$
	}
}
