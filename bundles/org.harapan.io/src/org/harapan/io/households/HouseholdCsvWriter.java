package org.harapan.io.households;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.model.validation.Nik;

/** Writes households as the households CSV ({@link HouseholdColumns}), one row per member in member order. */
public final class HouseholdCsvWriter implements Closeable {

	private final CsvOutput out;
	private final boolean maskNik;
	private long rows;

	public HouseholdCsvWriter(Path file) throws IOException {
		this(file, false);
	}

	/** @param maskNik write NIKs masked ({@link Nik#mask}): first 6 and last 4 digits */
	public HouseholdCsvWriter(Path file, boolean maskNik) throws IOException {
		this.out = new CsvOutput(file, HouseholdColumns.ALL);
		this.maskNik = maskNik;
	}

	public HouseholdCsvWriter(Writer writer) throws IOException {
		this.out = new CsvOutput(writer, HouseholdColumns.ALL);
		this.maskNik = false;
	}

	public void write(Household h) throws IOException {
		for (Member m : h.getMembers()) {
			out.row(Cells.text(h.getKpmId()), Cells.text(h.getNoKK()), Cells.text(h.getDesaCode()),
					Cells.text(h.getAddress()), Cells.text(h.getFacilitator()), Cells.format(h.getStatus()),
					Cells.format(h.getJoinedDate()), Integer.toString(h.getWelfareDecile()), Cells.text(maskNik ? Nik.mask(m.getNik()) : m.getNik()),
					Cells.text(m.getName()), Cells.format(m.getSex()), Cells.format(m.getBirthDate()),
					Cells.format(m.getRelationToHead()), Cells.format(m.isPregnant()),
					Cells.format(m.getExpectedDeliveryDate()), Cells.format(m.getSchoolLevel()),
					Cells.format(m.isEnrolled()), Cells.format(m.getDisability()));
			rows++;
		}
	}

	/** Rows written so far (members). */
	public long rows() {
		return rows;
	}

	@Override
	public void close() throws IOException {
		out.close();
	}
}
