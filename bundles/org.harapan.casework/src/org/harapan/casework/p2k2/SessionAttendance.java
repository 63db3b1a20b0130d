package org.harapan.casework.p2k2;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.CaseEvent;
import org.harapan.model.CaseEventKind;
import org.harapan.model.Household;

/**
 * A KPM's attendance at one session of its P2K2 group as the session sheet records it: the status and, for an
 * excused absence, the reason ({@link Attendance#getReason()}). Files recorded before attendance had a reason kept it
 * as a note in the household file (a {@link CaseEvent} whose source names the group, session and date): it is still
 * read, and recording the session again moves it into the attendance. Recording the same again changes nothing.
 */
public final class SessionAttendance {

	private SessionAttendance() {
	}

	/** The status recorded for the household at the session, if any. */
	public static Optional<AttendanceStatus> status(Household h, String groupId, int session, LocalDate date) {
		return attendance(h, groupId, session, date).map(Attendance::getStatus);
	}

	/** The reason recorded for an excused absence at the session (or in an older file's note), or an empty string. */
	public static String reason(Household h, String groupId, int session, LocalDate date) {
		String reason = attendance(h, groupId, session, date).map(Attendance::getReason).orElse(null);
		if (reason != null && !reason.isBlank()) {
			return reason;
		}
		CaseEvent note = olderNote(h, groupId, session, date);
		return note == null || note.getText() == null ? "" : note.getText(); //$NON-NLS-1$
	}

	/**
	 * Records the household's attendance ({@link P2k2Groups#attend}) and, when excused, the reason in the attendance
	 * (removed when no longer excused; the note of an older file is moved into it); {@code true} when anything
	 * changed. A household of another group is left as it is.
	 */
	public static boolean record(Household h, String groupId, int session, LocalDate date, AttendanceStatus status,
			String reason) {
		if (!groupId.equals(h.getP2k2Group())) {
			return false;
		}
		boolean changed = P2k2Groups.attend(h, groupId, session, date, status);
		Attendance a = attendance(h, groupId, session, date).orElseThrow();
		String text = status == AttendanceStatus.EXCUSED && reason != null ? reason.strip() : ""; //$NON-NLS-1$
		String stored = text.isEmpty() ? null : text;
		if (!Objects.equals(stored, a.getReason())) {
			a.setReason(stored);
			changed = true;
		}
		CaseEvent note = olderNote(h, groupId, session, date);
		if (note != null) {
			h.getEvents().remove(note);
			changed = true;
		}
		return changed;
	}

	private static Optional<Attendance> attendance(Household h, String groupId, int session, LocalDate date) {
		for (Attendance a : h.getAttendances()) {
			if (groupId.equals(a.getGroupId()) && a.getSessionNumber() == session && date.equals(a.getSessionDate())) {
				return Optional.of(a);
			}
		}
		return Optional.empty();
	}

	/** The note of an excused absence as files recorded before attendance had a reason: {@code P2K2 GROUP session N DATE}. */
	private static CaseEvent olderNote(Household h, String groupId, int session, LocalDate date) {
		String source = "P2K2 " + groupId + " session " + session + " " + date; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (CaseEvent e : h.getEvents()) {
			if (e.getKind() == CaseEventKind.NOTE && source.equals(e.getSource())) {
				return e;
			}
		}
		return null;
	}
}
