package org.harapan.ui.household.internal.editor;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.harapan.ui.cases.Columns;
import org.harapan.ui.household.internal.editor.HouseholdDiff.Row;

/** Both versions of a household side by side, the differing fields only; the user may reload the stored one. */
public final class CompareDialog extends Dialog {

	/** The button that discards the user's changes and loads the stored version. */
	public static final int RELOAD = IDialogConstants.CLIENT_ID + 1;

	private final String kpmId;
	private final String otherUser;
	private final List<Row> rows;

	public CompareDialog(Shell parent, String kpmId, String otherUser, List<Row> rows) {
		super(parent);
		this.kpmId = kpmId;
		this.otherUser = otherUser;
		this.rows = rows;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** The differing fields shown. */
	public List<Row> rows() {
		return rows;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Compare_Title, kpmId));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(rows.isEmpty() ? Messages.Compare_Same : NLS.bind(Messages.Compare_Intro, rows.size(), otherUser));
		GridDataFactory.fillDefaults().grab(true, false).hint(700, SWT.DEFAULT).applyTo(intro);
		TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		Columns.<Row>add(table, Messages.Compare_Field, 330, Row::field);
		Columns.<Row>add(table, Messages.Compare_Mine, 190, Row::mine);
		Columns.<Row>add(table, NLS.bind(Messages.Compare_Theirs, otherUser), 190, Row::theirs);
		Columns.tooltips(table);
		table.setInput(rows);
		GridDataFactory.fillDefaults().grab(true, true).hint(720, 300).applyTo(table.getControl());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, RELOAD, Messages.Conflict_Reload, false);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Compare_Close, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		setReturnCode(buttonId);
		close();
	}
}
