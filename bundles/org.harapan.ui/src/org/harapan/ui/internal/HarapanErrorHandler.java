package org.harapan.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.AbstractStatusHandler;
import org.eclipse.ui.statushandlers.StatusAdapter;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * The one error handler of the workbench: every problem reported to the status manager (failed jobs, errors of
 * views and commands) goes to the log with its detail; what is to be shown appears as a plain message, the
 * messages of a multi-status one per line, never a stack trace. Results announced through the status manager
 * (an import's summary) appear the same way, as information.
 */
public class HarapanErrorHandler extends AbstractStatusHandler {

	@Override
	public void handle(StatusAdapter adapter, int style) {
		IStatus status = adapter.getStatus();
		if ((style & (StatusManager.LOG | StatusManager.SHOW)) != 0) {
			ILog.of(getClass()).log(status);
		}
		if ((style & StatusManager.SHOW) == 0 || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		boolean block = (style & StatusManager.BLOCK) != 0;
		Runnable show = () -> {
			Shell shell = display.getActiveShell();
			if (shell == null && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
				shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			}
			int severity = status.getSeverity();
			int kind = severity == IStatus.ERROR ? MessageDialog.ERROR
					: severity == IStatus.WARNING ? MessageDialog.WARNING : MessageDialog.INFORMATION;
			String title = kind == MessageDialog.INFORMATION ? HarapanWindowAdvisor.WINDOW_TITLE : Messages.Error_Title;
			MessageDialog dialog = new MessageDialog(shell, title, null, text(status), kind, 0,
					org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
			dialog.setBlockOnOpen(block);
			dialog.open();
		};
		if (Display.getCurrent() == display) {
			show.run();
		} else if (block) {
			display.syncExec(show);
		} else {
			display.asyncExec(show);
		}
	}

	/** The message of the status and of its children, one per line (no exception text). */
	static String text(IStatus status) {
		List<String> lines = new ArrayList<>();
		lines.add(status.getMessage());
		for (IStatus child : status.getChildren()) {
			if (child.getMessage() != null && !child.getMessage().isBlank() && !lines.contains(child.getMessage())) {
				lines.add(child.getMessage());
			}
		}
		return String.join("\n", lines); //$NON-NLS-1$
	}
}
