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
}
