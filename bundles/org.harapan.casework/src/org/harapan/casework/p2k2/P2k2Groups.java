package org.harapan.casework.p2k2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;

/**
 * P2K2 groups and their monthly sessions: groups are read from the households' {@code p2k2Group}; attending a
 * session is a change of each household (one {@link Attendance} per group, session and date, replaced when recorded
 * again).
 */
public final class P2k2Groups {

	private P2k2Groups() {
	}

	/** The groups of these households, by group id (households without a group are left out). */
	public static Map<String, P2k2Group> of(Iterable<Household> households) {
		Map<String, List<Household>> byGroup = new TreeMap<>();
		for (Household h : households) {
			String g = h.getP2k2Group();
			if (g != null && !g.isBlank()) {
				byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(h);
			}
		}
		Map<String, P2k2Group> result = new TreeMap<>();
		byGroup.forEach((id, members) -> result.put(id, group(id, members)));
		return result;
	}

	private static P2k2Group group(String id, List<Household> members) {
		Map<String, int[]> counts = new TreeMap<>();
		Map<String, P2k2Group.Session> sessions = new TreeMap<>();
		for (Household h : members) {
			for (Attendance a : h.getAttendances()) {
				if (!id.equals(a.getGroupId()) || a.getSessionDate() == null) {
					continue;
				}
				String key = a.getSessionDate() + "#" + a.getSessionNumber(); //$NON-NLS-1$
				int[] c = counts.computeIfAbsent(key, k -> new int[3]);
				c[a.getStatus().getValue()]++;
				sessions.put(key, new P2k2Group.Session(a.getSessionNumber(), a.getSessionDate(), c[0], c[1], c[2]));
			}
		}
		Household first = members.get(0);
		return new P2k2Group(id, first.getDesaCode(), first.getFacilitator(),
				members.stream().map(Household::getKpmId).sorted().toList(), List.copyOf(sessions.values()));
	}

	/**
	 * Records the household's attendance at a session of its group (a reason recorded for an excused absence goes when
	 * it is no longer excused); {@code true} when it changed anything. A household of another group is refused (false).
	 */
	public static boolean attend(Household h, String groupId, int sessionNumber, LocalDate date,
			AttendanceStatus status) {
		if (!groupId.equals(h.getP2k2Group())) {
			return false;
		}
		for (Attendance a : h.getAttendances()) {
			if (groupId.equals(a.getGroupId()) && a.getSessionNumber() == sessionNumber
					&& date.equals(a.getSessionDate())) {
				if (a.getStatus() == status) {
					return false;
				}
				a.setStatus(status);
				if (status != AttendanceStatus.EXCUSED) {
					a.setReason(null); // the reason of an excused absence only
				}
				return true;
			}
		}
		Attendance a = HarapanFactory.eINSTANCE.createAttendance();
		a.setGroupId(groupId);
		a.setSessionNumber(sessionNumber);
		a.setSessionId("P2K2-" + sessionNumber); //$NON-NLS-1$
		a.setSessionDate(date);
		a.setStatus(status);
		h.getAttendances().add(a);
		return true;
	}

	/** Whether a group's size is within the programme's bounds (e.g. 10-30 KPM). */
	public static boolean sizeAllowed(P2k2Group g, int min, int max) {
		return g.size() >= min && g.size() <= max;
	}
}
