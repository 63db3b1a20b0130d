package org.harapan.io.households;

import static org.harapan.io.households.MeasurementColumns.*;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.MeasurementPlace;
import org.harapan.model.Member;
import org.harapan.model.validation.Nik;
import org.harapan.model.validation.HouseholdValidation;
import org.harapan.casework.Casework;
import org.harapan.casework.ChangeResult;

/**
 * Imports and exports the measurements CSV ({@link MeasurementColumns}). A measurement is identified by the
 * member's NIK and its date: a row for a stored one with the same values changes nothing, with other values
 * replaces them. Consecutive rows of one household are saved together (one transaction, one audit row).
 */
public final class MeasurementCsv {

	private MeasurementCsv() {
	}

	public static ImportSummary importFile(Casework casework, Path file, Consumer<RowProblem> problems,
			IProgressMonitor monitor) throws IOException {
		return new Run(casework, "import measurements " + file.getFileName(), problems).read(file, monitor); //$NON-NLS-1$
	}

	/** Writes every measurement of the store: households in KPM id order, members and dates in their order. */
	public static long exportFile(Casework casework, Path file, IProgressMonitor monitor) throws IOException {
		return exportFile(casework, file, false, monitor);
	}

	/** Writes every measurement the session sees, NIKs masked when {@code maskNik} ({@link Nik#mask}). */
	public static long exportFile(Casework casework, Path file, boolean maskNik, IProgressMonitor monitor)
			throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting measurements to " + file.getFileName(), 1); //$NON-NLS-1$
		long[] rows = new long[1];
		try (CsvOutput out = new CsvOutput(file, MeasurementColumns.ALL)) {
			casework.forEachHousehold(h -> {
				for (Member m : h.getMembers()) {
					for (Measurement ms : m.getMeasurements()) {
						row(out, m, ms, maskNik);
						rows[0]++;
					}
				}
			}, progress.split(1));
		} catch (UncheckedIOException e) {
			throw e.getCause();
		} finally {
			progress.done();
		}
		return rows[0];
	}

	private static void row(CsvOutput out, Member m, Measurement ms, boolean maskNik) {
		try {
			out.row(maskNik ? Nik.mask(m.getNik()) : m.getNik(), Cells.format(ms.getDate()), Cells.format(ms.getWeightKg()),
					Cells.format(ms.getHeightCm()), Cells.format(ms.getPosition()),
					Cells.format(ms.getHeadCircumferenceCm()), Cells.format(ms.getArmCircumferenceCm()),
					Cells.format(ms.isOedema()), Cells.format(ms.getPlace()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One import run. */
	private static final class Run {
		private final Casework casework;
		private final String change;
		private final Consumer<RowProblem> problems;
		private final Map<String, Long> linesInGroup = new HashMap<>();
		private final List<Long> groupLines = new ArrayList<>();
		private final List<String> refused = new ArrayList<>();
		private Household current;
		private boolean changed;
		private boolean windows1252;
		private long rows, rejected, duplicates, added, updated, unchanged;

		Run(Casework casework, String change, Consumer<RowProblem> problems) {
			this.casework = casework;
			this.change = change;
			this.problems = problems;
		}

		ImportSummary read(Path file, IProgressMonitor monitor) throws IOException {
			long start = System.nanoTime();
			SubMonitor progress = SubMonitor.convert(monitor, "Importing measurements from " + file.getFileName(), //$NON-NLS-1$
					IProgressMonitor.UNKNOWN);
			try (CsvInput in = new CsvInput(file, MeasurementColumns.ALL, MeasurementColumns.REQUIRED)) {
				windows1252 = in.encoding().fallback();
				while (in.hasNext()) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					CsvInput.Row row = in.next();
					rows++;
					try {
						row(in, row);
					} catch (CellException e) {
						reject(new RowProblem(row.line(), e.column(), e.getMessage()));
					}
					progress.worked(1);
				}
				flush();
			} finally {
				progress.done();
			}
			return new ImportSummary(rows, rejected, duplicates, added, updated, unchanged, refused,
					(System.nanoTime() - start) / 1_000_000, windows1252);
		}

		private void row(CsvInput in, CsvInput.Row row) throws CellException {
			if (row.isEmpty()) {
				throw new CellException(null, Messages.emptyLine);
			}
			if (row.record().size() != in.width()) {
				throw new CellException(null, NLS.bind(Messages.columnCount, in.width(), row.record().size()));
			}
			String nik = Cells.digits16(NIK, in.cell(row, 0), true);
			Measurement ms = HarapanFactory.eINSTANCE.createMeasurement();
			LocalDate date = Cells.requiredDate(DATE, in.cell(row, 1));
			ms.setDate(date);
			ms.setWeightKg(Cells.decimal(WEIGHT_KG, in.cell(row, 2)));
			ms.setHeightCm(Cells.decimal(HEIGHT_CM, in.cell(row, 3)));
			ms.setPosition(Cells.position(POSITION, in.cell(row, 4)));
			ms.setHeadCircumferenceCm(Cells.decimal(HEAD_CM, in.cell(row, 5)));
			ms.setArmCircumferenceCm(Cells.decimal(MUAC_CM, in.cell(row, 6)));
			ms.setOedema(Cells.bool(OEDEMA, in.cell(row, 7)));
			ms.setPlace(Cells.enumerated(PLACE, in.cell(row, 8), MeasurementPlace.class, MeasurementPlace.POSYANDU));
			String kpm = casework.householdOfNik(nik)
					.orElseThrow(() -> new CellException(NIK, NLS.bind(Messages.noMember, nik)));
			if (current == null || !kpm.equals(current.getKpmId())) {
				flush();
				current = casework.load(kpm).orElseThrow(() -> new CellException(NIK, NLS.bind(Messages.kpmNotFound, kpm)));
			}
			Long first = linesInGroup.putIfAbsent(nik + '|' + date, row.line());
			if (first != null) {
				duplicates++;
				throw new CellException(DATE,
						NLS.bind(Messages.duplicateMeasurement, new Object[] { nik, Cells.format(date), first }));
			}
			store(current.findMember(nik), ms, row.line());
		}

		private void store(Member member, Measurement ms, long line) throws CellException {
			Measurement old = member.getMeasurements().stream().filter(o -> ms.getDate().equals(o.getDate()))
					.findFirst().orElse(null);
			if (old != null && same(old, ms)) {
				unchanged++;
				return;
			}
			int at = old != null ? member.getMeasurements().indexOf(old) : position(member, ms.getDate());
			if (old != null) {
				member.getMeasurements().set(at, ms);
			} else {
				member.getMeasurements().add(at, ms);
			}
			String error = error(ms);
			if (error != null) {
				if (old != null) {
					member.getMeasurements().set(at, old);
				} else {
					member.getMeasurements().remove(ms);
				}
				throw new CellException(null, error);
			}
			changed = true;
			groupLines.add(line);
			if (old != null) {
				updated++;
			} else {
				added++;
			}
		}

		private String error(Measurement ms) {
			for (Diagnostic d : HouseholdValidation.validate(current).getChildren()) {
				if (d.getSeverity() == Diagnostic.ERROR && !d.getData().isEmpty() && d.getData().get(0) == ms) {
					return d.getMessage();
				}
			}
			return null;
		}

		private void flush() {
			if (current != null && changed) {
				ChangeResult result = casework.save(current, change);
				if (!result.isStored()) {
					refuse(result.message(Locale.getDefault().getLanguage()));
				}
			}
			current = null;
			changed = false;
			linesInGroup.clear();
			groupLines.clear();
		}

		private void refuse(String reason) {
			refused.add(NLS.bind(Messages.refusedLines, reason, groupLines));
			problems.accept(new RowProblem(groupLines.get(0), null, reason));
			rejected += groupLines.size();
		}

		private void reject(RowProblem problem) {
			rejected++;
			problems.accept(problem);
		}
	}

	private static int position(Member member, LocalDate date) {
		List<Measurement> list = member.getMeasurements();
		int i = list.size();
		while (i > 0 && list.get(i - 1).getDate() != null && list.get(i - 1).getDate().isAfter(date)) {
			i--;
		}
		return i;
	}

	static boolean same(Measurement a, Measurement b) {
		return a.getDate().equals(b.getDate()) && a.getWeightKg() == b.getWeightKg()
				&& a.getHeightCm() == b.getHeightCm() && a.getPosition() == b.getPosition()
				&& a.getHeadCircumferenceCm() == b.getHeadCircumferenceCm()
				&& a.getArmCircumferenceCm() == b.getArmCircumferenceCm() && a.isOedema() == b.isOedema()
				&& a.getPlace() == b.getPlace();
	}
}
