package org.harapan.rules.region.lampungtimur.tests;

import static org.harapan.rules.testing.Evaluations.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.harapan.model.AttendanceStatus;
import org.harapan.model.Member;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.rules.pkh.PkhRuleSet;
import org.harapan.rules.region.lampungtimur.LampungTimurRuleSet;
import org.harapan.rules.testing.EngineService;
import org.harapan.rules.testing.Evaluations;
import org.harapan.rules.testing.Kpm;
import org.junit.jupiter.api.Test;

/** Food aid and weighted P2K2 attendance of Kabupaten Lampung Timur (18.07), tahap 2 of 2025 (1 April). */
class LampungTimurRulesTest {

	static final String SUKADANA = "18.07.01.2001";
	static final LocalDate TAHAP2 = LocalDate.of(2025, 4, 1);
	final PkhRuleSet national = new PkhRuleSet();
	final LampungTimurRuleSet regional = new LampungTimurRuleSet();

	static Optional<Finding> foodAid(Evaluation e) {
		return e.first(FindingKind.AID, "aid:foodAid");
	}

	@Test
	void stuntedToddlerGetsTheFoodAid() {
		Kpm kpm = Kpm.in(SUKADANA);
		Member child = kpm.child("Bima", LocalDate.of(2023, 3, 10));
		kpm.measure(child, LocalDate.of(2024, 12, 5), 9.1, 74.0, -1.9, -1.2, -0.4);
		kpm.measure(child, LocalDate.of(2025, 2, 14), 9.4, 76.0, -2.41, -1.5, -0.6);
		Finding f = foodAid(Evaluations.evaluate(kpm, TAHAP2, national, regional)).orElseThrow();
		assertEquals("granted", f.outcome());
		assertEquals(500_000L, f.amountRp());
		assertEquals(child, f.member());
		assertEquals("-2.41", fact(f, "zlen"));
		assertTrue(f.explanation().facts().stream().anyMatch(x -> x.source().startsWith("measurement 2025-02-14")),
				f.explanation().facts().toString());
		assertTrue(f.text().en().contains("Rp 500,000") && f.text().en().contains("KPM (household)"), f.text().en());
		assertTrue(f.text().id().contains("Rp 500.000") && f.text().id().contains("pendek"), f.text().id());
	}

	@Test
	void toddlerOfNormalHeightGetsNoFoodAid() {
		Kpm kpm = Kpm.in(SUKADANA);
		Member child = kpm.child("Citra", LocalDate.of(2023, 3, 10));
		kpm.measure(child, LocalDate.of(2025, 3, 3), 11.0, 86.0, -0.8, -0.5, -0.1);
		assertEquals(Optional.empty(), foodAid(Evaluations.evaluate(kpm, TAHAP2, national, regional)));
	}

	@Test
	void stuntedAtTheMeasurementBeforeTheReviewPeriodOnlyCountsAsHadTheAid() {
		Kpm kpm = Kpm.in(SUKADANA);
		Member child = kpm.child("Dewi", LocalDate.of(2022, 8, 1));
		kpm.measure(child, LocalDate.of(2024, 11, 20), 10.2, 80.1, -2.2, -1.6, -0.5);
		kpm.measure(child, LocalDate.of(2025, 3, 18), 11.0, 84.5, -1.7, -1.2, -0.3);
		Finding f = foodAid(Evaluations.evaluate(kpm, TAHAP2, regional)).orElseThrow();
		assertEquals("ended", f.outcome());
		assertEquals("-2.20", fact(f, "zlenPreviousReview"));
		assertEquals("-1.70", fact(f, "zlen"));
	}

	@Test
	void hadTheAidButNotMeasuredSinceIsDueForReview() {
		Kpm kpm = Kpm.in(SUKADANA);
		Member child = kpm.child("Eka", LocalDate.of(2022, 8, 1));
		kpm.measure(child, LocalDate.of(2024, 11, 20), 10.2, 80.1, -2.2, -1.6, -0.5);
		Finding f = foodAid(Evaluations.evaluate(kpm, TAHAP2, regional)).orElseThrow();
		assertEquals("reviewDue", f.outcome());
		assertEquals(null, f.amountRp());
	}

	static Kpm attendedSessions789() {
		Kpm kpm = Kpm.in(SUKADANA);
		kpm.attend(LocalDate.of(2025, 1, 15), 7, AttendanceStatus.PRESENT);
		kpm.attend(LocalDate.of(2025, 2, 12), 8, AttendanceStatus.PRESENT);
		kpm.attend(LocalDate.of(2025, 3, 12), 9, AttendanceStatus.PRESENT);
		kpm.attend(LocalDate.of(2025, 3, 26), 10, AttendanceStatus.ABSENT);
		return kpm;
	}

	@Test
	void stuntingSessionsCountDoubleThroughTheOverrideOfTheNationalWeight() {
		Finding f = Evaluations.evaluate(attendedSessions789(), TAHAP2, national, regional)
				.first(FindingKind.COMPLIANCE, "p2k2:weightedAttendance").orElseThrow();
		assertEquals("attended", f.outcome());
		assertEquals("5", fact(f, "weightedAttendance"), "session 7 once, sessions 8 and 9 twice");
		assertEquals("2", fact(f, "p2k2.stuntingSessionWeight"));
		assertTrue(f.explanation().facts().stream().anyMatch(x -> x.source().contains("region.lampungtimur")
				&& x.source().contains("overrides pkh.national")), f.explanation().facts().toString());
		assertTrue(f.text().id().contains("5 kehadiran"), f.text().id());
	}

	@Test
	void before2025TheNationalWeightOfOneApplies() {
		Kpm kpm = attendedSessions789();
		kpm.household().getAttendances().forEach(a -> a.setSessionDate(a.getSessionDate().minusYears(1)));
		Finding f = Evaluations.evaluate(kpm, LocalDate.of(2024, 4, 1), national, regional)
				.first(FindingKind.COMPLIANCE, "p2k2:weightedAttendance").orElseThrow();
		assertEquals("3", fact(f, "weightedAttendance"));
	}

	@Test
	void withoutTheNationalProgrammeTheAttendanceRuleReportsAnError() {
		Evaluation e = Evaluations.evaluate(attendedSessions789(), TAHAP2, regional);
		Finding error = e.first(FindingKind.ERROR, "error:region.lampungtimur:p2k2Attendance").orElseThrow();
		assertTrue(error.text().en().contains("pkh.national"), error.text().en());
	}

	@Test
	void aHouseholdOutsideLampungTimurIsUntouched() {
		Kpm kpm = Kpm.in("18.06.01.2019");
		Member child = kpm.child("Fajar", LocalDate.of(2023, 3, 10));
		kpm.measure(child, LocalDate.of(2025, 2, 14), 9.4, 76.0, -2.6, -1.5, -0.6);
		Evaluation e = Evaluations.evaluate(kpm, TAHAP2, national, regional);
		assertEquals(List.of(), Evaluations.lines(e, regional.id()));
		assertFalse(Evaluations.lines(e, national.id()).isEmpty());
	}

	@Test
	void theNationalBenefitIsTheSameWithTheRegionalRules() {
		Kpm kpm = attendedSessions789();
		Member child = kpm.child("Gilang", LocalDate.of(2023, 3, 10));
		kpm.measure(child, LocalDate.of(2025, 2, 14), 9.4, 76.0, -2.6, -1.5, -0.6);
		List<String> nationalFindings = Evaluations.regionalOnlyAdds(kpm, TAHAP2, national, regional);
		assertTrue(nationalFindings.stream().anyMatch(l -> l.startsWith("benefit benefit paid 750000")),
				nationalFindings.toString());
	}

	@Test
	void theRuleEngineServiceListsTheRuleSet() throws InterruptedException {
		List<String> ids = EngineService.ruleSetIds(getClass(), "region.lampungtimur");
		assertTrue(ids.contains("region.lampungtimur"), ids.toString());
	}
}
