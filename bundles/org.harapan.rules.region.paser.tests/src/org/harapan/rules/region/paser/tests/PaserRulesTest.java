package org.harapan.rules.region.paser.tests;

import static org.harapan.rules.testing.Evaluations.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.harapan.model.ComplianceStatus;
import org.harapan.model.Conditionality;
import org.harapan.model.Member;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.rules.pkh.PkhRuleSet;
import org.harapan.rules.region.paser.PaserRuleSet;
import org.harapan.rules.testing.EngineService;
import org.harapan.rules.testing.Evaluations;
import org.harapan.rules.testing.Kpm;
import org.junit.jupiter.api.Test;

/** Puskesmas referrals and PMT lokal of Kabupaten Paser (64.01), tahap 2 of 2025 (1 April). */
class PaserRulesTest {

	static final String RANGAN = "64.01.05.2005";
	static final LocalDate TAHAP2 = LocalDate.of(2025, 4, 1);
	final PkhRuleSet national = new PkhRuleSet();
	final PaserRuleSet regional = new PaserRuleSet();

	static List<Finding> of(Evaluation e, FindingKind kind, String subject) {
		return e.of(kind).stream().filter(f -> f.subject().equals(subject)).toList();
	}

	/** A mother expecting on 20 May 2025 (third trimester from 26 February) with met visits in {@code months}. */
	static Kpm mother(YearMonth... months) {
		Kpm kpm = Kpm.in(RANGAN);
		Member m = kpm.pregnant("Sari", LocalDate.of(1996, 4, 2), LocalDate.of(2025, 5, 20));
		for (YearMonth month : months) {
			kpm.comply(m, month, Conditionality.ANTENATAL_CARE, ComplianceStatus.MET);
		}
		return kpm;
	}

	@Test
	void aMotherWithThreeVisitsInHerThirdTrimesterIsReferred() {
		Kpm kpm = mother(YearMonth.of(2024, 10), YearMonth.of(2024, 12), YearMonth.of(2025, 2), YearMonth.of(2025, 2));
		kpm.comply(kpm.household().getMembers().get(0), YearMonth.of(2025, 1), Conditionality.ANTENATAL_CARE,
				ComplianceStatus.NOT_MET);
		List<Finding> r = of(Evaluations.evaluate(kpm, TAHAP2, national, regional), FindingKind.REFERRAL,
				"referral:puskesmas");
		assertEquals(1, r.size(), r.toString());
		assertEquals("open", r.get(0).outcome());
		assertEquals("Sari", r.get(0).member().getName());
		assertEquals("3", fact(r.get(0), "antenatalVisits"), "two records of February count once");
		assertTrue(r.get(0).explanation().facts().stream()
				.anyMatch(x -> x.source().startsWith("compliance record 2024-12 antenatalCare")), r.toString());
		assertTrue(r.get(0).text().en().contains("3 antenatal visit(s) of the 4"), r.get(0).text().en());
		assertTrue(r.get(0).text().id().contains("Puskesmas"), r.get(0).text().id());
	}

	@Test
	void aMotherWithFourVisitsOrBeforeHerThirdTrimesterIsNotReferred() {
		Kpm four = mother(YearMonth.of(2024, 10), YearMonth.of(2024, 12), YearMonth.of(2025, 1), YearMonth.of(2025, 2));
		assertEquals(List.of(), of(Evaluations.evaluate(four, TAHAP2, regional), FindingKind.REFERRAL,
				"referral:puskesmas"));
		Kpm early = Kpm.in(RANGAN);
		early.pregnant("Lina", LocalDate.of(1999, 1, 9), LocalDate.of(2025, 8, 1));
		assertEquals(List.of(), of(Evaluations.evaluate(early, TAHAP2, regional), FindingKind.REFERRAL,
				"referral:puskesmas"));
	}

	@Test
	void aToddlerNotWeighedForTwoMonthsIsReferredAndAWeighedOneIsNot() {
		Kpm kpm = Kpm.in(RANGAN);
		Member late = kpm.child("Adi", LocalDate.of(2023, 2, 1));
		kpm.measure(late, LocalDate.of(2025, 1, 10), 10.5, 82.0, -1.0, -1.0, -0.5);
		Member weighed = kpm.child("Budi", LocalDate.of(2023, 6, 1));
		kpm.measure(weighed, LocalDate.of(2025, 3, 5), 10.0, 80.0, -1.0, -1.0, -0.5);
		List<Finding> r = of(Evaluations.evaluate(kpm, TAHAP2, regional), FindingKind.REFERRAL, "referral:puskesmas");
		assertEquals(1, r.size(), r.toString());
		assertEquals(late, r.get(0).member());
		assertEquals("2025-01-10", fact(r.get(0), "lastWeighed"));
	}

	/** Candra wasted at 17 months, Dina underweight at 29 months, measured on 5 March of {@code year}. */
	static Kpm wastedAndUnderweight(int year) {
		Kpm kpm = Kpm.in(RANGAN);
		Member wasted = kpm.child("Candra", LocalDate.of(year - 2, 10, 1));
		kpm.measure(wasted, LocalDate.of(year, 3, 5), 9.0, 80.0, -1.2, -1.9, -2.3);
		Member under = kpm.child("Dina", LocalDate.of(year - 3, 10, 1));
		kpm.measure(under, LocalDate.of(year, 3, 5), 10.2, 90.0, -1.5, -2.2, -1.1);
		return kpm;
	}

	@Test
	void aWastedChildGetsPmtLokalFor56DaysAndAnUnderweightOneFor14In2025() {
		Kpm kpm = wastedAndUnderweight(2025);
		Member baby = kpm.child("Eko", LocalDate.of(2024, 12, 1));
		kpm.measure(baby, LocalDate.of(2025, 3, 5), 4.0, 55.0, -1.0, -2.5, -2.5);
		List<Finding> pmt = of(Evaluations.evaluate(kpm, TAHAP2, regional), FindingKind.AID, "aid:pmtLokal");
		assertEquals(List.of("Dina", "Candra"), pmt.stream().map(f -> f.member().getName()).toList(),
				"oldest first, not the 4-month-old");
		assertEquals("granted", pmt.get(1).outcome());
		assertEquals("56", fact(pmt.get(1), "durationDays"));
		assertEquals("2025-05-26", fact(pmt.get(1), "until"));
		assertEquals("-2.30", fact(pmt.get(1), "zwfl"));
		assertTrue(pmt.get(1).text().en().contains("for 56 days"), pmt.get(1).text().en());
		assertTrue(pmt.get(1).text().id().contains("selama 56 hari"), pmt.get(1).text().id());
		assertEquals("14", fact(pmt.get(0), "durationDays"));
		assertEquals("-2.20", fact(pmt.get(0), "zwei"));
	}

	@Test
	void in2022WastingGave90DaysAndUnderweightNoPmt() {
		List<Finding> pmt = of(Evaluations.evaluate(wastedAndUnderweight(2022), LocalDate.of(2022, 4, 1), regional),
				FindingKind.AID, "aid:pmtLokal");
		assertEquals(List.of("Candra"), pmt.stream().map(f -> f.member().getName()).toList());
		assertEquals("90", fact(pmt.get(0), "durationDays"));
	}

	@Test
	void aHouseholdOutsidePaserIsUntouched() {
		Kpm kpm = mother();
		kpm.household().setDesaCode("64.02.01.2003");
		Evaluation e = Evaluations.evaluate(kpm, TAHAP2, national, regional);
		assertEquals(List.of(), Evaluations.lines(e, regional.id()));
		assertTrue(e.first(FindingKind.BENEFIT, "benefit").isPresent());
	}

	@Test
	void theNationalBenefitIsTheSameWithTheRegionalRules() {
		Kpm kpm = mother(YearMonth.of(2025, 1));
		Member child = kpm.child("Fitri", LocalDate.of(2023, 10, 1));
		kpm.measure(child, LocalDate.of(2025, 3, 5), 9.0, 80.0, -1.2, -1.9, -2.3);
		List<String> nationalFindings = Evaluations.regionalOnlyAdds(kpm, TAHAP2, national, regional);
		assertTrue(nationalFindings.stream().anyMatch(l -> l.startsWith("benefit benefit paid 1500000")),
				nationalFindings.toString());
		Evaluation both = Evaluations.evaluate(kpm, TAHAP2, national, regional);
		assertEquals(1, both.of(FindingKind.REFERRAL).size(), "the mother's referral");
		assertEquals(1, both.of(FindingKind.AID).size(), "PMT lokal of the child");
	}

	@Test
	void theRuleEngineServiceListsTheRuleSet() throws InterruptedException {
		List<String> ids = EngineService.ruleSetIds(getClass(), "region.paser");
		assertTrue(ids.contains("region.paser"), ids.toString());
	}
}
