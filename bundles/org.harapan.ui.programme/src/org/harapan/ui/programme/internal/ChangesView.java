package org.harapan.ui.programme.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.harapan.casework.decisions.DryRunLine;
import org.harapan.ui.programme.Formats;
import org.harapan.ui.programme.dryrun.DryRun;

/**
 * The result of "What would change?": the households whose benefit, sanction, aid or referral the edited programme
 * would change, with the Rupiah difference and the explanation before and after.
 */
public class ChangesView extends ViewPart {

	public static final String ID = "org.harapan.ui.programme.changes"; //$NON-NLS-1$

	private Label summary;
	private TableViewer table;
	private DryRun.Result result;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		summary = new Label(parent, SWT.WRAP);
		summary.setText(Messages.Changes_Empty);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(summary);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		Columns.<DryRunLine>add(table, Messages.Changes_Kpm, 150, SWT.LEFT, DryRunLine::kpmId);
		Columns.<DryRunLine>add(table, Messages.Changes_Desa, 110, SWT.LEFT, DryRunLine::desaCode);
		Columns.<DryRunLine>add(table, Messages.Changes_Kind, 90, SWT.LEFT, l -> kind(l.kind()));
		Columns.<DryRunLine>add(table, Messages.Changes_Member, 140, SWT.LEFT, DryRunLine::memberNik);
		Columns.<DryRunLine>add(table, Messages.Changes_Before, 170, SWT.LEFT, l -> outcome(l.before()) + amount(l.amountBefore()));
		Columns.<DryRunLine>add(table, Messages.Changes_After, 170, SWT.LEFT, l -> outcome(l.after()) + amount(l.amountAfter()));
		Columns.<DryRunLine>add(table, Messages.Changes_Difference, 120, SWT.RIGHT, l -> Formats.rupiahDifference(l.amountAfter() - l.amountBefore()));
		Columns.<DryRunLine>add(table, Messages.Changes_ExplanationBefore, 420, SWT.LEFT, DryRunLine::explanationBefore);
		Columns.<DryRunLine>add(table, Messages.Changes_ExplanationAfter, 420, SWT.LEFT, DryRunLine::explanationAfter);
		table.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(table);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
	}

	private static String amount(long rp) {
		return rp == 0 ? "" : " (" + Formats.rupiah(rp) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** An outcome word of the rules (paid, cut ...) in the user's language; other words as they are. */
	private static String outcome(String word) {
		return switch (word) {
		case "paid" -> Messages.Outcome_Paid; //$NON-NLS-1$
		case "cut" -> Messages.Outcome_Cut; //$NON-NLS-1$
		case "suspended" -> Messages.Outcome_Suspended; //$NON-NLS-1$
		case "cancelled" -> Messages.Outcome_Cancelled; //$NON-NLS-1$
		case "graduated" -> Messages.Outcome_Graduated; //$NON-NLS-1$
		case "none" -> Messages.Outcome_None; //$NON-NLS-1$
		default -> word;
		};
	}

	private static String kind(String word) {
		return switch (word) {
		case "benefit" -> Messages.Kind_Benefit; //$NON-NLS-1$
		case "sanction" -> Messages.Kind_Sanction; //$NON-NLS-1$
		case "aid" -> Messages.Kind_Aid; //$NON-NLS-1$
		case "referral" -> Messages.Kind_Referral; //$NON-NLS-1$
		default -> word;
		};
	}

	/** Shows the result of a dry run. */
	public void show(DryRun.Result r) {
		result = r;
		summary.setText(NLS.bind(Messages.Changes_Summary, new Object[] { r.programmeId(),
				r.period().tahap() + "/" + r.period().year(), Formats.number(r.affected()), //$NON-NLS-1$
				Formats.number(r.households()), Formats.rupiahDifference(r.benefitDifference()) }));
		table.setInput(r.lines());
		summary.getParent().layout(true);
	}

	/** Shows a message instead of a result (no rule set reads the programme, the store failed). */
	public void showMessage(String message) {
		result = null;
		summary.setText(message);
		table.setInput(List.of());
		summary.getParent().layout(true);
	}

	/** The result shown, or null. */
	public DryRun.Result result() {
		return result;
	}

	public String summaryText() {
		return summary.getText();
	}

	/** The table's rows as shown (tests, screenshots). */
	public org.eclipse.swt.widgets.Table table() {
		return table.getTable();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
