package org.harapan.io.households;

import static org.harapan.io.households.HouseholdColumns.*;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.harapan.io.csv.TextEncoding;
import org.harapan.io.internal.LongLineMap;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.model.validation.NikDirectory;

/**
 * Reads the households CSV as a stream of households, one at a time: rows of one household (same
 * {@code kpm_id}) must be consecutive. A bad row is reported to the problem consumer with its line, column and
 * reason and left out; the household is made of its good rows. Rows are checked cell by cell, then the
 * household by the model's validation ({@code HouseholdValidation}, with {@code nikDirectory} for NIK held by
 * another household of the store). A household already in the store (the {@code stored} function) is
 * updated: its fields are set from the file and members matched by NIK are updated, new ones added; members
 * not in the file are kept. Memory grows only with the number of households and NIK seen (for duplicates).
 */
public final class HouseholdCsvReader implements Iterator<Household>, Closeable {

	private final CsvInput in;
	private final HouseholdRows rows;
	private final Function<String, Optional<Household>> stored;
	private final Consumer<RowProblem> problems;
	private final Map<String, Long> firstLineOfKpm = new HashMap<>();
	private final LongLineMap lineOfNik = new LongLineMap();
	private CsvInput.Row pending;
	private Household ready;
	private long rowsRead;
	private long rejectedRows;
	private long duplicateRows;
	private long households;

	/**
	 * @param file         the CSV file
	 * @param stored       the stored household of a KPM id, if any
	 * @param nikDirectory which stored household holds a NIK
	 * @param clock        what "today" is for validation
	 * @param problems     receives every rejected row
	 */
	public HouseholdCsvReader(Path file, Function<String, Optional<Household>> stored, NikDirectory nikDirectory,
			Clock clock, Consumer<RowProblem> problems) throws IOException {
		this(new CsvInput(file, HouseholdColumns.ALL, HouseholdColumns.REQUIRED), stored, nikDirectory, clock, problems);
	}

	public HouseholdCsvReader(CsvInput in, Function<String, Optional<Household>> stored, NikDirectory nikDirectory,
			Clock clock, Consumer<RowProblem> problems) {
		this.in = in;
		this.stored = stored;
		this.problems = problems;
		this.rows = new HouseholdRows(in, nikDirectory, clock, this::reject);
	}

	@Override
	public boolean hasNext() {
		while (ready == null) {
			if (!nextGroup()) {
				return false;
			}
			ready = rows.finish().map(this::merge).orElse(null);
		}
		return true;
	}

	@Override
	public Household next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		Household h = ready;
		ready = null;
		households++;
		return h;
	}

	/** Reads the next run of rows with one KPM id into {@link #rows}; {@code false} at the end of the file. */
	private boolean nextGroup() {
		String kpm = null;
		while (pending != null || in.hasNext()) {
			CsvInput.Row row = pending != null ? pending : read();
			pending = null;
			if (row.isEmpty()) {
				reject(new RowProblem(row.line(), null, Messages.emptyLine));
				continue;
			}
			if (row.record().size() != in.width()) {
				reject(new RowProblem(row.line(), null, NLS.bind(Messages.columnCount, in.width(), row.record().size())));
				continue;
			}
			String id = Cells.clean(in.cell(row, HouseholdColumns.ALL.indexOf(KPM_ID)));
			if (id.isEmpty()) {
				reject(new RowProblem(row.line(), KPM_ID, Messages.missing));
				continue;
			}
			if (kpm != null && !kpm.equals(id)) {
				pending = row;
				break;
			}
			if (kpm == null) {
				Long first = firstLineOfKpm.putIfAbsent(id, row.line());
				if (first != null) {
					reject(new RowProblem(row.line(), KPM_ID, NLS.bind(Messages.notConsecutive, Cells.quote(id), first)));
					continue;
				}
				kpm = id;
			}
			if (duplicateNik(row)) {
				continue;
			}
			rows.add(row);
		}
		return kpm != null;
	}

	private CsvInput.Row read() {
		rowsRead++;
		return in.next();
	}

	private boolean duplicateNik(CsvInput.Row row) {
		String nik = Cells.clean(in.cell(row, HouseholdColumns.ALL.indexOf(NIK)));
		if (nik.length() != 16 || !nik.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return false; // reported by the row checks
		}
		long first = lineOfNik.putIfAbsent(Long.parseLong(nik), row.line());
		if (first != 0) {
			duplicateRows++;
			reject(new RowProblem(row.line(), NIK, NLS.bind(Messages.duplicateNik, nik, first)));
			return true;
		}
		return false;
	}

	private void reject(RowProblem problem) {
		if (problem.line() > 0) {
			rejectedRows++;
		}
		problems.accept(problem);
	}

	/** The stored household updated from the file's one, or the file's one when none is stored. */
	private Household merge(Household fromFile) {
		Optional<Household> existing = stored.apply(fromFile.getKpmId());
		if (existing.isEmpty()) {
			return fromFile;
		}
		Household h = existing.get();
		h.setNoKK(fromFile.getNoKK());
		h.setDesaCode(fromFile.getDesaCode());
		h.setAddress(fromFile.getAddress());
		h.setFacilitator(fromFile.getFacilitator());
		h.setStatus(fromFile.getStatus());
		h.setJoinedDate(fromFile.getJoinedDate());
		h.setWelfareDecile(fromFile.getWelfareDecile());
		for (Member m : List.copyOf(fromFile.getMembers())) {
			Member old = h.findMember(m.getNik());
			if (old == null) {
				h.getMembers().add(m);
			} else {
				HouseholdRows.copy(m, old);
			}
		}
		return h;
	}

	/** Data lines read (not counting the header). */
	public long rowsRead() {
		return rowsRead;
	}

	/** Rows left out, each reported. */
	public long rejectedRows() {
		return rejectedRows;
	}

	/** Rows left out because their member's NIK was on an earlier line. */
	public long duplicateRows() {
		return duplicateRows;
	}

	/** Characters of the file read so far (for progress). */
	public long position() {
		return in.position();
	}

	/** The encoding the file is read in. */
	public TextEncoding encoding() {
		return in.encoding();
	}

	/** Households handed out so far. */
	public long households() {
		return households;
	}

	@Override
	public void close() {
		try {
			in.close();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Household newHousehold() {
		return HarapanFactory.eINSTANCE.createHousehold();
	}
}
