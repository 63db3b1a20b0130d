package org.harapan.ui;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;

/**
 * Long work of a view as a cancellable job with progress in the status bar and the Progress view; its result is
 * handed to the view on the UI thread. A failure is reported once, as {@link UiFeedback} does: the message to the
 * user (and to {@code failed}, e.g. for the view's header), the detail to the log.
 */
public final class UiJobs {

	/** The work of the job; check the monitor for cancellation. */
	@FunctionalInterface
	public interface Work<T> {
		T run(IProgressMonitor monitor) throws Exception;
	}

	private UiJobs() {
	}

	/**
	 * Schedules {@code work} as a job named {@code name}; {@code done} gets its result and {@code failed} the message
	 * of a failure, both on the UI thread and only while {@code owner} is not disposed.
	 */
	public static <T> Job schedule(String name, Control owner, Work<T> work, Consumer<T> done,
			Consumer<String> failed) {
		return schedule(name, owner, work, done, failed, 0);
	}

	/** {@link #schedule(String, Control, Work, Consumer, Consumer)}, started after {@code delayMillis}. */
	public static <T> Job schedule(String name, Control owner, Work<T> work, Consumer<T> done,
			Consumer<String> failed, long delayMillis) {
		var display = owner.getDisplay();
		Job job = Job.create(name, monitor -> {
			try {
				T result = work.run(monitor);
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				display.asyncExec(() -> {
					if (!owner.isDisposed()) {
						done.accept(result);
					}
				});
				return Status.OK_STATUS;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS; // a cancelled job's store or query may fail on the way out: not an error
				}
				String message = NLS.bind(Messages.Job_Failed, name, reason(e));
				display.asyncExec(() -> {
					if (!owner.isDisposed()) {
						failed.accept(message);
					}
				});
				return UiFeedback.error(message, e);
			}
		});
		UiFeedback.visible(job);
		job.schedule(delayMillis);
		return job;
	}

	/** What went wrong in words: the exception's message, else its kind. */
	static String reason(Throwable e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	/** Whether {@code job} is still waiting or running. */
	public static boolean isBusy(Job job) {
		return job != null && job.getState() != Job.NONE;
	}

}
