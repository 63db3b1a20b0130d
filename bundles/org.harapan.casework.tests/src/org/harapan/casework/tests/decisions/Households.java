package org.harapan.casework.tests.decisions;

import java.time.LocalDate;

import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.Member;
import org.harapan.model.RelationToHead;
import org.harapan.model.SchoolLevel;
import org.harapan.model.Sex;

/** Small households for the decision tests. */
final class Households {

	private Households() {
	}

	static Member member(Household h, String name, Sex sex, LocalDate birth, RelationToHead relation) {
		Member m = HarapanFactory.eINSTANCE.createMember();
		m.setName(name);
		m.setSex(sex);
		m.setBirthDate(birth);
		m.setRelationToHead(relation);
		m.setNik(String.format("640105%02d%02d%02d%04d", birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0),
				birth.getMonthValue(), birth.getYear() % 100, h.getMembers().size() + 1));
		h.getMembers().add(m);
		return m;
	}

	static Household household(String kpmId) {
		Household h = HarapanFactory.eINSTANCE.createHousehold();
		h.setKpmId(kpmId);
		h.setDesaCode("64.01.05.2005");
		h.setFacilitator("pendamping.a");
		h.setStatus(HouseholdStatus.ACTIVE);
		h.setWelfareDecile(2);
		return h;
	}

	/** Pregnant mother, child of 3, SD pupil, grandmother of 75 (in 2021): Rp 2,325,000 a tahap. */
	static Household fourComponents(String kpmId) {
		Household h = household(kpmId);
		member(h, "Kepala", Sex.MALE, LocalDate.of(1985, 1, 1), RelationToHead.HEAD);
		member(h, "Ibu", Sex.FEMALE, LocalDate.of(1990, 5, 5), RelationToHead.SPOUSE).setPregnant(true);
		member(h, "Balita", Sex.MALE, LocalDate.of(2017, 10, 1), RelationToHead.CHILD);
		Member pupil = member(h, "Murid", Sex.FEMALE, LocalDate.of(2012, 7, 1), RelationToHead.CHILD);
		pupil.setSchoolLevel(SchoolLevel.PRIMARY);
		pupil.setEnrolled(true);
		member(h, "Nenek", Sex.FEMALE, LocalDate.of(1945, 6, 1), RelationToHead.PARENT);
		return h;
	}
}
