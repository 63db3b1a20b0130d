package org.harapan.rules.pkh.tests;

import static org.harapan.model.ComplianceStatus.EXEMPT;
import static org.harapan.model.ComplianceStatus.MET;
import static org.harapan.model.ComplianceStatus.NOT_MET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.harapan.model.SchoolLevel;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.junit.jupiter.api.Test;

/** The sanction ladder over six months of records with an exemption month. */
class SanctionLadderTest {

	/** A family with one SD pupil: Rp 225,000 a tahap in 2021. */
	static Family pupil() {
		return Family.in(WorkedExamplesTest.DESA).head(LocalDate.of(1985, 1, 1)).pupil("Murid",
				LocalDate.of(2012, 7, 1), SchoolLevel.PRIMARY);
	}

	static List<String> steps(Evaluation e) {
		return e.of(FindingKind.SANCTION).stream().map(f -> f.subject().substring(9) + " " + f.outcome()).toList();
	}

	@Test
	void oneMissedMonthCutsTenPercent() {
		Family f = pupil().compliance(YearMonth.of(2021, 1), MET).compliance(YearMonth.of(2021, 2), NOT_MET)
				.compliance(YearMonth.of(2021, 3), MET);
		Evaluation e = WorkedExamplesTest.evaluate(f, 2021, 2);
		Finding b = WorkedExamplesTest.benefit(e);
		assertEquals("cut", b.outcome());
		assertEquals(202_500L, b.amountRp(), "225,000 - 10%");
		assertEquals(List.of("2021-02 cut"), steps(e));
		assertTrue(b.text().en().contains("cut by 10%"), b.text().en());
	}

	@Test
	void exemptMonthNeitherBreaksNorExtendsTheRun() {
		// Oct notMet, Nov exempt (no posyandu), Dec notMet, Jan notMet: three non-compliant months = a cycle
		Family f = pupil().compliance(YearMonth.of(2020, 10), NOT_MET).compliance(YearMonth.of(2020, 11), EXEMPT)
				.compliance(YearMonth.of(2020, 12), NOT_MET).compliance(YearMonth.of(2021, 1), NOT_MET);
		Evaluation e = WorkedExamplesTest.evaluate(f, 2021, 2);
		assertEquals(List.of("2020-10 cut", "2020-12 cut", "2021-01 suspended"), steps(e));
		assertEquals("suspended", WorkedExamplesTest.benefit(e).outcome());
		assertEquals(0L, WorkedExamplesTest.benefit(e).amountRp());
		Evaluation q1 = WorkedExamplesTest.evaluate(f, 2021, 1);
		assertEquals("exempt", q1.first(FindingKind.COMPLIANCE, "compliance:2020-11").orElseThrow().outcome());
		assertEquals("cut", WorkedExamplesTest.benefit(q1).outcome(), "two non-compliant months in Oct-Dec");
		assertEquals(180_000L, WorkedExamplesTest.benefit(q1).amountRp(), "225,000 - 20%");
	}

	@Test
	void complianceReinstatesThenASecondCycleCancels() {
		Family f = pupil().compliance(YearMonth.of(2020, 7), NOT_MET).compliance(YearMonth.of(2020, 8), NOT_MET)
				.compliance(YearMonth.of(2020, 9), NOT_MET) // cycle 1: suspended
				.compliance(YearMonth.of(2020, 10), MET) // reinstated
				.compliance(YearMonth.of(2020, 11), EXEMPT);
		Evaluation q1 = WorkedExamplesTest.evaluate(f, 2021, 1);
		assertEquals(List.of("2020-07 cut", "2020-08 cut", "2020-09 suspended", "2020-10 reinstated"), steps(q1));
		assertEquals("paid", WorkedExamplesTest.benefit(q1).outcome(), "reinstated, no violation in Oct-Dec");
		assertEquals(225_000L, WorkedExamplesTest.benefit(q1).amountRp());
		f.compliance(YearMonth.of(2020, 12), NOT_MET).compliance(YearMonth.of(2021, 1), NOT_MET)
				.compliance(YearMonth.of(2021, 2), NOT_MET);
		Evaluation q2 = WorkedExamplesTest.evaluate(f, 2021, 2);
		assertTrue(steps(q2).contains("2021-02 cancelled"), steps(q2).toString());
		assertEquals("cancelled", WorkedExamplesTest.benefit(q2).outcome());
		assertEquals("forced", q2.first(FindingKind.GRADUATION, "graduation").orElseThrow().outcome(),
				"graduasi paksa proposed after cancellation");
	}

	@Test
	void monthsWithoutRecordAreNotVerifiedNotViolations() {
		Family f = pupil().compliance(YearMonth.of(2020, 12), MET);
		Evaluation e = WorkedExamplesTest.evaluate(f, 2021, 2);
		assertEquals("paid", WorkedExamplesTest.benefit(e).outcome());
		assertEquals(3, e.of(FindingKind.COMPLIANCE).stream().filter(c -> "notVerified".equals(c.outcome())).count());
	}
}
