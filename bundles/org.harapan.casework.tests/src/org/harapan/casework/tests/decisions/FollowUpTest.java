package org.harapan.casework.tests.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.harapan.casework.decisions.ReferralFollowUp;
import org.harapan.casework.p2k2.P2k2Group;
import org.harapan.casework.p2k2.P2k2Groups;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.Referral;
import org.harapan.model.ReferralOutcome;
import org.harapan.model.ReferralState;
import org.junit.jupiter.api.Test;

/** Referral follow-up states and P2K2 group attendance. */
class FollowUpTest {

	@Test
	void referralMovesOpenAcceptedDoneAndNotBack() {
		Referral r = HarapanFactory.eINSTANCE.createReferral();
		r.setState(ReferralState.OPEN);
		assertFalse(ReferralFollowUp.move(r, ReferralState.DONE, ReferralOutcome.PENDING, LocalDate.of(2024, 1, 2)),
				"done needs an outcome");
		assertTrue(ReferralFollowUp.move(r, ReferralState.ACCEPTED, null, LocalDate.of(2024, 1, 2)));
		assertEquals(LocalDate.of(2024, 1, 2), r.getStartedDate());
		assertFalse(ReferralFollowUp.move(r, ReferralState.REJECTED, null, LocalDate.of(2024, 1, 3)));
		assertTrue(ReferralFollowUp.move(r, ReferralState.DONE, ReferralOutcome.IMPROVED, LocalDate.of(2024, 3, 1)));
		assertEquals(ReferralOutcome.IMPROVED, r.getOutcome());
		assertFalse(ReferralFollowUp.move(r, ReferralState.OPEN, null, LocalDate.of(2024, 3, 2)));
		Referral declined = HarapanFactory.eINSTANCE.createReferral();
		assertTrue(ReferralFollowUp.move(declined, ReferralState.REJECTED, null, LocalDate.of(2024, 1, 2)));
		assertEquals(ReferralOutcome.DECLINED, declined.getOutcome());
	}

	@Test
	void groupAttendanceIsRecordedOncePerSession() {
		Household a = Households.household("KPM-A");
		Household b = Households.household("KPM-B");
		Household other = Households.household("KPM-C");
		a.setP2k2Group("G1");
		b.setP2k2Group("G1");
		other.setP2k2Group("G2");
		LocalDate d = LocalDate.of(2024, 5, 7);
		assertTrue(P2k2Groups.attend(a, "G1", 5, d, AttendanceStatus.PRESENT));
		assertTrue(P2k2Groups.attend(b, "G1", 5, d, AttendanceStatus.ABSENT));
		assertFalse(P2k2Groups.attend(b, "G1", 5, d, AttendanceStatus.ABSENT), "already recorded");
		assertTrue(P2k2Groups.attend(b, "G1", 5, d, AttendanceStatus.EXCUSED), "corrected");
		assertFalse(P2k2Groups.attend(other, "G1", 5, d, AttendanceStatus.PRESENT), "not in the group");
		P2k2Group g = P2k2Groups.of(List.of(a, b, other)).get("G1");
		assertEquals(List.of("KPM-A", "KPM-B"), g.kpmIds());
		assertEquals(1, g.sessions().size());
		assertEquals(1, g.sessions().get(0).present());
		assertEquals(1, g.sessions().get(0).excused());
		assertEquals(0.5, g.attendanceRate(), 1e-9);
		assertFalse(P2k2Groups.sizeAllowed(g, 10, 30), "two KPM are too few for a group");
	}
}
