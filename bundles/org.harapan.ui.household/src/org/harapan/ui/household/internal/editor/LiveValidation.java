package org.harapan.ui.household.internal.editor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.harapan.model.Household;
import org.harapan.ui.UiFeedback;

/**
 * Validates the household file while it is edited: a while after the last command (undo and redo included) the
 * household is validated as a save would validate it (casework's validation, store-wide NIK uniqueness included),
 * on a copy in a background job so that typing never waits for the store; the errors, pointed back at the objects
 * shown, replace the problems at the fields and in the lists. Only the newest validation is shown.
 */
public final class LiveValidation {

	/** How long after the last change the validation starts (ms). */
	public static final int DELAY_MILLIS = 300;

	private final Display display;
	private final FileContext file;
	private final Runnable start = this::start;
	private Function<Household, Diagnostic> validator;
	private int generation;
	private boolean running;

	public LiveValidation(Display display, FileContext file) {
		this.display = display;
		this.file = file;
		file.domain().stack().addCommandStackListener(e -> schedule());
	}

	/** Validates with {@code validation} from now on (casework's, once the session is known) and validates now. */
	public void connect(Function<Household, Diagnostic> validation) {
		validator = validation;
		schedule();
	}

	/** Validates a while from now; a change before then postpones it. */
	public void schedule() {
		generation++;
		if (validator != null && !display.isDisposed()) {
			running = true;
			display.timerExec(-1, start);
			display.timerExec(DELAY_MILLIS, start);
		}
	}

	/** Validates no more (the editor is closed). */
	public void dispose() {
		validator = null;
		running = false;
		if (!display.isDisposed()) {
			display.timerExec(-1, start);
		}
	}

	/** Whether a validation is waiting or running (for tests). */
	public boolean isBusy() {
		return running;
	}

	private void start() {
		Household shown = file.household();
		if (shown == null || validator == null) {
			running = false;
			return;
		}
		int asked = generation;
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Household copy = (Household) copier.copy(shown);
		copier.copyReferences();
		copy.setVersion(shown.getVersion());
		Map<EObject, EObject> originals = new IdentityHashMap<>();
		copier.forEach((original, copied) -> originals.put(copied, original));
		Function<Household, Diagnostic> validation = validator;
		running = true;
		Job job = Job.create(Messages.Validation_Job, (IProgressMonitor monitor) -> {
			try {
				List<Diagnostic> errors = errors(validation.apply(copy), originals);
				display.asyncExec(() -> shown(asked, shown, errors));
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				display.asyncExec(() -> running = false);
				return UiFeedback.error(Messages.Validation_Failed, e);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	private void shown(int asked, Household validated, List<Diagnostic> errors) {
		if (validator == null || asked != generation || validated != file.household()) {
			return; // edited meanwhile: the next validation will tell
		}
		running = false;
		file.problems().validated(errors);
	}

	/** The error leaves of {@code diagnostic}, each pointing at the original of the copied object it names. */
	private static List<Diagnostic> errors(Diagnostic diagnostic, Map<EObject, EObject> originals) {
		List<Diagnostic> errors = new ArrayList<>();
		collect(diagnostic, originals, errors);
		return errors;
	}

	private static void collect(Diagnostic d, Map<EObject, EObject> originals, List<Diagnostic> errors) {
		if (d.getSeverity() < Diagnostic.ERROR) {
			return;
		}
		if (d.getChildren().isEmpty()) {
			Object[] data = d.getData().toArray();
			for (int i = 0; i < data.length; i++) {
				if (data[i] instanceof EObject copied && originals.containsKey(copied)) {
					data[i] = originals.get(copied);
				}
			}
			errors.add(new BasicDiagnostic(d.getSeverity(), d.getSource(), d.getCode(), d.getMessage(), data));
		}
		d.getChildren().forEach(child -> collect(child, originals, errors));
	}
}
