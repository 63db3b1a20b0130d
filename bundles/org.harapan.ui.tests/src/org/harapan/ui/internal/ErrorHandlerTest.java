package org.harapan.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.harapan.ui.UiFeedback;
import org.harapan.ui.UiJobs;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The one error handler: the user reads a plain message, the log gets the detail, no stack trace in the dialog. */
@ExtendWith(Screenshots.class)
class ErrorHandlerTest {

	private static final String MESSAGE = "Household KPM-1 could not be saved: the store is read-only."; //$NON-NLS-1$
	private static final String DETAIL = "boom in org.example.Store.write"; //$NON-NLS-1$

	@Test
	void aFailedJobShowsItsMessageAndLogsTheDetail() throws Exception {
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		Shell dialog = null;
		try {
			Label owner = new Label(Workbench.page().getWorkbenchWindow().getShell(), 0);
			Job job = UiJobs.schedule("Saving KPM-1", owner, monitor -> { //$NON-NLS-1$
				throw new IllegalStateException(DETAIL);
			}, result -> {
			}, message -> {
			});
			Workbench.waitUntil(() -> job.getState() == Job.NONE, "the job", 20); //$NON-NLS-1$
			Workbench.waitUntil(() -> shown() != null, "the error dialog", 20); //$NON-NLS-1$
			dialog = shown();
			String text = String.join("\n", texts(dialog)); //$NON-NLS-1$
			assertTrue(text.contains("Saving KPM-1") && text.contains(DETAIL), text); //$NON-NLS-1$
			assertFalse(text.contains("IllegalStateException") || text.contains("\tat "), "no stack trace: " + text); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertTrue(logged.stream().anyMatch(s -> s.getException() instanceof IllegalStateException),
					"the detail is in the log"); //$NON-NLS-1$
			owner.dispose();

			dialog.close();
			UiFeedback.showError(MESSAGE, new IllegalStateException(DETAIL));
			Workbench.waitUntil(() -> shown() != null, "the error dialog", 20); //$NON-NLS-1$
			dialog = shown();
			assertEquals(List.of(MESSAGE), texts(dialog).stream().filter(t -> t.contains("KPM-1")).toList()); //$NON-NLS-1$
			assertFalse(String.join("\n", texts(dialog)).contains(DETAIL)); //$NON-NLS-1$
		} finally {
			Platform.removeLogListener(listener);
			if (dialog != null && !dialog.isDisposed()) {
				dialog.close();
			}
		}
	}

	/** The dialog the error handler opened. */
	private static Shell shown() {
		for (Shell s : Display.getCurrent().getShells()) {
			if (s.isVisible() && Messages.Error_Title.equals(s.getText())) {
				return s;
			}
		}
		return null;
	}

	private static List<String> texts(Composite parent) {
		List<String> texts = new ArrayList<>();
		for (Control c : parent.getChildren()) {
			if (c instanceof Label l && !l.getText().isEmpty()) {
				texts.add(l.getText());
			} else if (c instanceof Composite child) {
				texts.addAll(texts(child));
			}
		}
		return texts;
	}
}
