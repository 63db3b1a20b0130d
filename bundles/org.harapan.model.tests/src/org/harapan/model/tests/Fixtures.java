package org.harapan.model.tests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.CaseEvent;
import org.harapan.model.CaseEventKind;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Conditionality;
import org.harapan.model.DisabilityLevel;
import org.harapan.model.Disbursement;
import org.harapan.model.DisbursementStatus;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.Measurement;
import org.harapan.model.MeasurementPlace;
import org.harapan.model.MeasurementPosition;
import org.harapan.model.Member;
import org.harapan.model.Referral;
import org.harapan.model.ReferralOutcome;
import org.harapan.model.ReferralService;
import org.harapan.model.RelationToHead;
import org.harapan.model.SchoolLevel;
import org.harapan.model.Sex;
import org.harapan.model.validation.Nik;

/** A complete, valid household in Bendungan Hilir (Jakarta Pusat) and a fixed clock. */
public final class Fixtures {

	/** "Today" for all tests: 15 June 2025, Jakarta time. */
	public static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
	public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
	/** Kecamatan Tanah Abang, Jakarta Pusat; desa Bendungan Hilir. */
	public static final String KECAMATAN = "31.71.07";
	public static final String DESA = "31.71.07.1002";

	private static final HarapanFactory F = HarapanFactory.eINSTANCE;

	private Fixtures() {
	}

	public static Member member(String name, Sex sex, LocalDate birth, RelationToHead relation, int serial) {
		Member m = F.createMember();
		m.setName(name);
		m.setSex(sex);
		m.setBirthDate(birth);
		m.setRelationToHead(relation);
		m.setNik(Nik.compose(KECAMATAN, birth, sex, serial));
		return m;
	}

	/** Head, pregnant wife, an SD pupil, a toddler with two measurements, an elderly grandmother. */
	public static Household household() {
		Household h = F.createHousehold();
		h.setKpmId("3171-000042");
		h.setNoKK("3171071203150007");
		h.setAddress("Jl. Bendungan Hilir Raya, RT 003/RW 002");
		h.setDesaCode(DESA);
		h.setFacilitator("pendamping.sari");
		h.setStatus(HouseholdStatus.ACTIVE);
		h.setJoinedDate(LocalDate.of(2019, 2, 1));
		h.setWelfareDecile(2);
		h.setVersion(7);

		Member head = member("Budi Santoso", Sex.MALE, LocalDate.of(1985, 4, 12), RelationToHead.HEAD, 1);
		Member wife = member("Siti Aminah", Sex.FEMALE, LocalDate.of(1988, 3, 9), RelationToHead.SPOUSE, 2);
		wife.setPregnant(true);
		wife.setExpectedDeliveryDate(LocalDate.of(2025, 9, 30));
		Member pupil = member("Dewi Lestari", Sex.FEMALE, LocalDate.of(2016, 8, 21), RelationToHead.CHILD, 3);
		pupil.setSchoolLevel(SchoolLevel.PRIMARY);
		pupil.setEnrolled(true);
		Member toddler = member("Andi Pratama", Sex.MALE, LocalDate.of(2023, 11, 5), RelationToHead.CHILD, 4);
		toddler.getMeasurements().add(measurement(LocalDate.of(2025, 5, 10), 9.8, 78.5, MeasurementPosition.LYING));
		toddler.getMeasurements().add(measurement(LocalDate.of(2025, 6, 10), 10.1, 79.4, MeasurementPosition.LYING));
		Member grandmother = member("Sumiati", Sex.FEMALE, LocalDate.of(1950, 1, 30), RelationToHead.PARENT, 5);
		grandmother.setDisability(DisabilityLevel.SEVERE);
		h.getMembers().add(head);
		h.getMembers().add(wife);
		h.getMembers().add(pupil);
		h.getMembers().add(toddler);
		h.getMembers().add(grandmother);

		Attendance a = F.createAttendance();
		a.setSessionId("P2K2-2025-05-A");
		a.setSessionDate(LocalDate.of(2025, 5, 14));
		a.setModule("Kesehatan dan Gizi");
		a.setStatus(AttendanceStatus.PRESENT);
		a.setMember(wife);
		h.getAttendances().add(a);

		ComplianceRecord c = F.createComplianceRecord();
		c.setMonth(YearMonth.of(2025, 5));
		c.setConditionality(Conditionality.GROWTH_MONITORING);
		c.setStatus(ComplianceStatus.MET);
		c.setEvidence("KMS Posyandu Melati");
		c.setMember(toddler);
		h.getComplianceRecords().add(c);

		Disbursement d = F.createDisbursement();
		d.setYear(2025);
		d.setTahap(2);
		d.setAmountRp(2_325_000L);
		d.setStatus(DisbursementStatus.PAID);
		d.setPaidDate(LocalDate.of(2025, 4, 22));
		h.getDisbursements().add(d);

		Referral r = F.createReferral();
		r.setService(ReferralService.PMT_LOKAL);
		r.setProvider("Puskesmas Tanah Abang");
		r.setReferredDate(LocalDate.of(2025, 3, 3));
		r.setStartedDate(LocalDate.of(2025, 3, 10));
		r.setOutcome(ReferralOutcome.PENDING);
		r.setMember(toddler);
		h.getReferrals().add(r);

		CaseEvent e = F.createCaseEvent();
		e.setWhen(Instant.parse("2025-05-14T02:30:00Z"));
		e.setWho("pendamping.sari");
		e.setKind(CaseEventKind.HOME_VISIT);
		e.setText("Kunjungan rumah: ibu hamil trimester 2, anak balita naik berat badan.");
		h.getEvents().add(e);
		return h;
	}

	public static Measurement measurement(LocalDate date, double weight, double height, MeasurementPosition pos) {
		Measurement m = F.createMeasurement();
		m.setDate(date);
		m.setWeightKg(weight);
		m.setHeightCm(height);
		m.setPosition(pos);
		m.setPlace(MeasurementPlace.POSYANDU);
		return m;
	}
}
