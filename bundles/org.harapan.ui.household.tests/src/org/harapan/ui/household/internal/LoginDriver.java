package org.harapan.ui.household.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.harapan.ui.login.LoginDialog;

/**
 * Answers the workbench's login dialog as a user would, from inside the dialog's event loop (it is modal): once it
 * shows, types a user name and password, writes a screenshot and presses OK.
 */
final class LoginDriver {

	/** What the dialog showed when it was answered. */
	static final class Answer {
		volatile boolean answered;
		/** The error message the dialog showed (asked again after a refused password), or null. */
		volatile String error;
	}

	private LoginDriver() {
	}

	/** Answers the next login dialog with {@code user} and {@code password}; writes screenshot {@code screenshot}. */
	static Answer whenAsked(Display display, String user, String password, String screenshot) {
		Answer answer = new Answer();
		Runnable poll = new Runnable() {
			@Override
			public void run() {
				LoginDialog dialog = dialog(display);
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				List<Text> fields = new ArrayList<>();
				collect(dialog.getShell(), fields);
				fields.get(0).setText(user);
				fields.get(1).setText(password);
				try {
					UiWait.screenshot(screenshot);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				answer.error = dialog.getErrorMessage();
				answer.answered = true;
				dialog.okButton().notifyListeners(SWT.Selection, new Event());
			}
		};
		display.timerExec(100, poll);
		return answer;
	}

	private static LoginDialog dialog(Display display) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof LoginDialog d) {
				return d;
			}
		}
		return null;
	}

	/** The user name and password fields (not the dialog's read-only message). */
	private static void collect(Composite parent, List<Text> fields) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Text t && (t.getStyle() & SWT.READ_ONLY) == 0) {
				fields.add(t);
			} else if (c instanceof Composite inner) {
				collect(inner, fields);
			}
		}
	}
}
