package org.harapan.ui.casework.p2k2;

import org.harapan.model.AttendanceStatus;

/** One KPM on the session sheet: what is stored for the session and what the case worker marked. */
public final class SheetRow {

	private final String kpmId;
	private final String head;
	private final AttendanceStatus storedStatus;
	private final String storedReason;
	private AttendanceStatus status;
	private String reason;

	SheetRow(String kpmId, String head, AttendanceStatus storedStatus, String storedReason) {
		this.kpmId = kpmId;
		this.head = head;
		this.storedStatus = storedStatus;
		this.storedReason = storedReason;
		this.status = storedStatus == null ? AttendanceStatus.PRESENT : storedStatus;
		this.reason = storedReason;
	}

	public String kpmId() {
		return kpmId;
	}

	/** The name of the head of the household. */
	public String head() {
		return head;
	}

	/** What is stored for the session, or {@code null} when nothing is recorded yet. */
	public AttendanceStatus storedStatus() {
		return storedStatus;
	}

	public AttendanceStatus status() {
		return status;
	}

	/** Marks the KPM present, absent or excused (an excused absence needs a reason). */
	public void setStatus(AttendanceStatus value) {
		status = value;
	}

	/** The reason of an excused absence (empty otherwise). */
	public String reason() {
		return status == AttendanceStatus.EXCUSED ? reason : ""; //$NON-NLS-1$
	}

	public void setReason(String value) {
		reason = value == null ? "" : value; //$NON-NLS-1$
	}

	/** Whether saving would change what is stored. */
	public boolean isChanged() {
		return storedStatus != status || !storedReason.equals(reason());
	}
}
