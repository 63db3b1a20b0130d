package org.harapan.io.households;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.harapan.casework.Casework;
import org.harapan.demo.DemoGenerator;
import org.harapan.demo.DemoSettings;
import org.harapan.demo.DemoStore;
import org.harapan.growth.who.Who2006Standards;
import org.harapan.io.testing.MemoryCaseStore;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.model.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The households and measurements CSV against a store in memory (the JDBC store has its own test below). */
class HouseholdCsvTest {

	static final String HEADER = String.join(",", HouseholdColumns.ALL);
	/** Desa Rangan, kecamatan Kuaro, Kabupaten Paser. */
	static final String DESA = "64.01.05.2005";

	@TempDir
	Path dir;

	private final List<RowProblem> problems = new ArrayList<>();

	static Casework demo(int households) {
		Casework store = new MemoryCaseStore().casework();
		DemoStore.fill(store, new DemoGenerator(DemoSettings.paser(LocalDate.of(2025, 6, 30)).withHouseholds(households),
				new Who2006Standards()), null);
		return store;
	}

	/** Export, import into an empty store, export: the same bytes; importing again changes nothing. */
	static void roundTrip(Casework full, Casework empty, Path dir, List<RowProblem> problems) throws Exception {
		Path first = dir.resolve("first.csv");
		Path second = dir.resolve("second.csv");
		long written = HouseholdCsv.exportFile(full, first, null);
		ImportSummary imported = HouseholdCsv.importFile(empty, first, problems::add, null);
		assertEquals(List.of(), problems);
		assertEquals(written, imported.inserted());
		HouseholdCsv.exportFile(empty, second, null);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
		ImportSummary again = HouseholdCsv.importFile(empty, first, problems::add, null);
		assertEquals(0, again.inserted() + again.updated(), again.line("households"));
		assertEquals(written, again.unchanged());
		ImportSummary ontoDemo = HouseholdCsv.importFile(full, first, problems::add, null);
		assertEquals(0, ontoDemo.inserted() + ontoDemo.updated(), "the demo store already holds it: " + ontoDemo.line("households"));
	}

	@Test
	void demoExportImportExportGivesTheSameFileAndReimportChangesNothing() throws Exception {
		roundTrip(demo(400), new MemoryCaseStore().casework(), dir, problems);
	}

	@Test
	void measurementsRoundTripAndReimportChangesNothing() throws Exception {
		Casework full = demo(150);
		MemoryCaseStore copyStore = new MemoryCaseStore();
		Casework copy = copyStore.casework();
		HouseholdCsv.exportFile(full, dir.resolve("h.csv"), null);
		HouseholdCsv.importFile(copy, dir.resolve("h.csv"), problems::add, null);
		long rows = MeasurementCsv.exportFile(full, dir.resolve("m.csv"), null);
		assertTrue(rows > 100, "measurements " + rows);
		ImportSummary summary = MeasurementCsv.importFile(copy, dir.resolve("m.csv"), problems::add, null);
		assertEquals(List.of(), problems);
		assertEquals(rows, summary.inserted());
		MeasurementCsv.exportFile(copy, dir.resolve("m2.csv"), null);
		assertArrayEquals(Files.readAllBytes(dir.resolve("m.csv")), Files.readAllBytes(dir.resolve("m2.csv")));
		int saves = copyStore.saves();
		ImportSummary again = MeasurementCsv.importFile(copy, dir.resolve("m.csv"), problems::add, null);
		assertEquals(rows, again.unchanged());
		assertEquals(saves, copyStore.saves(), "re-import saved nothing");
	}

	private Path write(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	/** A row of the household KPM-1 in desa {@link #DESA} (Paser). */
	static String row(String kpm, String nik, String name, String sex, String birth, String relation) {
		return String.join(",", kpm, "6401051203150001", DESA, "\"Jl. Poros No. 1, RT 001\"", "pendamping.6401.01",
				"active", "2019-03-01", "2", nik, name, sex, birth, relation, "no", "", "none", "no", "none");
	}

	@Test
	void badRowsAreReportedByLineAndColumnAndTheGoodRowsStored() throws Exception {
		String text = HEADER + "\n" //
				+ row("KPM-1", "6401051003800001", "Ahmad", "male", "1980-03-10", "head") + "\n" // 2 good
				+ row("KPM-1", "6401055005850001", "Siti", "female", "1985-05-10", "spouse") + "\n" // 3 good
				+ row("KPM-1", "640105100", "Budi", "male", "2010-03-10", "child") + "\n" // 4 bad NIK
				+ row("KPM-1", "6401051003100002", "Rudi", "male", "2010-13-10", "child") + "\n" // 5 bad date
				+ "\n" // 6 empty line
				+ row("KPM-1", "6401051003800001", "Ahmad again", "male", "1980-03-10", "child") + "\n" // 7 duplicate member
				+ "KPM-2,6401051203150002\n" // 8 wrong column count
				+ row("KPM-3", "6401051003900001", "Joko", "male", "1990-03-10", "head").replace(DESA, "64.01.99.9999") + "\n" // 9 unknown desa
				+ row("KPM-4", "6401051104900001", "Eko", "male", "1990-04-11", "head") + "\n"; // 10 good
		Casework store = new MemoryCaseStore().casework();
		ImportSummary summary = HouseholdCsv.importFile(store, write("bad.csv", text), problems::add, null);
		assertEquals(List.of(4L, 5L, 6L, 7L, 8L, 9L), problems.stream().map(RowProblem::line).toList(), problems.toString());
		assertEquals(HouseholdColumns.NIK, problems.get(0).column());
		assertEquals(HouseholdColumns.BIRTH_DATE, problems.get(1).column());
		assertTrue(problems.get(2).reason().contains("empty line"));
		assertTrue(problems.get(3).reason().contains("duplicate member") && problems.get(3).reason().contains("line 2"));
		assertTrue(problems.get(4).reason().contains("expected 18 columns, found 2"));
		assertEquals(HouseholdColumns.DESA_CODE, problems.get(5).column());
		assertTrue(problems.get(5).toString().startsWith("line 9, column desa_code: "), problems.get(5).toString());
		assertEquals(6, summary.rejectedRows());
		assertEquals(1, summary.duplicateRows());
		assertEquals(2, summary.inserted());
		assertEquals(2, store.load("KPM-1").orElseThrow().getMembers().size());
		assertEquals(1, store.load("KPM-4").orElseThrow().getMembers().size());
	}

	@Test
	void aMemberOfAnotherStoredHouseholdAndAWrongNikDateAreRejectedByTheModelValidation() throws Exception {
		Casework store = new MemoryCaseStore().casework();
		HouseholdCsv.importFile(store, write("a.csv", HEADER + "\n"
				+ row("KPM-1", "6401051003800001", "Ahmad", "male", "1980-03-10", "head") + "\n"), problems::add, null);
		ImportSummary summary = HouseholdCsv.importFile(store, write("b.csv", HEADER + "\n"
				+ row("KPM-2", "6401051003800001", "Ahmad", "male", "1980-03-10", "head") + "\n"
				+ row("KPM-2", "6401051003800002", "Ani", "female", "1980-03-10", "spouse") + "\n"
				+ row("KPM-2", "6401051003800003", "Andi", "male", "1980-03-10", "child") + "\n"), problems::add, null);
		assertEquals(2, problems.size(), problems.toString());
		assertEquals(2, problems.get(0).line());
		assertEquals(HouseholdColumns.NIK, problems.get(0).column());
		assertTrue(problems.get(0).reason().contains("KPM-1"), problems.get(0).reason());
		assertEquals(3, problems.get(1).line());
		assertEquals(1, summary.inserted());
	}

	@Test
	void semicolonsByteOrderMarkAndDayMonthYearDatesAreAccepted() throws Exception {
		String text = "\uFEFF" + HEADER.replace(',', ';') + "\r\n"
				+ "KPM-9;6401051203150009;6401052005;Jl. Poros No. 2, RT 002;pendamping.6401.02;Active;01/03/2019;3;"
				+ "6401055005850009;Siti Aminah;P;10/05/1985;head;ya;20/12/2025;;tidak;\r\n";
		Casework store = new MemoryCaseStore().casework();
		ImportSummary summary = HouseholdCsv.importFile(store, write("semi.csv", text), problems::add, null);
		assertEquals(List.of(), problems);
		assertEquals(1, summary.inserted());
		Household h = store.load("KPM-9").orElseThrow();
		assertEquals(DESA, h.getDesaCode());
		assertEquals(LocalDate.of(2019, 3, 1), h.getJoinedDate());
		assertEquals("Jl. Poros No. 2, RT 002", h.getAddress());
		Member m = h.getMembers().get(0);
		assertEquals(Sex.FEMALE, m.getSex());
		assertEquals(LocalDate.of(1985, 5, 10), m.getBirthDate());
		assertTrue(m.isPregnant());
		assertEquals(LocalDate.of(2025, 12, 20), m.getExpectedDeliveryDate());
	}

	@Test
	void delimiterIsTakenFromTheHeaderLine() {
		assertEquals(';', CsvInput.delimiter("a;b;c"));
		assertEquals(',', CsvInput.delimiter("a,b,c"));
		assertEquals(',', CsvInput.delimiter("\"a;b\",c"));
	}

	@Test
	void cellsAreWrittenInOneCanonicalForm() throws Exception {
		assertEquals("12.5", Cells.format(12.50));
		assertEquals("80", Cells.format(80.0));
		assertEquals("", Cells.format(0.0));
		assertEquals(LocalDate.of(2024, 2, 29), Cells.date("d", "29/02/2024"));
		assertEquals(LocalDate.of(2024, 2, 29), Cells.date("d", "2024-02-29"));
		CellException e = org.junit.jupiter.api.Assertions.assertThrows(CellException.class,
				() -> Cells.date("birth_date", "2023-02-29"));
		assertEquals("birth_date", e.column());
	}
}
