package org.harapan.io.households;

import static org.harapan.io.households.HouseholdCsvTest.HEADER;
import static org.harapan.io.households.HouseholdCsvTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.harapan.casework.Casework;
import org.harapan.io.testing.MemoryCaseStore;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.model.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Households files as they come from the field: encodings, columns left out or doubled, empty lines at the end. */
class FieldFilesTest {

	@TempDir
	Path dir;

	private final List<RowProblem> problems = new ArrayList<>();
	private final Casework store = new MemoryCaseStore().casework();

	private Path write(String name, String text, Charset charset) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text, charset);
		return file;
	}

	private String rows(int good) {
		StringBuilder b = new StringBuilder(HEADER).append("\r\n");
		for (int i = 1; i <= good; i++) {
			b.append(row("KPM-" + i, String.format("64010510038%05d", i), "Ahmad " + i, "male", "1980-03-10", "head"))
					.append("\r\n");
		}
		return b.toString();
	}

	@Test
	void aWindowsCodePageFileIsReadAsWindows1252AndTheSummarySaysSo() throws Exception {
		String text = rows(300) + row("KPM-301", "6401055005850001", "Sofía Muñoz", "female", "1985-05-10", "head");
		ImportSummary summary = HouseholdCsv.importFile(store,
				write("excel.csv", text, Charset.forName("windows-1252")), problems::add, null);
		assertEquals(List.of(), problems);
		assertEquals(301, summary.inserted());
		assertTrue(summary.windows1252());
		assertTrue(summary.line("households").contains("Windows-1252"), summary.line("households"));
		assertEquals("Sofía Muñoz", store.load("KPM-301").orElseThrow().head().getName());
	}

	@Test
	void utf16WithByteOrderMarkAndUtf8AreReadAsTheyAre() throws Exception {
		String text = "\uFEFF" + rows(2) + row("KPM-3", "6401055005850001", "Sofía", "female", "1985-05-10", "head");
		assertEquals(3, HouseholdCsv.importFile(store, write("le.csv", text, StandardCharsets.UTF_16LE), problems::add,
				null).inserted());
		Casework other = new MemoryCaseStore().casework();
		assertEquals(3, HouseholdCsv.importFile(other, write("be.csv", text, StandardCharsets.UTF_16BE),
				problems::add, null).inserted());
		Casework third = new MemoryCaseStore().casework();
		ImportSummary utf8 = HouseholdCsv.importFile(third, write("u8.csv", text.substring(1), StandardCharsets.UTF_8),
				problems::add, null);
		assertFalse(utf8.windows1252());
		assertEquals(List.of(), problems);
		assertEquals("Sofía", third.load("KPM-3").orElseThrow().head().getName());
		assertEquals("Sofía", other.load("KPM-3").orElseThrow().head().getName());
	}

	@Test
	void onlyTheRequiredColumnsAreRequired() throws Exception {
		String text = "KPM_ID;desa_code;nik;name;sex;birth_date;relation\n"
				+ "KPM-7;6401052005;6401051003800001;Ahmad;L;10/03/1980;head\n";
		ImportSummary summary = HouseholdCsv.importFile(store, write("min.csv", text, StandardCharsets.UTF_8),
				problems::add, null);
		assertEquals(List.of(), problems);
		assertEquals(1, summary.inserted());
		Member head = store.load("KPM-7").orElseThrow().head();
		assertEquals(Sex.MALE, head.getSex());
		HeaderException missing = assertThrows(HeaderException.class, () -> HouseholdCsv.importFile(store,
				write("less.csv", "kpm_id,desa_code,nik,sex,birth_date,relation\n", StandardCharsets.UTF_8),
				problems::add, null));
		assertEquals(HouseholdColumns.NAME, missing.problem().column());
		assertEquals(1, missing.problem().line());
	}

	@Test
	void aColumnTwiceInTheHeaderIsRefusedNamingBothPositions() throws Exception {
		HeaderException e = assertThrows(HeaderException.class, () -> HouseholdCsv.importFile(store,
				write("twice.csv", HEADER + ",NIK\n", StandardCharsets.UTF_8), problems::add, null));
		assertEquals(HouseholdColumns.NIK, e.problem().column());
		assertTrue(e.problem().reason().contains("columns 9 and 19"), e.problem().reason());
		assertTrue(store.isEmpty());
	}

	@Test
	void emptyLinesAtTheEndAreSkippedNotRejected() throws Exception {
		String text = rows(2) + "\r\n" + row("KPM-3", "6401051003800003", "Eko", "male", "1980-03-10", "head")
				+ "\r\n\r\n" + ",".repeat(17) + "\r\n\r\n";
		ImportSummary summary = HouseholdCsv.importFile(store, write("tail.csv", text, StandardCharsets.UTF_8),
				problems::add, null);
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(4, problems.get(0).line(), "an empty line inside the file is still reported");
		assertEquals(4, summary.rows());
		assertEquals(1, summary.rejectedRows());
		assertEquals(3, summary.inserted());
	}

	@Test
	void excelHabitsDatesAndApostrophesAreReadAndExcelNumbersExplained() throws Exception {
		assertEquals(LocalDate.of(2023, 1, 1), Cells.date("d", "44927"));
		assertEquals(LocalDate.of(2021, 3, 5), Cells.date("d", "2021/03/05"));
		assertEquals(LocalDate.of(2021, 3, 5), Cells.date("d", "5-3-2021"));
		assertEquals(LocalDate.of(2021, 3, 5), Cells.date("d", "5/3/2021"));
		assertEquals(LocalDate.of(2021, 3, 5), Cells.date("d", "'2021-03-05"));
		assertThrows(CellException.class, () -> Cells.date("d", "2021"));
		String text = HEADER + "\n"
				+ row("KPM-1", "'6401051003800001", "Ahmad", "male", "29290", "head") + "\n"
				+ row("KPM-2", "6.40105E+15", "Budi", "male", "1980-03-10", "head") + "\n";
		HouseholdCsv.importFile(store, write("excel.csv", text, StandardCharsets.UTF_8), problems::add, null);
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(3, problems.get(0).line());
		assertEquals(HouseholdColumns.NIK, problems.get(0).column());
		assertTrue(problems.get(0).reason().contains("format the column as text"), problems.get(0).reason());
		Member ahmad = store.load("KPM-1").orElseThrow().head();
		assertEquals("6401051003800001", ahmad.getNik());
		assertEquals(LocalDate.of(1980, 3, 10), ahmad.getBirthDate());
	}

	@Test
	void aTextLongerThanTheStoreKeepsIsARowErrorAndBadValuesAreQuotedShort() throws Exception {
		String longName = "N".repeat(HouseholdColumns.NAME_LIMIT + 1);
		String huge = "x".repeat(1 << 20);
		String text = HEADER + "\n" + row("KPM-1", "6401051003800001", longName, "male", "1980-03-10", "head") + "\n"
				+ row("KPM-2", "6401051003800002", "Budi", huge, "1980-03-10", "head") + "\n"
				+ row("KPM-3", "6401051003800003", "Eko", "male", "1980-03-10", "head") + "\n";
		ImportSummary summary = HouseholdCsv.importFile(store, write("long.csv", text, StandardCharsets.UTF_8),
				problems::add, null);
		assertEquals(2, problems.size(), problems.toString());
		assertEquals(2, problems.get(0).line());
		assertEquals(HouseholdColumns.NAME, problems.get(0).column());
		assertTrue(problems.get(0).reason().contains("201") && problems.get(0).reason().contains("200"));
		assertEquals(HouseholdColumns.SEX, problems.get(1).column());
		assertTrue(problems.get(1).toString().length() < 300, problems.get(1).toString().length() + " characters");
		assertTrue(problems.get(1).reason().contains("x".repeat(Cells.QUOTE_LIMIT) + "\u2026\""));
		assertEquals(1, summary.inserted());
	}

	@Test
	void theOneVocabularyOfSexYesNoAndPosition() throws Exception {
		assertEquals(Sex.FEMALE, Cells.sex("sex", "Perempuan"));
		assertEquals(Sex.MALE, Cells.sex("sex", "laki-laki"));
		assertEquals(Sex.MALE, Cells.sex("sex", "1"));
		assertEquals(Sex.FEMALE, Cells.sex("sex", "f"));
		assertTrue(Cells.bool("oedema", "Ya"));
		assertFalse(Cells.bool("oedema", "tidak"));
		assertFalse(Cells.bool("oedema", "   "));
		CellException e = assertThrows(CellException.class, () -> Cells.bool("oedema", "maybe"));
		assertTrue(e.getMessage().contains("\"maybe\""), e.getMessage());
		assertEquals(org.harapan.model.MeasurementPosition.LYING, Cells.position("position", "terlentang"));
		assertEquals(org.harapan.model.MeasurementPosition.STANDING, Cells.position("position", "Berdiri"));
		assertEquals(org.harapan.model.MeasurementPosition.UNKNOWN, Cells.position("position", " "));
		CellException p = assertThrows(CellException.class, () -> Cells.position("position", "duduk"));
		assertEquals("position", p.column());
		assertTrue(p.getMessage().contains("\"duduk\""), p.getMessage());
	}

	@Test
	void measurementsWithOnlySomeColumnsAndImpossibleValues() throws Exception {
		HouseholdCsv.importFile(store, write("h.csv", rows(1), StandardCharsets.UTF_8), problems::add, null);
		String nik = "6401051003800001";
		String text = "nik;date;weight_kg;height_cm\n" //
				+ nik + ";2024-01-10;70,5;170\n" // 2 good, decimal comma
				+ nik + ";2024-02-10;0;170\n" // 3 zero weight
				+ nik + ";2024-03-10;-5;170\n" // 4 negative
				+ nik + ";2024-04-10;   ;171\n" // 5 blank weight: not measured
				+ nik + ";2024-05-10;abc;171\n"; // 6 not a number
		ImportSummary summary = MeasurementCsv.importFile(store, write("m.csv", text, StandardCharsets.UTF_8),
				problems::add, null);
		assertEquals(List.of(3L, 4L, 6L), problems.stream().map(RowProblem::line).toList(), problems.toString());
		assertTrue(problems.get(0).reason().contains("must be greater than 0"), problems.get(0).reason());
		assertTrue(problems.get(1).reason().contains("\"-5\"") && problems.get(1).reason().contains("greater than 0"));
		assertEquals(MeasurementColumns.WEIGHT_KG, problems.get(2).column());
		assertTrue(problems.get(2).reason().contains("\"abc\" is not a number"), problems.get(2).reason());
		assertEquals(2, summary.inserted());
		Household h = store.load("KPM-1").orElseThrow();
		assertEquals(70.5, h.head().getMeasurements().get(0).getWeightKg());
		assertEquals(0.0, h.head().getMeasurements().get(1).getWeightKg(), "blank is not measured");
	}
}
