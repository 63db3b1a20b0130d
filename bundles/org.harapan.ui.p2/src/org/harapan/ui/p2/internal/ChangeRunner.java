package org.harapan.ui.p2.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.harapan.provisioning.PlannedChange;

/**
 * An install or uninstall in two jobs with progress: the change is resolved against the product, the user sees what
 * will change and confirms, then it is made; afterwards the user is asked to restart. A refusal is reported to
 * {@code refused} in words and nothing changes.
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
	Job run(String name, Function<IProgressMonitor, PlannedChange> plan) {
		Job job = Job.create(name, monitor -> {
			PlannedChange change = plan.apply(SubMonitor.convert(monitor, 1).split(1));
			asyncExec(() -> confirm(name, change));
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void confirm(String name, PlannedChange change) {
		if (!change.status().isOK() && change.status().getSeverity() == IStatus.ERROR) {
			refused.accept(NLS.bind(Messages.Change_Failed, message(change.status())));
			done.run();
			return;
		}
		if (!MessageDialog.openConfirm(shell, Messages.Change_ConfirmTitle,
				NLS.bind(Messages.Change_Confirm, String.join("\n", change.changes())))) { //$NON-NLS-1$
			done.run();
			return;
		}
		Job perform = Job.create(name, monitor -> {
			IStatus status = change.perform(monitor);
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
