package org.harapan.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.harapan.model.DisabilityLevel;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.model.PkhComponent;
import org.harapan.model.RelationToHead;
import org.harapan.model.SchoolLevel;
import org.harapan.model.Sex;
import org.junit.jupiter.api.Test;

/** The derived features of the model, given as operations. */
class OperationsTest {

	private static final LocalDate AT = Fixtures.TODAY;

	private static Member child(LocalDate birth) {
		return Fixtures.member("Anak", Sex.MALE, birth, RelationToHead.CHILD, 1);
	}

	@Test
	void ageInDays() {
		Member m = child(LocalDate.of(2023, 6, 15));
		assertEquals(731, m.ageInDays(AT), "two years including 29 Feb 2024");
		assertEquals(0, m.ageInDays(LocalDate.of(2023, 6, 15)));
		assertEquals(-1, m.ageInDays(LocalDate.of(2023, 6, 14)), "before birth");
		assertEquals(24, m.ageInMonths(AT));
		assertEquals(2, m.ageInYears(AT));
		m.setBirthDate(null);
		assertEquals(-1, m.ageInDays(AT));
	}

	@Test
	void householdOperations() {
		Household h = Fixtures.household();
		assertEquals("Budi Santoso", h.head().getName());
		assertSame(h.getMembers().get(2), h.findMember(h.getMembers().get(2).getNik()));
		assertNull(h.findMember("0000000000000000"));
		assertEquals("31.71.07", h.kecamatanCode());
		assertEquals("31.71", h.kabupatenCode());
		h.setDesaCode(null);
		assertNull(h.kabupatenCode());
	}

	@Test
	void componentsOfTheFixtureFamily() {
		Household h = Fixtures.household();
		assertEquals(List.of(), h.getMembers().get(0).components(AT), "head");
		assertEquals(List.of(PkhComponent.PREGNANT), h.getMembers().get(1).components(AT));
		assertEquals(List.of(PkhComponent.PRIMARY_SCHOOL), h.getMembers().get(2).components(AT));
		assertEquals(List.of(PkhComponent.EARLY_CHILDHOOD), h.getMembers().get(3).components(AT));
		assertEquals(List.of(PkhComponent.SEVERE_DISABILITY, PkhComponent.ELDERLY),
				h.getMembers().get(4).components(AT));
	}

	@Test
	void earlyChildhoodUntilSevenOrSchool() {
		Member m = child(LocalDate.of(2018, 7, 1));
		assertEquals(List.of(PkhComponent.EARLY_CHILDHOOD), m.components(AT), "6 years, not in school");
		m.setSchoolLevel(SchoolLevel.PRIMARY);
		m.setEnrolled(true);
		assertEquals(List.of(PkhComponent.PRIMARY_SCHOOL), m.components(AT), "6 years, enrolled in SD");
		assertEquals(List.of(PkhComponent.PRIMARY_SCHOOL), m.components(LocalDate.of(2025, 7, 1)));
		m.setEnrolled(false);
		assertEquals(List.of(), m.components(LocalDate.of(2025, 7, 1)), "7, not enrolled: nothing");
	}

	@Test
	void educationByLevelAndAge() {
		Member m = child(LocalDate.of(2010, 1, 1));
		m.setEnrolled(true);
		m.setSchoolLevel(SchoolLevel.JUNIOR_SECONDARY);
		assertEquals(List.of(PkhComponent.JUNIOR_SECONDARY_SCHOOL), m.components(AT));
		m.setSchoolLevel(SchoolLevel.SENIOR_SECONDARY);
		assertEquals(List.of(PkhComponent.SENIOR_SECONDARY_SCHOOL), m.components(AT));
		assertEquals(List.of(PkhComponent.SENIOR_SECONDARY_SCHOOL), m.components(LocalDate.of(2031, 12, 31)), "21");
		assertEquals(List.of(), m.components(LocalDate.of(2032, 1, 1)), "22 is too old");
		m.setSchoolLevel(SchoolLevel.TERTIARY);
		assertEquals(List.of(), m.components(AT));
	}

	@Test
	void elderlyFrom70AndSevereDisability() {
		Member m = Fixtures.member("Mbah", Sex.MALE, LocalDate.of(1955, 6, 16), RelationToHead.PARENT, 1);
		assertFalse(m.isElderly(AT), "69 until tomorrow");
		assertTrue(m.isElderly(AT.plusDays(1)));
		m.setDisability(DisabilityLevel.MODERATE);
		assertEquals(List.of(PkhComponent.ELDERLY), m.components(AT.plusDays(1)));
		m.setDisability(DisabilityLevel.SEVERE);
		assertEquals(List.of(PkhComponent.SEVERE_DISABILITY), m.components(AT));
	}

	@Test
	void pregnancyCountsOnlyForWomen() {
		Member m = Fixtures.member("Ayu", Sex.FEMALE, LocalDate.of(1999, 1, 1), RelationToHead.SPOUSE, 1);
		m.setPregnant(true);
		assertEquals(List.of(PkhComponent.PREGNANT), m.components(AT));
		m.setSex(Sex.MALE);
		assertEquals(List.of(), m.components(AT));
	}
}
