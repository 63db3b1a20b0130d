package org.harapan.ui.casework.verification;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.edit.labels.LanguageStrings;
import org.harapan.ui.cases.Columns;
import org.harapan.ui.cases.UiLanguage;
import org.harapan.ui.casework.edit.CellEditing;

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

	VerificationTable(Composite parent, Consumer<VerificationRow> edited) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Columns.<VerificationRow>add(viewer, Messages.Column_Kpm, 150, VerificationRow::kpmId);
		Columns.<VerificationRow>add(viewer, Messages.Column_Member, 170, r -> r.line().memberName());
		Columns.<VerificationRow>add(viewer, Messages.Column_Component, 160,
				r -> word("PkhComponent", r.line().component())); //$NON-NLS-1$
		Columns.<VerificationRow>add(viewer, Messages.Column_Commitment, 170,
				r -> word("Conditionality", r.line().conditionality())); //$NON-NLS-1$
		CellEditing.<VerificationRow, ComplianceStatus>choice(Columns.<VerificationRow>add(viewer,
				Messages.Column_Status, 150, r -> MonthlyVerification.label(r.status())), CHOICES,
				MonthlyVerification::label, VerificationRow::status, VerificationRow::setStatus, edited);
		CellEditing.<VerificationRow>text(
				Columns.<VerificationRow>add(viewer, Messages.Column_Evidence, 170, VerificationRow::evidence),
				r -> true, VerificationRow::evidence, VerificationRow::setEvidence, edited);
		Columns.<VerificationRow>add(viewer, Messages.Column_Sanction, 520, VerificationRow::sanction);
		Columns.tooltips(viewer);
		CellEditing.enable(viewer);
	}

	/** The component or commitment in the user's language (the model's labels), else its literal. */
	private String word(String type, String literal) {
		String key = "_UI_" + type + "_" + literal + "_literal"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String text = words.getString(key);
		return text == null || text.equals(key) ? literal : text;
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
}
