package org.harapan.ui.programme.internal;

import java.time.LocalDate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.programme.Programme;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.store.StoreLocation;
import org.harapan.ui.cases.Services;
import org.harapan.ui.cases.UiLanguage;
import org.harapan.ui.programme.ProgrammeEditor;
import org.harapan.ui.programme.dryrun.DryRun;

/**
 * "What would change?" of the programme editor: asks for a tahap, then runs the dry run of the rules with the
 * edited document over the caseload of the store as a cancellable job with progress, and shows the result in the
 * {@link ChangesView}.
 */
public final class WhatWouldChange {

	private WhatWouldChange() {
	}

	/** Asks for the year and tahap and runs the dry run over the default store. */
	public static void ask(ProgrammeEditor editor) {
		TahapDialog dialog = new TahapDialog(editor.getSite().getShell());
		if (dialog.open() == Dialog.OK) {
			run(editor, dialog.year, dialog.tahap, null).schedule();
		}
	}

	/**
	 * The job of a dry run of the editor's document as it is now for {@code tahap} of {@code year} over the store at
	 * {@code location} (null: the data folder's store); when done the Changes view shows its result.
	 */
	public static Job run(ProgrammeEditor editor, int year, int tahap, StoreLocation location) {
		Programme changed = EcoreUtil.copy(editor.programme());
		IWorkbenchPage page = editor.getSite().getPage();
		Display display = editor.getSite().getShell().getDisplay();
		Job job = Job.create(NLS.bind(Messages.Changes_Job, changed.getId(), tahap + "/" + year), //$NON-NLS-1$
				(IProgressMonitor monitor) -> {
					try {
						DryRun.Result result = dryRun(changed, year, tahap, location, monitor);
						display.asyncExec(() -> show(page, view -> view.show(result)));
						return Status.OK_STATUS;
					} catch (OperationCanceledException e) {
						return Status.CANCEL_STATUS;
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return Status.CANCEL_STATUS;
					} catch (RuntimeException e) {
						String message = e instanceof IllegalArgumentException
								? NLS.bind(Messages.Changes_NotRead, changed.getId())
								: NLS.bind(Messages.Changes_Failed, e.getMessage());
						display.asyncExec(() -> show(page, view -> view.showMessage(message)));
						return e instanceof IllegalArgumentException ? Status.OK_STATUS : Status.error(message, e);
					}
				});
		job.setUser(true);
		return job;
	}

	private static DryRun.Result dryRun(Programme changed, int year, int tahap, StoreLocation location,
			IProgressMonitor monitor) throws InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		RuleEngine engine = Services.await(RuleEngine.class)
				.orElseThrow(() -> new IllegalStateException(Messages.Changes_NoRules));
		CaseworkService service = Services.await(CaseworkService.class)
				.orElseThrow(() -> new IllegalStateException(Messages.Changes_NoCasework));
		Period period = engine.period(year, tahap);
		try (Casework cw = location == null ? service.openDefault(progress.split(5)) : service.open(location, progress.split(5))) {
			return DryRun.run(cw::forEach, engine, changed, service.growthScoring(), period, UiLanguage.code(),
					progress.split(95));
		}
	}

	private static void show(IWorkbenchPage page, java.util.function.Consumer<ChangesView> action) {
		try {
			action.accept((ChangesView) page.showView(ChangesView.ID));
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(WhatWouldChange.class).error("changes view", e); //$NON-NLS-1$
		}
	}

	/** The year (spinner) and tahap (1-4) of the dry run; the current tahap at first. */
	private static final class TahapDialog extends Dialog {
		int year = LocalDate.now().getYear();
		int tahap = (LocalDate.now().getMonthValue() - 1) / 3 + 1;

		TahapDialog(Shell shell) {
			super(shell);
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText(Messages.Changes_DialogTitle);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
			Label intro = new Label(area, SWT.WRAP);
			intro.setText(Messages.Changes_DialogIntro);
			org.eclipse.jface.layout.GridDataFactory.fillDefaults().span(2, 1).hint(360, SWT.DEFAULT).applyTo(intro);
			new Label(area, SWT.NONE).setText(Messages.Changes_Year);
			Spinner y = new Spinner(area, SWT.BORDER);
			y.setValues(year, 2018, 2100, 0, 1, 1);
			y.addListener(SWT.Modify, e -> year = y.getSelection());
			new Label(area, SWT.NONE).setText(Messages.Changes_Tahap);
			Combo t = new Combo(area, SWT.READ_ONLY);
			t.setItems("1", "2", "3", "4"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			t.select(tahap - 1);
			t.addListener(SWT.Selection, e -> tahap = t.getSelectionIndex() + 1);
			return area;
		}
	}
}
