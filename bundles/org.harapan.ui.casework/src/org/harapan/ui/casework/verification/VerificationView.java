package org.harapan.ui.casework.verification;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.harapan.casework.Casework;
import org.harapan.store.StoreLocation;
import org.harapan.ui.UiFeedback;
import org.harapan.ui.UiJobs;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.cases.Caseworks;
import org.harapan.ui.cases.RegionFollower;
import org.harapan.ui.casework.edit.HouseholdChanges;

/**
 * The monthly verification screen: for a month and the working region, the members with their commitments; the
 * case worker marks each verified, not met or exempt (with the evidence) and sees at once the sanction the rules
 * propose for the household; saving changes each household through casework.
 */
public class VerificationView extends ViewPart {

	public static final String ID = "org.harapan.ui.casework.verification"; //$NON-NLS-1$

	private static final int MONTHS = 12;

	private final List<YearMonth> months = new ArrayList<>();
	private Combo month;
	private Label header;
	private VerificationTable table;
	private Text detail;
	private Button save;
	private MonthlyVerification verification;
	private StoreLocation store;
	private Job job;
	private Job preview;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite choice = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(choice);
		new Label(choice, SWT.NONE).setText(Messages.Choice_Month);
		month = new Combo(choice, SWT.READ_ONLY);
		YearMonth last = YearMonth.now().minusMonths(1); // verification looks back at the month just ended
		for (int i = 0; i < MONTHS; i++) {
			months.add(last.minusMonths(i));
			month.add(MonthlyVerification.monthText(last.minusMonths(i)));
		}
		month.add(MonthlyVerification.monthText(YearMonth.now()), 0);
		months.add(0, YearMonth.now());
		month.select(1);
		month.addListener(SWT.Selection, e -> load());
		save = new Button(choice, SWT.PUSH);
		save.setText(Messages.Button_Save);
		save.setEnabled(false);
		save.addListener(SWT.Selection, e -> save());
		header = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(header);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 150).applyTo(sash);
		table = new VerificationTable(sash, this::edited);
		detail = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		sash.setWeights(75, 25);
		table.viewer().addSelectionChangedListener(e -> showDetail());
		RegionFollower.follow(header, this::load);
		load();
	}

	/** Reads from {@code location} instead of the data folder's store (tests, a copy). */
	public void setStore(StoreLocation location) {
		store = location;
		load();
	}

	/** Shows month {@code m} (one of the last twelve, or the current one) and reads its commitments. */
	public void setMonth(YearMonth m) {
		int i = months.indexOf(m);
		if (i >= 0) {
			month.select(i);
			load();
		}
	}

	private YearMonth chosenMonth() {
		return months.get(Math.max(0, month.getSelectionIndex()));
	}

	/** Reads the commitments of the month over the working region in a job (a verification run). */
	public void load() {
		if (header.isDisposed()) {
			return;
		}
		if (job != null) {
			job.cancel();
		}
		YearMonth m = chosenMonth();
		WorkingRegion region = WorkingRegion.chosen().orElse(null);
		StoreLocation location = store;
		header.setText(NLS.bind(Messages.Verification_Running, MonthlyVerification.monthText(m)));
		save.setEnabled(false);
		job = UiJobs.schedule(NLS.bind(Messages.Verification_Job, MonthlyVerification.monthText(m)), header,
				monitor -> MonthlyVerification.load(location, region, m, monitor), this::show, header::setText);
	}

	private void show(MonthlyVerification loaded) {
		verification = loaded;
		table.setRows(loaded.rows());
		long notVerified = loaded.rows().stream().filter(r -> r.stored() == null).count();
		String text = NLS.bind(Messages.Verification_Header, new Object[] { loaded.rows().size(),
				loaded.households(), MonthlyVerification.monthText(loaded.month()), notVerified });
		header.setText(text);
		header.getParent().layout(true);
		UiFeedback.announce(this, text);
		edited(null);
	}

	private void edited(VerificationRow row) {
		save.setEnabled(verification != null && verification.isDirty());
		if (row != null) {
			previewSanction(row.kpmId());
		}
	}

	/** Asks the rules, in a job, which sanction they propose for the household with the marks as they are. */
	private void previewSanction(String kpmId) {
		MonthlyVerification shown = verification;
		StoreLocation location = store;
		preview = UiJobs.schedule(NLS.bind(Messages.Verification_Preview, kpmId), header, monitor -> {
			try (Casework cw = Caseworks.open(location, monitor)) {
				return shown.preview(cw, kpmId);
			}
		}, sanction -> {
			if (shown == verification) {
				shown.rowsOf(kpmId).forEach(r -> r.setSanction(sanction));
				table.refresh();
				showDetail();
			}
		}, header::setText);
	}

	private void showDetail() {
		Object first = ((IStructuredSelection) table.viewer().getSelection()).getFirstElement();
		if (first instanceof VerificationRow row) {
			detail.setText(NLS.bind(Messages.Verification_Detail, new Object[] { row.kpmId(), row.line().memberName(),
					MonthlyVerification.label(row.stored()), MonthlyVerification.label(row.status()), row.sanction() }));
		} else {
			detail.setText(""); //$NON-NLS-1$
		}
	}

	/** Saves the marked commitments through casework in a job. */
	public void save() {
		if (verification == null || !verification.isDirty()) {
			return;
		}
		MonthlyVerification saving = verification;
		StoreLocation location = store;
		save.setEnabled(false);
		job = UiJobs.schedule(Messages.Verification_Saving, header, monitor -> {
			try (Casework cw = Caseworks.open(location, monitor)) {
				return saving.save(cw, monitor);
			}
		}, report -> saved(saving, report), header::setText);
	}

	private void saved(MonthlyVerification saving, HouseholdChanges.Report report) {
		String text = NLS.bind(Messages.Verification_Saved,
				new Object[] { MonthlyVerification.monthText(saving.month()), report.saved(), report.unchanged(), report.problems().size() });
		HouseholdChanges.announce(this, text, report);
		load();
	}

	MonthlyVerification verification() {
		return verification;
	}

	VerificationTable table() {
		return table;
	}

	boolean isBusy() {
		return UiJobs.isBusy(job) || UiJobs.isBusy(preview);
	}

	public String headerText() {
		return header.getText();
	}

	/** Marks {@code row} as the status column would, then previews the sanction (for tests and keyboard use). */
	void mark(VerificationRow row, org.harapan.model.ComplianceStatus status, String evidence) {
		row.setStatus(status);
		row.setEvidence(evidence);
		table.viewer().update(row, null);
		edited(row);
	}

	@Override
	public void setFocus() {
		table.viewer().getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}
