package org.harapan.ui.casework.p2k2;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.harapan.model.AttendanceStatus;

/**
 * The rows of the session sheet: KPM, head of household, attendance (a choice of present, absent, excused) and the
 * reason of an excused absence, both edited in place (click or Enter, Tab to the next cell).
 */
final class SheetTable {

	private static final AttendanceStatus[] CHOICES = { AttendanceStatus.PRESENT, AttendanceStatus.ABSENT,
			AttendanceStatus.EXCUSED };

	private final TableViewer viewer;
	private final Runnable edited;

	SheetTable(Composite parent, Runnable edited) {
		this.edited = edited;
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Column_Kpm, 170, SheetRow::kpmId, null);
		column(Messages.Column_Head, 220, SheetRow::head, null);
		TableViewerColumn status = column(Messages.Column_Attendance, 150, r -> label(r.status()), null);
		status.setEditingSupport(new StatusEditing());
		column(Messages.Column_Reason, 360, SheetRow::reason, (row, value) -> row.setReason(value));
		column(Messages.Column_Stored, 170,
				r -> r.storedStatus() == null ? Messages.Stored_Nothing : label(r.storedStatus()), null);
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	private TableViewerColumn column(String title, int width, Function<SheetRow, String> text,
			BiConsumer<SheetRow, String> edit) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((SheetRow) element);
			}
		});
		if (edit != null) {
			column.setEditingSupport(new ReasonEditing(edit));
		}
		return column;
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

	/** The attendance column: a choice of the three statuses. */
	private final class StatusEditing extends EditingSupport {
		private final ComboBoxCellEditor editor;

		StatusEditing() {
			super(viewer);
			String[] labels = new String[CHOICES.length];
			for (int i = 0; i < CHOICES.length; i++) {
				labels[i] = label(CHOICES[i]);
			}
			editor = new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return java.util.Arrays.asList(CHOICES).indexOf(((SheetRow) element).status());
		}

		@Override
		protected void setValue(Object element, Object value) {
			int i = (Integer) value;
			if (i >= 0) {
				((SheetRow) element).setStatus(CHOICES[i]);
				viewer.update(element, null);
				edited.run();
			}
		}
	}

	/** The reason column: free text, only for an excused absence. */
	private final class ReasonEditing extends EditingSupport {
		private final TextCellEditor editor = new TextCellEditor(viewer.getTable());
		private final BiConsumer<SheetRow, String> edit;

		ReasonEditing(BiConsumer<SheetRow, String> edit) {
			super(viewer);
			this.edit = edit;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return ((SheetRow) element).status() == AttendanceStatus.EXCUSED;
		}

		@Override
		protected Object getValue(Object element) {
			return ((SheetRow) element).reason();
		}

		@Override
		protected void setValue(Object element, Object value) {
			edit.accept((SheetRow) element, String.valueOf(value));
			viewer.update(element, null);
			edited.run();
		}
	}
}
