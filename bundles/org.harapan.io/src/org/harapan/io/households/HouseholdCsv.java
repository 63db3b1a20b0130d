package org.harapan.io.households;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.harapan.casework.BulkResult;
import org.harapan.casework.Casework;
import org.harapan.model.validation.Nik;
import org.harapan.model.Household;
import org.harapan.model.validation.NikDirectory;

/** Imports and exports the households CSV ({@link HouseholdColumns}) through casework. */
public final class HouseholdCsv {

	/** Households read (and looked up in the store) before they are handed to the store together. */
	static final int CHUNK = 1_000;

	private HouseholdCsv() {
	}

	/**
	 * Streams the file into the store through casework ({@link Casework#saveAll}, which validates and records the
	 * session's user); every rejected row goes to {@code problems}. Re-importing the same file stores nothing (the
	 * households are unchanged).
	 *
	 * @throws IOException when the file cannot be read or its header lacks a column
	 */
	public static ImportSummary importFile(Casework casework, Path file, Consumer<RowProblem> problems,
			IProgressMonitor monitor) throws IOException {
		long start = System.nanoTime();
		long size = Math.max(1, Files.size(file));
		SubMonitor progress = SubMonitor.convert(monitor, "Importing households from " + file.getFileName(), 1000); //$NON-NLS-1$
		// into an empty store nothing can be stored already: skip the look-ups (duplicates within the file are
		// found by the reader itself)
		boolean empty = casework.isEmpty();
		Function<String, Optional<Household>> stored = empty ? id -> Optional.empty() : casework::load;
		NikDirectory niks = empty ? NikDirectory.NONE : casework::householdOfNik;
		String language = Locale.getDefault().getLanguage();
		try (HouseholdCsvReader reader = new HouseholdCsvReader(file, stored, niks, Clock.systemDefaultZone(),
				problems)) {
			// The store is read while a chunk is prepared and written only after it (never from inside saveAll,
			// which may consume its iterator on another thread while holding the store).
			long inserted = 0;
			long updated = 0;
			long unchanged = 0;
			List<String> refused = new ArrayList<>();
			int done = 0;
			while (reader.hasNext()) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				List<Household> chunk = new ArrayList<>(CHUNK);
				while (chunk.size() < CHUNK && reader.hasNext()) {
					chunk.add(reader.next());
				}
				BulkResult result = casework.saveAll(chunk.iterator(), "import households " + file.getFileName(), //$NON-NLS-1$
						new NullProgressMonitor());
				inserted += result.inserted();
				updated += result.updated();
				unchanged += result.unchanged();
				List<String> messages = result.messages(language);
				refused.addAll(messages);
				messages.forEach(reason -> problems.accept(new RowProblem(0, null, reason)));
				int now = (int) Math.min(1000, 1000 * reader.position() / size);
				progress.worked(now - done);
				done = now;
			}
			return new ImportSummary(reader.rowsRead(), reader.rejectedRows(), reader.duplicateRows(), inserted,
					updated, unchanged, refused, (System.nanoTime() - start) / 1_000_000, reader.encoding().fallback());
		} finally {
			progress.done();
		}
	}

	/**
	 * Writes every household of the store, in KPM id order, members in their order.
	 *
	 * @return the number of households written
	 */
	public static long exportFile(Casework casework, Path file, IProgressMonitor monitor) throws IOException {
		return exportFile(casework, file, false, monitor);
	}

	/**
	 * Writes every household the session sees, NIKs masked when {@code maskNik} ({@link Nik#mask}; such a file is
	 * not for import).
	 */
	public static long exportFile(Casework casework, Path file, boolean maskNik, IProgressMonitor monitor)
			throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting households to " + file.getFileName(), 1); //$NON-NLS-1$
		long[] written = new long[1];
		try (HouseholdCsvWriter writer = new HouseholdCsvWriter(file, maskNik)) {
			casework.forEachHousehold(h -> {
				try {
					writer.write(h);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				written[0]++;
			}, progress.split(1));
		} catch (UncheckedIOException e) {
			throw e.getCause();
		} finally {
			progress.done();
		}
		return written[0];
	}
}
