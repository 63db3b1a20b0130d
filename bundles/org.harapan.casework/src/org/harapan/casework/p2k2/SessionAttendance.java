package org.harapan.casework.p2k2;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.CaseEvent;
import org.harapan.model.CaseEventKind;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;

/**
 * A KPM's attendance at one session of its P2K2 group as the session sheet records it: the status and, for an
 * excused absence, the reason, kept as a note in the household file (a {@link CaseEvent} whose source names the
 * group, session and date). Recording the same again changes nothing.
 */
public final class SessionAttendance {

	private SessionAttendance() {
	}

	/** The status recorded for the household at the session, if any. */
	public static Optional<AttendanceStatus> status(Household h, String groupId, int session, LocalDate date) {
		for (Attendance a : h.getAttendances()) {
			if (groupId.equals(a.getGroupId()) && a.getSessionNumber() == session && date.equals(a.getSessionDate())) {
				return Optional.ofNullable(a.getStatus());
			}
		}
		return Optional.empty();
	}

	/** The reason recorded for an excused absence at the session, or an empty string. */
	public static String reason(Household h, String groupId, int session, LocalDate date) {
		CaseEvent note = note(h, source(groupId, session, date));
		return note == null || note.getText() == null ? "" : note.getText(); //$NON-NLS-1$
	}

	/**
	 * Records the household's attendance ({@link P2k2Groups#attend}) and, when excused, the reason as a note by
	 * {@code user} at {@code now} (a note of an earlier recording is replaced, or removed when no longer excused);
	 * {@code true} when anything changed. A household of another group is left as it is.
	 */
	public static boolean record(Household h, String groupId, int session, LocalDate date, AttendanceStatus status,
			String reason, String user, Instant now) {
		if (!groupId.equals(h.getP2k2Group())) {
			return false;
		}
		boolean changed = P2k2Groups.attend(h, groupId, session, date, status);
		String source = source(groupId, session, date);
		CaseEvent note = note(h, source);
		String text = status == AttendanceStatus.EXCUSED && reason != null ? reason.strip() : ""; //$NON-NLS-1$
		if (text.isEmpty()) {
			if (note != null) {
				h.getEvents().remove(note);
				return true;
			}
			return changed;
		}
		if (note != null && text.equals(note.getText())) {
			return changed;
		}
		if (note == null) {
			note = HarapanFactory.eINSTANCE.createCaseEvent();
			note.setKind(CaseEventKind.NOTE);
			note.setSource(source);
			h.getEvents().add(note);
		}
		note.setText(text);
		note.setWho(user);
		note.setWhen(now);
		return true;
	}

	/** The source of the note of an excused absence: {@code P2K2 GROUP session N DATE}. */
	static String source(String groupId, int session, LocalDate date) {
		return "P2K2 " + groupId + " session " + session + " " + date; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static CaseEvent note(Household h, String source) {
		for (CaseEvent e : h.getEvents()) {
			if (e.getKind() == CaseEventKind.NOTE && source.equals(e.getSource())) {
				return e;
			}
		}
		return null;
	}
}
