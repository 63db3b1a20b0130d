package org.harapan.ui.casework.p2k2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.harapan.casework.Casework;
import org.harapan.casework.HouseholdChange;
import org.harapan.casework.p2k2.SessionAttendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.ui.casework.edit.HouseholdChanges;

/**
 * The attendance sheet of one session of a P2K2 group: a row per KPM with what is stored and what the case worker
 * marks. Saving changes each household through casework, one change per household; a household someone else changed
 * meanwhile is refused and reported, never overwritten.
 */
public final class SessionSheet {

	/** Which session: the group, the curriculum session number and the date it was held. */
	public record Key(String groupId, int session, LocalDate date) {
	}

	private final Key key;
	private final List<SheetRow> rows;

	private SessionSheet(Key key, List<SheetRow> rows) {
		this.key = key;
		this.rows = rows;
	}

	/** The sheet of {@code key} over the group's households as stored. */
	public static SessionSheet of(Key key, List<Household> households) {
		List<SheetRow> rows = new ArrayList<>();
		for (Household h : households) {
			AttendanceStatus stored = SessionAttendance.status(h, key.groupId(), key.session(), key.date()).orElse(null);
			rows.add(new SheetRow(h.getKpmId(), head(h), stored,
					SessionAttendance.reason(h, key.groupId(), key.session(), key.date())));
		}
		rows.sort(Comparator.comparing(SheetRow::kpmId));
		return new SessionSheet(key, List.copyOf(rows));
	}

	private static String head(Household h) {
		Member head = h.head();
		if (head == null && !h.getMembers().isEmpty()) {
			head = h.getMembers().get(0);
		}
		return head == null || head.getName() == null ? "" : head.getName(); //$NON-NLS-1$
	}

	public Key key() {
		return key;
	}

	public List<SheetRow> rows() {
		return rows;
	}

	/** Whether the session was recorded before for any KPM of the group. */
	public boolean isRecorded() {
		return rows.stream().anyMatch(r -> r.storedStatus() != null);
	}

	/** Whether any row differs from what is stored. */
	public boolean isDirty() {
		return rows.stream().anyMatch(SheetRow::isChanged);
	}

	/** The rows that cannot be saved as marked (an excused absence without a reason), one sentence each. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		for (SheetRow r : rows) {
			if (r.status() == AttendanceStatus.EXCUSED && r.reason().isBlank()) {
				problems.add(NLS.bind(Messages.Sheet_ReasonMissing, r.kpmId(), r.head()));
			}
		}
		return problems;
	}

	/** Saves the marked attendance: one casework change per household whose row differs from what is stored. */
	public HouseholdChanges.Report save(Casework casework, IProgressMonitor monitor) {
		Map<String, HouseholdChange> changes = new LinkedHashMap<>();
		for (SheetRow row : rows) {
			if (row.isChanged()) {
				changes.put(row.kpmId(), h -> SessionAttendance.record(h, key.groupId(), key.session(), key.date(),
						row.status(), row.reason()));
			}
		}
		String description = NLS.bind(Messages.Sheet_ChangeDescription,
				new Object[] { key.groupId(), key.session(), key.date() });
		HouseholdChanges.Report r = HouseholdChanges.save(casework, changes, description, Messages.Sheet_Saving,
				monitor);
		return new HouseholdChanges.Report(r.saved(), r.unchanged() + rows.size() - changes.size(), r.problems());
	}
}
