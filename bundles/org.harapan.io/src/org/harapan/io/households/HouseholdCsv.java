package org.harapan.io.households;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.harapan.model.Household;
import org.harapan.model.validation.NikDirectory;
import org.harapan.store.BulkResult;
import org.harapan.store.CaseStore;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSummary;

/** Imports and exports the households CSV ({@link HouseholdColumns}) against a case store. */
public final class HouseholdCsv {

	/** Households read (and looked up in the store) before they are handed to the store together. */
	static final int CHUNK = 1_000;

	private HouseholdCsv() {
	}

	/**
	 * Streams the file into the store ({@link CaseStore#saveAll}); every rejected row goes to {@code problems}.
	 * Re-importing the same file stores nothing (the households are unchanged).
	 *
	 * @throws IOException when the file cannot be read or its header lacks a column
	 */
	public static ImportSummary importFile(CaseStore store, Path file, String user, Consumer<RowProblem> problems,
			IProgressMonitor monitor) throws IOException {
		long start = System.nanoTime();
		long size = Math.max(1, Files.size(file));
		SubMonitor progress = SubMonitor.convert(monitor, "Importing households from " + file.getFileName(), 1000); //$NON-NLS-1$
		// into an empty store nothing can be stored already: skip the look-ups (duplicates within the file are
		// found by the reader itself)
		boolean empty = store.info().households() == 0;
		Function<String, Optional<Household>> stored = empty ? id -> Optional.empty() : store::load;
		NikDirectory niks = empty ? NikDirectory.NONE : store::householdOfNik;
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
				BulkResult result = store.saveAll(chunk.iterator(), user, "import households " + file.getFileName(), //$NON-NLS-1$
						new NullProgressMonitor());
				inserted += result.inserted();
				updated += result.updated();
				unchanged += result.unchanged();
				refused.addAll(result.rejected());
				result.rejected().forEach(reason -> problems.accept(new RowProblem(0, null, reason)));
				int now = (int) Math.min(1000, 1000 * reader.position() / size);
				progress.worked(now - done);
				done = now;
			}
			return new ImportSummary(reader.rowsRead(), reader.rejectedRows(), reader.duplicateRows(), inserted,
					updated, unchanged, refused, (System.nanoTime() - start) / 1_000_000);
		} finally {
			progress.done();
		}
	}

	/**
	 * Writes every household of the store, in KPM id order, members in their order.
	 *
	 * @return the number of households written
	 */
	public static long exportFile(CaseStore store, Path file, IProgressMonitor monitor) throws IOException {
		List<HouseholdSummary> all = store.find(HouseholdQuery.all());
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting households to " + file.getFileName(), all.size()); //$NON-NLS-1$
		long written = 0;
		try (HouseholdCsvWriter writer = new HouseholdCsvWriter(file)) {
			for (HouseholdSummary summary : all) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				Household h = store.load(summary.kpmId()).orElse(null);
				if (h != null) {
					writer.write(h);
					written++;
				}
				progress.worked(1);
			}
		} finally {
			progress.done();
		}
		return written;
	}
}
