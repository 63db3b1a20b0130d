package org.harapan.ui.rules.regional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.harapan.rules.FindingKind;
import org.harapan.rules.RuleSet;
import org.harapan.store.StoreLocation;
import org.harapan.ui.UiFeedback;
import org.harapan.ui.UiJobs;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.cases.RegionFollower;
import org.harapan.ui.cases.UiLanguage;

/**
 * The findings the installed rule sets produced for the current tahap over the working region (computed in a
 * cancellable job), narrowed by rule set and kind; selecting a finding shows its explanation: the sentence in the
 * user's language, the rule set, version and rule, the outcome and every fact with the record it came from.
 */
public class FindingsView extends ViewPart implements ISelectionListener {

	public static final String ID = "org.harapan.ui.rules.findings"; //$NON-NLS-1$

	/** How long the findings wait when the view opens with the workbench (see {@link #run()}). */
	static final long START_DELAY_MILLIS = 1_500;

	private Label header;
	private Combo ruleSet;
	private Combo kind;
	private FindingsTable table;
	private Text explanation;
	private StoreLocation store;
	private Job job;
	private RegionFindings result;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		header = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(header);
		Composite filters = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(filters);
		new Label(filters, SWT.NONE).setText(Messages.Filter_RuleSet);
		ruleSet = new Combo(filters, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(280, SWT.DEFAULT).applyTo(ruleSet);
		new Label(filters, SWT.NONE).setText(Messages.Filter_Kind);
		kind = new Combo(filters, SWT.READ_ONLY);
		kind.add(Messages.Filter_All);
		for (FindingKind k : FindingKind.values()) {
			kind.add(FindingsTable.kind(k));
		}
		kind.select(0);
		Button again = new Button(filters, SWT.PUSH);
		again.setText(Messages.Findings_RunAgain);
		again.addListener(SWT.Selection, e -> run());
		ruleSet.addListener(SWT.Selection, e -> filter());
		kind.addListener(SWT.Selection, e -> filter());
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		table = new FindingsTable(sash, this::explain);
		explanation = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		sash.setWeights(70, 30);
		getSite().getPage().addPostSelectionListener(this);
		RegionFollower.follow(header, this::run);
		run();
	}

	/** Reads the findings from {@code location} instead of the data folder's store (tests, a copy). */
	public void setStore(StoreLocation location) {
		store = location;
		run();
	}

	/** Runs the rules over the working region again (cancelling a run under way). */
	public void run() {
		if (header.isDisposed()) {
			return;
		}
		if (job != null) {
			job.cancel();
		}
		WorkingRegion region = WorkingRegion.chosen().orElse(null);
		header.setText(NLS.bind(Messages.Findings_Running, region == null ? Messages.Findings_AllRegions
				: RuleSetsView.regionName(region.kabupatenCode())));
		StoreLocation location = store;
		// the first run, as the view opens (usually with the workbench), waits a moment: the window and the caseload's
		// first page come first
		long delay = job == null ? START_DELAY_MILLIS : 0;
		job = UiJobs.schedule(Messages.Findings_Job, header,
				monitor -> RegionFindings.run(location, region, LocalDate.now(), monitor), this::show, header::setText,
				delay);
	}

	private void show(RegionFindings r) {
		result = r;
		String region = r.region().isEmpty() ? Messages.Findings_AllRegions : RuleSetsView.regionName(r.region());
		String text = NLS.bind(Messages.Findings_Header, new Object[] { UiLanguage.number(r.rows().size()),
				UiLanguage.number(r.households()), region,
				r.period().year(), r.period().tahap() });
		header.setText(text);
		String selected = ruleSet.getSelectionIndex() > 0 ? ruleSet.getText() : null;
		ruleSet.removeAll();
		ruleSet.add(Messages.Filter_All);
		r.rows().stream().map(FindingRow::ruleSetId).distinct().sorted().forEach(ruleSet::add);
		ruleSet.select(Math.max(0, selected == null ? 0 : ruleSet.indexOf(selected)));
		filter();
		header.getParent().layout(true, true);
		UiFeedback.announce(this, text);
	}

	private void filter() {
		if (result == null) {
			return;
		}
		String set = ruleSet.getSelectionIndex() > 0 ? ruleSet.getText() : null;
		FindingKind k = kind.getSelectionIndex() > 0 ? FindingKind.values()[kind.getSelectionIndex() - 1] : null;
		List<FindingRow> shown = new ArrayList<>();
		for (FindingRow row : result.rows()) {
			if ((set == null || set.equals(row.ruleSetId())) && (k == null || k == row.kind())) {
				shown.add(row);
			}
		}
		table.setRows(shown);
		explain(null);
	}

	private void explain(FindingRow row) {
		explanation.setText(row == null ? "" : FindingsTable.explanation(row)); //$NON-NLS-1$
	}

	/** Narrows the findings to the rule set selected in the rule sets view. */
	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part instanceof RuleSetsView && selection instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof RuleSet set) {
			int index = ruleSet.indexOf(set.id());
			ruleSet.select(Math.max(0, index));
			filter();
		}
	}

	/** Whether a run is under way. */
	public boolean isBusy() {
		return UiJobs.isBusy(job);
	}

	/** The rows shown (after the filters), for tests. */
	List<FindingRow> rows() {
		return table.rows();
	}

	/** Every finding of the last run, for tests. */
	List<FindingRow> allRows() {
		return result == null ? List.of() : result.rows();
	}

	FindingsTable table() {
		return table;
	}

	String explanationText() {
		return explanation.getText();
	}

	String headerText() {
		return header.getText();
	}

	@Override
	public void setFocus() {
		table.control().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(this);
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}
