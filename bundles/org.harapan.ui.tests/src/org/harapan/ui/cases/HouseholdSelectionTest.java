package org.harapan.ui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.StructuredSelection;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.Member;
import org.harapan.store.HouseholdSummary;
import org.junit.jupiter.api.Test;

/** The household views understand the navigator's rows and the editors' households and members. */
class HouseholdSelectionTest {

	@Test
	void aCaseloadRowNamesItsHousehold() {
		HouseholdSummary row = new HouseholdSummary("KPM-7", "6401050000000007", "Siti", "64.01.05.2005", "p1", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				HouseholdStatus.ACTIVE, 3, 1);
		assertEquals(Optional.of(new HouseholdSelection("KPM-7", null)), //$NON-NLS-1$
				HouseholdSelection.of(new StructuredSelection(row)));
	}

	@Test
	void aMemberNamesItsHouseholdAndItself() {
		Household household = HarapanFactory.eINSTANCE.createHousehold();
		household.setKpmId("KPM-8"); //$NON-NLS-1$
		Member child = HarapanFactory.eINSTANCE.createMember();
		child.setNik("6401054506250002"); //$NON-NLS-1$
		household.getMembers().add(child);
		assertEquals(Optional.of(new HouseholdSelection("KPM-8", "6401054506250002")), //$NON-NLS-1$ //$NON-NLS-2$
				HouseholdSelection.of(new StructuredSelection(List.of("other", child)))); //$NON-NLS-1$
		assertEquals(Optional.of(new HouseholdSelection("KPM-8", null)), //$NON-NLS-1$
				HouseholdSelection.of(new StructuredSelection(household)));
	}

	@Test
	void otherSelectionsNameNoHousehold() {
		assertTrue(HouseholdSelection.of(StructuredSelection.EMPTY).isEmpty());
		assertTrue(HouseholdSelection.of(new StructuredSelection("text")).isEmpty()); //$NON-NLS-1$
		assertTrue(HouseholdSelection.of(null).isEmpty());
	}
}
