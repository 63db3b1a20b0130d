package org.harapan.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * How the UI tells the user what happened. Errors: a clear message for the user, the detail (exception) to the log,
 * never a stack trace in a dialog (the workbench's error handler shows only the message). Results of long work:
 * the status line of the part that started it, and the finished job kept in the Progress view with its result.
 */
public final class UiFeedback {

	private static final String PLUGIN = "org.harapan.ui"; //$NON-NLS-1$

	private UiFeedback() {
	}

	/** An error status with the user's {@code message}; the {@code detail} goes to the log only. */
	public static IStatus error(String message, Throwable detail) {
		return new Status(IStatus.ERROR, PLUGIN, message, detail);
	}

	/** Logs the error with its detail and shows {@code message} to the user (from any thread). */
	public static void showError(String message, Throwable detail) {
		StatusManager.getManager().handle(error(message, detail), StatusManager.LOG | StatusManager.SHOW);
	}

	/**
	 * Makes {@code job} a user-visible long task: shown with progress in the status bar and the Progress view, kept
	 * there with its result when done.
	 */
	public static <J extends Job> J visible(J job) {
		job.setUser(false);
		job.setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
		return job;
	}

	/** Announces a result of long work in the status line of {@code part} (from any thread). */
	public static void announce(IWorkbenchPart part, String message) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			IStatusLineManager line = statusLine(part == null ? null : part.getSite());
			if (line != null) {
				line.setErrorMessage(null);
				line.setMessage(message);
			}
		});
	}

	private static IStatusLineManager statusLine(IWorkbenchPartSite site) {
		if (site instanceof IViewSite view) {
			return view.getActionBars().getStatusLineManager();
		}
		if (site instanceof IEditorSite editor) {
			return editor.getActionBars().getStatusLineManager();
		}
		return null;
	}
}
