package org.harapan.ui.household.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.harapan.model.HarapanFactory;
import org.harapan.model.HarapanPackage.Literals;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.ui.household.internal.editor.HouseholdDiff;
import org.harapan.ui.household.internal.editor.RecordPages;
import org.harapan.ui.household.internal.editor.Values;
import org.junit.jupiter.api.Test;

/** What a typed text means in a field, in the workbench's language, and the fields two versions differ in. */
class ValuesAndDiffTest {

	@Test
	void decimalsWithPointOrCommaDatesAsTypedEmptyIsNotMeasured() {
		assertEquals(9.6, Values.parse(Literals.MEASUREMENT__WEIGHT_KG, "9,6")); //$NON-NLS-1$
		assertEquals(9.6, Values.parse(Literals.MEASUREMENT__WEIGHT_KG, " 9.6 ")); //$NON-NLS-1$
		assertEquals(0d, Values.parse(Literals.MEASUREMENT__WEIGHT_KG, "")); //$NON-NLS-1$
		LocalDate date = LocalDate.of(2025, 3, 1);
		assertEquals(date, Values.parse(Literals.MEASUREMENT__DATE, "2025-03-01")); //$NON-NLS-1$
		assertEquals(date, Values.parse(Literals.MEASUREMENT__DATE, "1/3/2025")); //$NON-NLS-1$
		assertEquals(date, Values.parse(Literals.MEASUREMENT__DATE, Values.date(date)), "as the editor shows it"); //$NON-NLS-1$
		assertEquals(1_500_000L, Values.parse(Literals.DISBURSEMENT__AMOUNT_RP, Values.rupiah(1_500_000)));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Values.parse(Literals.MEASUREMENT__DATE, "kemarin")); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("kemarin"), e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void theDiffNamesEachDifferingFieldWithBothValues() {
		Household mine = HarapanFactory.eINSTANCE.createHousehold();
		mine.setKpmId("KPM-X"); //$NON-NLS-1$
		mine.setAddress("RT 1"); //$NON-NLS-1$
		Member child = HarapanFactory.eINSTANCE.createMember();
		child.setNik("6401054101230001"); //$NON-NLS-1$
		child.setName("Putri"); //$NON-NLS-1$
		child.setBirthDate(LocalDate.of(2023, 1, 1));
		mine.getMembers().add(child);
		Household theirs = EcoreUtil.copy(mine);
		theirs.setAddress("RT 2"); //$NON-NLS-1$
		Measurement m = RecordPages.measurement(theirs.getMembers().get(0), LocalDate.of(2024, 1, 1));
		m.setWeightKg(9.5);
		theirs.getMembers().get(0).getMeasurements().add(m);

		List<HouseholdDiff.Row> rows = HouseholdDiff.of(mine, theirs);
		assertTrue(rows.contains(new HouseholdDiff.Row(Values.name(Literals.HOUSEHOLD__ADDRESS), "RT 1", "RT 2")), //$NON-NLS-1$ //$NON-NLS-2$
				rows.toString());
		assertTrue(rows.stream().anyMatch(r -> r.field().contains("6401054101230001") //$NON-NLS-1$
				&& r.field().endsWith(Values.name(Literals.MEASUREMENT__WEIGHT_KG)) && r.mine().isEmpty()
				&& r.theirs().equals(Values.number(9.5))), rows.toString());
		assertTrue(HouseholdDiff.of(mine, EcoreUtil.copy(mine)).isEmpty(), "a copy has no differences"); //$NON-NLS-1$
	}
}
