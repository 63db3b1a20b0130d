package org.harapan.ui.casework.p2k2;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.harapan.model.AttendanceStatus;
import org.harapan.ui.cases.Columns;
import org.harapan.ui.casework.edit.CellEditing;

/**
 * The rows of the session sheet: KPM, head of household, attendance (a choice of present, absent, excused) and the
 * reason of an excused absence, both edited in place (click or Enter, Tab to the next cell), and what is stored.
 */
final class SheetTable {

	private static final AttendanceStatus[] CHOICES = { AttendanceStatus.PRESENT, AttendanceStatus.ABSENT,
			AttendanceStatus.EXCUSED };

	private final TableViewer viewer;

	SheetTable(Composite parent, Runnable edited) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Columns.<SheetRow>add(viewer, Messages.Column_Kpm, 170, SheetRow::kpmId);
		Columns.<SheetRow>add(viewer, Messages.Column_Head, 220, SheetRow::head);
		CellEditing.<SheetRow, AttendanceStatus>choice(
				Columns.<SheetRow>add(viewer, Messages.Column_Attendance, 150, r -> label(r.status())), CHOICES,
				SheetTable::label, SheetRow::status, SheetRow::setStatus, r -> edited.run());
		CellEditing.<SheetRow>text(Columns.<SheetRow>add(viewer, Messages.Column_Reason, 360, SheetRow::reason),
				r -> r.status() == AttendanceStatus.EXCUSED, SheetRow::reason, SheetRow::setReason, r -> edited.run());
		Columns.<SheetRow>add(viewer, Messages.Column_Stored, 170,
				r -> r.storedStatus() == null ? Messages.Stored_Nothing : label(r.storedStatus()));
		CellEditing.enable(viewer);
	}

	static String label(AttendanceStatus status) {
		return switch (status) {
		case PRESENT -> Messages.Status_Present;
		case ABSENT -> Messages.Status_Absent;
		case EXCUSED -> Messages.Status_Excused;
		};
	}

	void setRows(List<SheetRow> rows) {
		viewer.setInput(rows);
	}

	void refresh() {
		viewer.refresh();
	}

	TableViewer viewer() {
		return viewer;
	}
}
