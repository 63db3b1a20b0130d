package org.harapan.rules.pkh.tests;

import java.time.LocalDate;
import java.time.YearMonth;

import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Conditionality;
import org.harapan.model.DisabilityLevel;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.Member;
import org.harapan.model.RelationToHead;
import org.harapan.model.SchoolLevel;
import org.harapan.model.Sex;

/** Builds test households member by member. */
final class Family {

	private static final HarapanFactory F = HarapanFactory.eINSTANCE;
	private final Household h = F.createHousehold();
	private int serial;

	Family(String desaCode) {
		h.setKpmId("KPM-TEST-" + desaCode);
		h.setDesaCode(desaCode);
		h.setStatus(HouseholdStatus.ACTIVE);
		h.setWelfareDecile(2);
	}

	static Family in(String desaCode) {
		return new Family(desaCode);
	}

	Household household() {
		return h;
	}

	Member add(String name, Sex sex, LocalDate birth, RelationToHead relation) {
		Member m = F.createMember();
		m.setName(name);
		m.setSex(sex);
		m.setBirthDate(birth);
		m.setRelationToHead(relation);
		m.setNik(String.format("640105%02d%02d%02d%04d", birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0),
				birth.getMonthValue(), birth.getYear() % 100, ++serial));
		h.getMembers().add(m);
		return m;
	}

	Family head(LocalDate birth) {
		add("Kepala", Sex.MALE, birth, RelationToHead.HEAD);
		return this;
	}

	Family pregnantMother(LocalDate birth) {
		add("Ibu", Sex.FEMALE, birth, RelationToHead.SPOUSE).setPregnant(true);
		return this;
	}

	Family child(String name, LocalDate birth) {
		add(name, Sex.MALE, birth, RelationToHead.CHILD);
		return this;
	}

	Family pupil(String name, LocalDate birth, SchoolLevel level) {
		Member m = add(name, Sex.FEMALE, birth, RelationToHead.CHILD);
		m.setSchoolLevel(level);
		m.setEnrolled(true);
		return this;
	}

	Family elderly(String name, LocalDate birth) {
		add(name, Sex.FEMALE, birth, RelationToHead.PARENT);
		return this;
	}

	Family disabled(String name, LocalDate birth) {
		add(name, Sex.MALE, birth, RelationToHead.OTHER_RELATIVE).setDisability(DisabilityLevel.SEVERE);
		return this;
	}

	Family compliance(YearMonth month, ComplianceStatus status) {
		ComplianceRecord r = F.createComplianceRecord();
		r.setMonth(month);
		r.setConditionality(Conditionality.SCHOOL_ATTENDANCE);
		r.setStatus(status);
		r.setMember(h.getMembers().get(h.getMembers().size() - 1));
		h.getComplianceRecords().add(r);
		return this;
	}
}
