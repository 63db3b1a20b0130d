package org.harapan.ui.casework.verification;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.edit.labels.LanguageStrings;
import org.harapan.ui.cases.UiLanguage;

/**
 * The commitments of the month: KPM, member, component, commitment, the status (verified, not met, exempt, not
 * verified) and the evidence edited in place, and the sanction the rules propose for the household.
 */
final class VerificationTable {

	/** The choices of the status column; {@code null} is "not verified". */
	private static final ComplianceStatus[] CHOICES = { null, ComplianceStatus.MET, ComplianceStatus.NOT_MET,
			ComplianceStatus.EXEMPT };

	private final TableViewer viewer;
	private final LanguageStrings words = LanguageStrings.of(UiLanguage.locale());

	VerificationTable(Composite parent, java.util.function.Consumer<VerificationRow> edited) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Column_Kpm, 150, VerificationRow::kpmId);
		column(Messages.Column_Member, 170, r -> r.line().memberName());
		column(Messages.Column_Component, 160, r -> word("PkhComponent", r.line().component())); //$NON-NLS-1$
		column(Messages.Column_Commitment, 170, r -> word("Conditionality", r.line().conditionality())); //$NON-NLS-1$
		column(Messages.Column_Status, 150, r -> MonthlyVerification.label(r.status()))
				.setEditingSupport(new StatusEditing(edited));
		column(Messages.Column_Evidence, 170, VerificationRow::evidence).setEditingSupport(new EvidenceEditing(edited));
		column(Messages.Column_Sanction, 520, VerificationRow::sanction);
		ColumnViewerToolTipSupport.enableFor(viewer);
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	private String word(String type, String literal) {
		String key = "_UI_" + type + "_" + literal + "_literal"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String text = words.getString(key);
		return text == null || text.equals(key) ? literal : text;
	}

	private TableViewerColumn column(String title, int width, Function<VerificationRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((VerificationRow) element);
			}

			@Override
			public String getToolTipText(Object element) {
				String value = getText(element);
				return value == null || value.isEmpty() ? null : value;
			}
		});
		return column;
	}

	void setRows(List<VerificationRow> rows) {
		viewer.setInput(rows);
	}

	void refresh() {
		viewer.refresh();
	}

	TableViewer viewer() {
		return viewer;
	}

	/** The status column: not verified, verified (met), not met, exempt. */
	private final class StatusEditing extends EditingSupport {
		private final ComboBoxCellEditor editor;
		private final java.util.function.Consumer<VerificationRow> edited;

		StatusEditing(java.util.function.Consumer<VerificationRow> edited) {
			super(viewer);
			this.edited = edited;
			String[] labels = new String[CHOICES.length];
			for (int i = 0; i < CHOICES.length; i++) {
				labels[i] = MonthlyVerification.label(CHOICES[i]);
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
			return Math.max(0, java.util.Arrays.asList(CHOICES).indexOf(((VerificationRow) element).status()));
		}

		@Override
		protected void setValue(Object element, Object value) {
			int i = (Integer) value;
			if (i >= 0) {
				VerificationRow row = (VerificationRow) element;
				row.setStatus(CHOICES[i]);
				viewer.update(row, null);
				edited.accept(row);
			}
		}
	}

	/** The evidence column: the document the verification rests on. */
	private final class EvidenceEditing extends EditingSupport {
		private final TextCellEditor editor = new TextCellEditor(viewer.getTable());
		private final java.util.function.Consumer<VerificationRow> edited;

		EvidenceEditing(java.util.function.Consumer<VerificationRow> edited) {
			super(viewer);
			this.edited = edited;
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
			return ((VerificationRow) element).evidence();
		}

		@Override
		protected void setValue(Object element, Object value) {
			VerificationRow row = (VerificationRow) element;
			row.setEvidence(String.valueOf(value));
			viewer.update(row, null);
			edited.accept(row);
		}
	}
}
