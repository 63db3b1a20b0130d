package org.harapan.ui.p2.internal;

import java.util.function.Consumer;
import java.util.function.BiFunction;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.harapan.casework.Casework;
import org.harapan.provisioning.PlannedChange;
import org.harapan.ui.cases.Caseworks;

/**
 * An install or uninstall in two jobs with progress, made by the user of a casework session on the workbench's store
 * (who must install rule sets; the service checks it and audits the outcome there): the change is resolved against
 * the product, the user sees what will change and confirms, then it is made; afterwards the user is asked to restart.
 * A refusal is reported to {@code refused} in words and nothing changes. The session is closed when it is all over.
 */
final class ChangeRunner {

	private final Shell shell;
	private final Consumer<String> refused;
	private final Runnable done;

	ChangeRunner(Shell shell, Consumer<String> refused, Runnable done) {
		this.shell = shell;
		this.refused = refused;
		this.done = done;
	}

	/** Resolves the change {@code plan} makes (in a job named {@code name}), then asks and performs it. */
	Job run(String name, BiFunction<Casework, IProgressMonitor, PlannedChange> plan) {
		Job job = Job.create(name, monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 2);
			Casework casework;
			try {
				casework = Caseworks.open(null, progress.split(1));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				asyncExec(done);
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) { // the store cannot be opened, the login failed
				ILog.of(getClass()).warn(e.getMessage(), e);
				asyncExec(() -> {
					refused.accept(NLS.bind(Messages.Change_Failed, e.getMessage()));
					done.run();
				});
				return Status.OK_STATUS;
			}
			try {
				PlannedChange change = plan.apply(casework, progress.split(1));
				asyncExec(() -> confirm(name, change, casework));
			} catch (RuntimeException e) {
				casework.close();
				throw e;
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void confirm(String name, PlannedChange change, Casework casework) {
		if (!change.status().isOK() && change.status().getSeverity() == IStatus.ERROR) {
			casework.close();
			refused.accept(NLS.bind(Messages.Change_Failed, message(change.status())));
			done.run();
			return;
		}
		if (!MessageDialog.openConfirm(shell, Messages.Change_ConfirmTitle,
				NLS.bind(Messages.Change_Confirm, String.join("\n", change.changes())))) { //$NON-NLS-1$
			casework.close();
			done.run();
			return;
		}
		Job perform = Job.create(name, monitor -> {
			IStatus status;
			try (casework) {
				status = change.perform(monitor);
			}
			asyncExec(() -> finished(status));
			return status.getSeverity() == IStatus.ERROR ? Status.OK_STATUS : status;
		});
		perform.setUser(true);
		perform.schedule();
	}

	private void finished(IStatus status) {
		done.run();
		if (status.getSeverity() == IStatus.ERROR) {
			refused.accept(NLS.bind(Messages.Change_Failed, message(status)));
		} else if (MessageDialog.openQuestion(shell, Messages.Restart_Title, Messages.Restart_Question)) {
			PlatformUI.getWorkbench().restart();
		}
	}

	/** The status's message with the messages of its children (p2 explains a refusal there). */
	static String message(IStatus status) {
		StringBuilder text = new StringBuilder(status.getMessage());
		for (IStatus child : status.getChildren()) {
			text.append("\n  ").append(child.getMessage()); //$NON-NLS-1$
		}
		return text.toString();
	}

	private void asyncExec(Runnable runnable) {
		if (!shell.isDisposed()) {
			shell.getDisplay().asyncExec(() -> {
				if (!shell.isDisposed()) {
					runnable.run();
				}
			});
		}
	}
}
