package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.Household;
import org.junit.jupiter.api.Test;

/**
 * Households stored by an earlier version of the model stay readable: {@code household-before-attendance-reason.bin}
 * is the content blob (marker byte and EMF binary) of a household with an excused P2K2 absence as the store wrote it
 * before {@code Attendance.reason} existed (the reason then was a case-event note).
 */
class StoredFormatTest {

	private static byte[] before() throws IOException {
		try (InputStream in = StoredFormatTest.class.getResourceAsStream("household-before-attendance-reason.bin")) { //$NON-NLS-1$
			return in.readAllBytes();
		}
	}

	@Test
	void aHouseholdStoredBeforeAttendanceHadAReasonIsReadWithoutOneAndIsNotSeenAsChanged() throws IOException {
		byte[] stored = before();
		Household h = HouseholdCodec.decode("KPM-6401-OLD001", stored); //$NON-NLS-1$
		assertEquals(2, h.getAttendances().size());
		Attendance excused = h.getAttendances().get(1);
		assertEquals(AttendanceStatus.EXCUSED, excused.getStatus());
		assertEquals(LocalDate.of(2025, 3, 4), excused.getSessionDate());
		assertEquals(h.getMembers().get(0), excused.getMember());
		assertNull(excused.getReason());
		assertEquals("sakit demam", h.getEvents().get(0).getText()); //$NON-NLS-1$
		assertArrayEquals(HouseholdCodec.unpack(stored), HouseholdCodec.serialize(h),
				"written again unchanged: same bytes, same hash, so not a change"); //$NON-NLS-1$
	}

	@Test
	void theReasonOfAnExcusedAbsenceIsStoredAndReadBack() throws IOException {
		Household h = HouseholdCodec.decode("KPM-6401-OLD001", before()); //$NON-NLS-1$
		h.getAttendances().get(1).setReason("sakit demam"); //$NON-NLS-1$
		Household read = HouseholdCodec.decode(h.getKpmId(), HouseholdCodec.pack(HouseholdCodec.serialize(h)));
		assertEquals("sakit demam", read.getAttendances().get(1).getReason()); //$NON-NLS-1$
		assertNull(read.getAttendances().get(0).getReason());
	}
}
