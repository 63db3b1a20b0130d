package org.harapan.rules.pkh.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.harapan.model.HouseholdStatus;
import org.harapan.model.SchoolLevel;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.rules.GrowthFacts;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.internal.Engine;
import org.harapan.rules.pkh.PkhRuleSet;
import org.junit.jupiter.api.Test;

/** The worked examples, computed by hand from the programme document's figures. */
class WorkedExamplesTest {

	static final RuleEngine ENGINE = new Engine(List.of(new PkhRuleSet()));
	static final String DESA = "64.01.05.2005";

	static Evaluation evaluate(Family f, int year, int tahap) {
		Period p = ENGINE.period(year, tahap);
		return ENGINE.evaluate(f.household(), p, (m, ms) -> null);
	}

	static Finding benefit(Evaluation e) {
		return e.first(FindingKind.BENEFIT, "benefit").orElseThrow();
	}

	static List<Finding> notPaid(Evaluation e) {
		return e.of(FindingKind.COMPONENT).stream().filter(f -> "notPaid".equals(f.outcome())).toList();
	}

	/** Pregnant mother, child of 3, primary-school child, grandmother of 75 in 2021. */
	static Family fourComponents() {
		return Family.in(DESA).head(LocalDate.of(1985, 1, 1)).pregnantMother(LocalDate.of(1990, 5, 5))
				.child("Anak tiga tahun", LocalDate.of(2017, 10, 1))
				.pupil("Murid SD", LocalDate.of(2012, 7, 1), SchoolLevel.PRIMARY)
				.elderly("Nenek", LocalDate.of(1945, 6, 1));
	}

	@Test
	void fourComponentsIn2021() {
		Evaluation e = evaluate(fourComponents(), 2021, 1);
		Finding b = benefit(e);
		assertEquals("paid", b.outcome());
		assertEquals(2_325_000L, b.amountRp(), "9,300,000 a year / 4");
		assertEquals(4, e.of(FindingKind.COMPONENT).stream().filter(f -> "paid".equals(f.outcome())).count());
		assertTrue(b.text().en().contains("9,300,000"), b.text().en());
		assertTrue(b.text().id().contains("9.300.000"), b.text().id());
		assertEquals(2_325_000L, benefit(evaluate(fourComponents(), 2021, 3)).amountRp(), "no fixed amount after 2019");
	}

	@Test
	void juniorSecondaryPushesPrimaryOutByTheCap() {
		Family f = fourComponents().pupil("Murid SMP", LocalDate.of(2008, 3, 3), SchoolLevel.JUNIOR_SECONDARY);
		Evaluation e = evaluate(f, 2021, 1);
		assertEquals(2_475_000L, benefit(e).amountRp(), "(3,000,000 + 3,000,000 + 2,400,000 + 1,500,000) / 4");
		List<Finding> out = notPaid(e);
		assertEquals(1, out.size());
		assertEquals("component:primarySchool", out.get(0).subject());
		assertTrue(out.get(0).text().en().contains("at most 4 components"), out.get(0).text().en());
		assertTrue(out.get(0).text().en().contains("the primary school (SD) component"), out.get(0).text().en());
		assertTrue(out.get(0).text().id().contains("komponen anak SD"), out.get(0).text().id());
	}

	@Test
	void twoElderlyCountOnce() {
		Family f = Family.in(DESA).head(LocalDate.of(1948, 1, 1)).elderly("Nenek", LocalDate.of(1945, 6, 1));
		Evaluation e = evaluate(f, 2021, 2);
		assertEquals(600_000L, benefit(e).amountRp(), "one elderly: 2,400,000 / 4");
		assertEquals(1, notPaid(e).size());
		assertEquals("Kepala", notPaid(e).get(0).member().getName(), "the older one (born 1945) is paid");
	}

	@Test
	void threeChildrenUnderSixCountTwice() {
		Family f = Family.in(DESA).head(LocalDate.of(1985, 1, 1)).child("A", LocalDate.of(2016, 2, 1))
				.child("B", LocalDate.of(2018, 2, 1)).child("C", LocalDate.of(2020, 2, 1));
		Evaluation e = evaluate(f, 2021, 2);
		assertEquals(1_500_000L, benefit(e).amountRp(), "two early-childhood components: 6,000,000 / 4");
		assertEquals("C", notPaid(e).get(0).member().getName(), "the youngest is not paid");
		assertTrue(notPaid(e).get(0).text().en().contains("at most 2"), notPaid(e).get(0).text().en());
	}

	@Test
	void year2019UsesItsIndexAndTheFixedAmount() {
		Evaluation t1 = evaluate(fourComponents(), 2019, 1);
		// 2019: pregnant 2,400,000, early childhood 2,400,000, SD 900,000, elderly 2,400,000 = 8,100,000
		assertEquals(8_100_000L / 4 + 550_000L, benefit(t1).amountRp());
		assertEquals(8_100_000L / 4, benefit(evaluate(fourComponents(), 2019, 2)).amountRp(), "fixed only in tahap 1");
	}

	@Test
	void year2018PaysTheFlatAmountPerFamily() {
		Evaluation e = evaluate(fourComponents(), 2018, 2);
		assertEquals(472_500L, benefit(e).amountRp(), "1,890,000 a year over 4 tahap");
		assertEquals("paid", benefit(e).outcome());
		assertTrue(e.of(FindingKind.COMPONENT).isEmpty(), "no components in 2018");
		assertTrue(e.of(FindingKind.GRADUATION).isEmpty(), "no natural graduation without components");
	}

	@Test
	void april2020ChangesTheHealthIndex() {
		assertEquals(8_100_000L / 4, benefit(evaluate(fourComponents(), 2020, 1)).amountRp());
		assertEquals(9_300_000L / 4, benefit(evaluate(fourComponents(), 2020, 2)).amountRp());
	}

	@Test
	void earlyChildhoodEndsAtTheSixthBirthdayEducationNeedsEnrolment() {
		Family f = Family.in(DESA).head(LocalDate.of(1985, 1, 1)).child("Enam", LocalDate.of(2015, 1, 1));
		assertEquals("none", benefit(evaluate(f, 2021, 1)).outcome(), "six and not enrolled: no component");
		assertEquals("natural", evaluate(f, 2021, 1).first(FindingKind.GRADUATION, "graduation").orElseThrow()
				.outcome());
		Family g = Family.in(DESA).head(LocalDate.of(1985, 1, 1)).child("Lima", LocalDate.of(2015, 1, 2));
		assertEquals(750_000L, benefit(evaluate(g, 2021, 1)).amountRp(), "one day before the sixth birthday");
	}

	@Test
	void statusDecidesBeforeComponents() {
		Family f = fourComponents();
		f.household().setStatus(HouseholdStatus.SUSPENDED);
		assertEquals("suspended", benefit(evaluate(f, 2021, 1)).outcome());
		assertEquals(0L, benefit(evaluate(f, 2021, 1)).amountRp());
		f.household().setStatus(HouseholdStatus.GRADUATED_SELF_RELIANT);
		assertEquals("graduated", benefit(evaluate(f, 2021, 1)).outcome());
	}

	@Test
	void aHouseholdThatJoinedAfterTheTahapGetsNothingForIt() {
		Family f = fourComponents();
		f.household().setJoinedDate(LocalDate.of(2021, 4, 1));
		assertEquals("none", benefit(evaluate(f, 2021, 1)).outcome());
		assertTrue(benefit(evaluate(f, 2021, 1)).text().en().contains("joined PKH only on 2021-04-01"));
		assertEquals(2_325_000L, benefit(evaluate(f, 2021, 2)).amountRp(), "joined on the tahap's first day");
	}

	@Test
	void everyFindingIsExplained() {
		for (Finding f : evaluate(fourComponents(), 2021, 1).findings()) {
			assertEquals(PkhRuleSet.ID, f.explanation().ruleSetId());
			assertTrue(!f.text().id().isBlank() && !f.text().en().isBlank());
			assertTrue(!f.text().id().equals(f.text().en()), f.text().en());
		}
		assertTrue(GrowthFacts.NONE.points(null).isEmpty());
	}
}
