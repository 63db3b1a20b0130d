package org.harapan.casework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.harapan.casework.decisions.Verifications;
import org.harapan.casework.p2k2.P2k2Groups;
import org.harapan.casework.p2k2.SessionAttendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.CaseEvent;
import org.harapan.model.CaseEventKind;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Conditionality;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.junit.jupiter.api.Test;

/** What the monthly screens record in a household file: session attendance with its reason, verified commitments. */
class MonthlyRecordsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
	private static final LocalDate SESSION = LocalDate.of(2026, 11, 12);
	private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z"); //$NON-NLS-1$

	@Test
	void anExcusedAbsenceKeepsItsReasonInTheAttendance() {
		Household h = Households.with(1, TODAY, 77);
		h.setP2k2Group("G1"); //$NON-NLS-1$
		int events = h.getEvents().size();
		assertTrue(SessionAttendance.record(h, "G1", 5, SESSION, AttendanceStatus.EXCUSED, " sakit ")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(AttendanceStatus.EXCUSED, SessionAttendance.status(h, "G1", 5, SESSION).orElseThrow()); //$NON-NLS-1$
		assertEquals("sakit", SessionAttendance.reason(h, "G1", 5, SESSION)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("sakit", h.getAttendances().get(0).getReason()); //$NON-NLS-1$
		assertEquals(events, h.getEvents().size(), "no note any more"); //$NON-NLS-1$

		assertFalse(SessionAttendance.record(h, "G1", 5, SESSION, AttendanceStatus.EXCUSED, "sakit"), //$NON-NLS-1$ //$NON-NLS-2$
				"the same again changes nothing"); //$NON-NLS-1$
		assertTrue(SessionAttendance.record(h, "G1", 5, SESSION, AttendanceStatus.EXCUSED, "banjir")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("banjir", SessionAttendance.reason(h, "G1", 5, SESSION)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(SessionAttendance.record(h, "G1", 5, SESSION, AttendanceStatus.PRESENT, "")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("", SessionAttendance.reason(h, "G1", 5, SESSION), "present: no reason"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertNull(h.getAttendances().get(0).getReason());
		assertEquals(1, h.getAttendances().size());
		assertTrue(SessionAttendance.status(h, "G1", 6, SESSION).isEmpty()); //$NON-NLS-1$
		assertFalse(SessionAttendance.record(h, "G2", 5, SESSION, AttendanceStatus.ABSENT, ""), //$NON-NLS-1$ //$NON-NLS-2$
				"another group's session is not this household's"); //$NON-NLS-1$
	}

	@Test
	void theReasonAnOlderFileKeptAsANoteIsReadAndMovedIntoTheAttendance() {
		Household h = Households.with(1, TODAY, 77);
		h.setP2k2Group("G1"); //$NON-NLS-1$
		P2k2Groups.attend(h, "G1", 5, SESSION, AttendanceStatus.EXCUSED); //$NON-NLS-1$
		CaseEvent note = HarapanFactory.eINSTANCE.createCaseEvent(); // as the session sheet wrote it before
		note.setKind(CaseEventKind.NOTE);
		note.setSource("P2K2 G1 session 5 " + SESSION); //$NON-NLS-1$
		note.setText("sakit"); //$NON-NLS-1$
		note.setWho("ani"); //$NON-NLS-1$
		note.setWhen(NOW);
		h.getEvents().add(note);
		assertEquals("sakit", SessionAttendance.reason(h, "G1", 5, SESSION)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(SessionAttendance.record(h, "G1", 5, SESSION, AttendanceStatus.EXCUSED, "sakit"), //$NON-NLS-1$ //$NON-NLS-2$
				"recorded again: the reason moves"); //$NON-NLS-1$
		assertEquals("sakit", h.getAttendances().get(0).getReason()); //$NON-NLS-1$
		assertFalse(h.getEvents().contains(note));
		assertEquals("sakit", SessionAttendance.reason(h, "G1", 5, SESSION)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(P2k2Groups.attend(h, "G1", 5, SESSION, AttendanceStatus.PRESENT), "e.g. p2k2 attend"); //$NON-NLS-1$ //$NON-NLS-2$
		assertNull(h.getAttendances().get(0).getReason(), "present: no reason kept"); //$NON-NLS-1$
	}

	@Test
	void aVerifiedCommitmentIsOneRecordPerMonthMemberAndConditionality() {
		Household h = Households.with(2, TODAY, 77);
		String child = h.getMembers().get(1).getNik();
		YearMonth october = YearMonth.of(2026, 10);
		assertTrue(Verifications.record(h, october, child, Conditionality.GROWTH_MONITORING, ComplianceStatus.NOT_MET,
				"Buku KIA")); //$NON-NLS-1$
		assertFalse(Verifications.record(h, october, child, Conditionality.GROWTH_MONITORING,
				ComplianceStatus.NOT_MET, " Buku KIA "), "the same again changes nothing"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(Verifications.record(h, october, child, Conditionality.GROWTH_MONITORING, ComplianceStatus.EXEMPT,
				"")); //$NON-NLS-1$
		assertTrue(Verifications.record(h, october, child, Conditionality.VITAMIN_A, ComplianceStatus.MET, null));
		assertEquals(2, h.getComplianceRecords().size());
		ComplianceRecord growth = h.getComplianceRecords().get(0);
		assertEquals(ComplianceStatus.EXEMPT, growth.getStatus());
		assertNull(growth.getEvidence());
		assertEquals(h.getMembers().get(1), growth.getMember());
		assertFalse(Verifications.record(h, october, "6401000000000000", Conditionality.VITAMIN_A, //$NON-NLS-1$
				ComplianceStatus.MET, null), "no member with that NIK"); //$NON-NLS-1$
	}
}
