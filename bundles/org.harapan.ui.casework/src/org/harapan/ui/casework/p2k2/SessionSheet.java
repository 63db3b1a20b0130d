package org.harapan.ui.casework.p2k2;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.harapan.casework.Casework;
import org.harapan.casework.ChangeResult;
import org.harapan.casework.p2k2.SessionAttendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.ui.cases.UiLanguage;

/**
 * The attendance sheet of one session of a P2K2 group: a row per KPM with what is stored and what the case worker
 * marks. Saving changes each household through casework, one change per household; a household someone else changed
 * meanwhile is refused and reported, never overwritten.
 */
public final class SessionSheet {

	/** Which session: the group, the curriculum session number and the date it was held. */
	public record Key(String groupId, int session, LocalDate date) {
	}

	/** What a save did: households saved, households already as marked, and a sentence per refused household. */
	public record Report(int saved, int unchanged, List<String> problems) {
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
	public Report save(Casework casework, IProgressMonitor monitor) {
		List<SheetRow> changed = rows.stream().filter(SheetRow::isChanged).toList();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Sheet_Saving, changed.size());
		String description = NLS.bind(Messages.Sheet_ChangeDescription,
				new Object[] { key.groupId(), key.session(), key.date() });
		int saved = 0;
		int unchanged = rows.size() - changed.size();
		List<String> problems = new ArrayList<>();
		Instant now = Instant.now();
		for (SheetRow row : changed) {
			progress.subTask(row.kpmId());
			ChangeResult r = casework.change(row.kpmId(), description, h -> SessionAttendance.record(h, key.groupId(),
					key.session(), key.date(), row.status(), row.reason(), casework.user(), now));
			switch (r.outcome()) {
			case SAVED -> saved++;
			case UNCHANGED -> unchanged++;
			default -> problems.add(r.message(UiLanguage.code()));
			}
			progress.split(1);
		}
		return new Report(saved, unchanged, problems);
	}
}
