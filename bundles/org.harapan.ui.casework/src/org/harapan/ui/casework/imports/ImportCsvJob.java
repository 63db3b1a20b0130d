package org.harapan.ui.casework.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.statushandlers.StatusManager;
import org.harapan.casework.Casework;
import org.harapan.io.households.HeaderException;
import org.harapan.io.households.HouseholdCsv;
import org.harapan.io.households.ImportSummary;
import org.harapan.io.households.MeasurementCsv;
import org.harapan.io.households.RowProblem;
import org.harapan.store.StoreLocation;
import org.harapan.ui.UiFeedback;
import org.harapan.ui.cases.Caseworks;

/**
 * Imports a households or measurements CSV (the formats of the README) through casework as a cancellable job with
 * progress in the status bar and the Progress view. Bad rows are left out and listed (line, column, reason), good
 * rows are stored; the summary is announced when it is done, with the first rejected rows (all of them in the log).
 */
public class ImportCsvJob extends Job {

	/** What the file holds. */
	public enum Kind {
		HOUSEHOLDS, MEASUREMENTS;

		static Kind of(String word) {
			return "measurements".equals(word) ? MEASUREMENTS : HOUSEHOLDS; //$NON-NLS-1$
		}

		String word() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Rejected rows shown in the announcement; the log has them all. */
	private static final int SHOWN_PROBLEMS = 10;

	private final Kind kind;
	private final Path file;
	private final StoreLocation store;
	private volatile ImportSummary summary;
	private volatile IStatus outcome;

	/** Imports {@code file} into {@code store} ({@code null}: the data folder's store). */
	public ImportCsvJob(Kind kind, Path file, StoreLocation store) {
		super(NLS.bind(kind == Kind.HOUSEHOLDS ? Messages.Import_JobHouseholds : Messages.Import_JobMeasurements,
				file.getFileName()));
		this.kind = kind;
		this.file = file;
		this.store = store;
		UiFeedback.visible(this);
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		List<String> problems = new ArrayList<>();
		try {
			if (!Files.isRegularFile(file)) {
				return announce(UiFeedback.error(NLS.bind(Messages.Import_NoFile, file), null));
			}
			try (Casework cw = Caseworks.open(store, progress.split(5))) {
				summary = kind == Kind.HOUSEHOLDS
						? HouseholdCsv.importFile(cw, file, p -> problems.add(line(p)), progress.split(95))
						: MeasurementCsv.importFile(cw, file, p -> problems.add(line(p)), progress.split(95));
			}
			return announce(result(summary, problems));
		} catch (HeaderException e) {
			return announce(UiFeedback.error(NLS.bind(Messages.Import_Refused, file.getFileName(), e.problem()), e));
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			return announce(UiFeedback.error(NLS.bind(Messages.Import_Failed, file.getFileName(), reason), e));
		}
	}

	private String line(RowProblem p) {
		return file.getFileName() + " " + p; //$NON-NLS-1$
	}

	private IStatus result(ImportSummary s, List<String> problems) {
		String text = NLS.bind(Messages.Import_Done, file.getFileName(), s.line(kind.word()));
		if (problems.isEmpty() && s.refused().isEmpty()) {
			return new Status(IStatus.INFO, "org.harapan.ui.casework", text); //$NON-NLS-1$
		}
		MultiStatus status = new MultiStatus("org.harapan.ui.casework", 0, text, null); //$NON-NLS-1$
		List<String> all = new ArrayList<>(problems);
		all.addAll(s.refused());
		all.stream().limit(SHOWN_PROBLEMS).forEach(p -> status.add(Status.warning(p)));
		if (all.size() > SHOWN_PROBLEMS) {
			status.add(Status.warning(NLS.bind(Messages.Import_MoreInLog, all.size() - SHOWN_PROBLEMS)));
		}
		MultiStatus logged = new MultiStatus("org.harapan.ui.casework", 0, text, null); //$NON-NLS-1$
		all.forEach(p -> logged.add(Status.warning(p)));
		StatusManager.getManager().handle(logged, StatusManager.LOG);
		return status;
	}

	/** Shows what happened (a plain message, never a stack trace) and keeps it as the job's result. */
	private IStatus announce(IStatus status) {
		outcome = status;
		StatusManager.getManager().handle(status, StatusManager.SHOW);
		setName(status.getMessage());
		return Status.OK_STATUS; // announced already: no second dialog from the job framework
	}

	/** What the import did (when it read the file). */
	public ImportSummary summary() {
		return summary;
	}

	/** The announced outcome (null until done). */
	public IStatus outcome() {
		return outcome;
	}
}
