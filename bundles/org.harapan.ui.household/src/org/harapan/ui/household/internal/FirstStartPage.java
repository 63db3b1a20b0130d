package org.harapan.ui.household.internal;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.harapan.ui.WorkingRegion;
import org.harapan.store.StoreLocation;
import org.harapan.ui.WorkingRegionForm;
import org.harapan.ui.login.Owner;
import org.harapan.ui.login.OwnerForm;
import org.harapan.ui.login.OwnerJob;

/**
 * What the caseload shows on first start: the choice of role and working region, stored as preferences when the
 * user starts (changeable later in Window > Preferences), and on a new embedded store the account of its
 * administrator with the choice to encrypt it ({@link OwnerForm}), created before the caseload opens.
 */
final class FirstStartPage {

	private final ScrolledComposite scroll;
	private final Composite control;
	private final Composite choices;
	private final WorkingRegionForm form;
	private final Button start;
	private final OwnerForm owner;
	private StoreLocation ownerStore;
	private Runnable closeSessions;

	FirstStartPage(Composite parent, Consumer<WorkingRegion> chosen) {
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		control = new Composite(scroll, SWT.NONE);
		scroll.setContent(control);
		scroll.addListener(SWT.Resize, e -> arrange());
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(8, 10).applyTo(control);
		Label title = new Label(control, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		title.setText(Messages.FirstStart_Title);
		Label intro = new Label(control, SWT.WRAP);
		intro.setText(Messages.FirstStart_Intro);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(intro);
		choices = new Composite(control, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 0).applyTo(choices);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(choices);
		form = new WorkingRegionForm(choices);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form.control());
		owner = new OwnerForm(choices);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).exclude(true).applyTo(owner.control());
		owner.control().setVisible(false);
		start = new Button(control, SWT.PUSH);
		start.setText(Messages.FirstStart_Start);
		start.addListener(SWT.Selection, e -> {
			WorkingRegion value = form.value();
			if (value.isComplete()) {
				createOwnerThen(() -> chosen.accept(value));
			}
		});
		form.addChangeListener(() -> start.setEnabled(form.value().isComplete()));
		start.setEnabled(false);
	}

	/**
	 * Offers the account of the store's administrator (and its encryption) beside the choice of region: on a new
	 * embedded store without users. {@code store}: {@code null} for the data folder's; {@code closeSessions} closes
	 * what the workbench has open on it.
	 */
	void offerOwner(StoreLocation store, Runnable closeSessions) {
		this.ownerStore = store;
		this.closeSessions = closeSessions;
		((GridData) owner.control().getLayoutData()).exclude = false;
		owner.control().setVisible(true);
		arrange();
	}

	/** The account beside the choice of region when the page is wide enough, else below it; scrolls when small. */
	private void arrange() {
		int width = scroll.getClientArea().width;
		boolean beside = !owner.control().getVisible() || width >= form.control().computeSize(SWT.DEFAULT, SWT.DEFAULT).x
				+ owner.control().computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 48;
		((GridLayout) choices.getLayout()).numColumns = beside ? 2 : 1;
		scroll.setMinSize(control.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		control.layout(true, true);
	}

	/** Creates the account (and encrypts the store) when one is given, in a job; then {@code next}, on success. */
	private void createOwnerThen(Runnable next) {
		if (!owner.control().isVisible() || owner.skipped()) {
			next.run();
			return;
		}
		Optional<Owner> given = owner.value();
		if (given.isEmpty()) {
			owner.showProblem(owner.problem().orElse("")); //$NON-NLS-1$
			return;
		}
		busy(true);
		OwnerJob job = new OwnerJob(ownerStore, given.get(), closeSessions);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				control.getDisplay().asyncExec(() -> {
					if (control.isDisposed()) {
						return;
					}
					busy(false);
					if (event.getResult().isOK()) {
						next.run();
					} else {
						owner.showProblem(event.getResult().getMessage());
					}
				});
			}
		});
		job.schedule();
	}

	private void busy(boolean working) {
		owner.setEnabled(!working);
		form.control().setEnabled(!working);
		start.setEnabled(!working && form.value().isComplete());
		owner.showProblem(working ? owner.workingText() : ""); //$NON-NLS-1$
	}

	OwnerForm ownerForm() {
		return owner;
	}

	Composite control() {
		return scroll;
	}

	WorkingRegionForm form() {
		return form;
	}

	Button startButton() {
		return start;
	}

	/** Preselects the kabupaten the store holds (the user may choose another). */
	void preselect(String kabupatenCode) {
		if (form.kabupatenCombo().getSelectionIndex() < 0 && kabupatenCode != null) {
			form.selectKabupaten(kabupatenCode);
			start.setEnabled(form.value().isComplete());
		}
	}
}
