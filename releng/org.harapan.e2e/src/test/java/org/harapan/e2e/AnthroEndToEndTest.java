package org.harapan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./harapan anthro}, {@code reference import} and {@code bench growth} of the built product. */
class AnthroEndToEndTest {

	private static final String HEADER = "id,sex,age_days,weight_kg,lenhei_cm,measure,oedema";

	@TempDir
	Path data;

	@TempDir
	Path work;

	@Test
	void anthroWritesEveryRowBackWithZScoresCategoriesAndReasons() throws Exception {
		Path input = work.resolve("children.csv");
		Files.writeString(input, HEADER + "\nA1,1,400,9.5,75,l,n\nA2,f,800,11.8,84.2,h,n\nA3,x,400,9.5,75,l,n\n"
				+ "A4,1,3650,28,135,h,n\n", StandardCharsets.UTF_8);
		Path output = work.resolve("out.csv");
		Harapan.Result result = Harapan.run(data, "anthro", "--input", input.toString(), "--output", output.toString());
		assertEquals(3, result.exitCode(), "a row without any z-score: exit 3\n" + result.err());
		assertTrue(result.out().contains("4 rows: 3 with z-scores, 1 with a reason"), result.out());
		List<String> lines = Files.readAllLines(output);
		assertEquals(5, lines.size());
		List<String> header = Arrays.asList(lines.get(0).split(","));
		assertEquals(List.of(HEADER.split(",")), header.subList(0, 7));
		for (String column : List.of("clenhei", "cbmi", "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi",
				"zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss", "zhfa", "fhfa", "zwfa", "fwfa", "zbfa", "fbfa",
				"kategori_bbu", "kategori_tbu", "kategori_bbtb", "kategori_imtu", "reference", "reason")) {
			assertTrue(header.contains(column), column);
		}
		assertTrue(lines.get(1).startsWith("A1,1,400,9.5,75,l,n,75,"), lines.get(1));
		assertTrue(lines.get(1).contains("berat badan normal"), lines.get(1));
		assertTrue(lines.get(3).contains("sex missing"), lines.get(3));
		assertTrue(lines.get(4).contains(",who2007,"), "120 months: WHO 2007, built in: " + lines.get(4));
	}

	@Test
	void ageLimit1856ScoresWithWho2006To1856Days() throws Exception {
		Path input = work.resolve("sixty.csv");
		Files.writeString(input, HEADER + "\nB1,2,1840,17.9,108.1,h,n\n", StandardCharsets.UTF_8);
		Path anthro = work.resolve("anthro.csv");
		Harapan.Result byDefault = Harapan.run(data, "anthro", "--input", input.toString(), "--output",
				anthro.toString());
		assertEquals(0, byDefault.exitCode(), byDefault.err());
		assertTrue(Files.readAllLines(anthro).get(1).contains(",who2007,"), "60.5 months: WHO 2007 by default");
		Path igrowup = work.resolve("igrowup.csv");
		Harapan.Result limited = Harapan.run(data, "anthro", "--input", input.toString(), "--output",
				igrowup.toString(), "--age-limit", "1856");
		assertEquals(0, limited.exitCode(), limited.err());
		assertTrue(Files.readAllLines(igrowup).get(1).contains(",who2006,"), "--age-limit 1856: WHO 2006");
		Harapan.Result wrong = Harapan.run(data, "anthro", "--input", input.toString(), "--output",
				igrowup.toString(), "--age-limit", "61");
		assertEquals(2, wrong.exitCode(), wrong.err());
	}

	@Test
	void everyTableIsBuiltInAndAnImportReplacesThem() throws Exception {
		Path shared = Harapan.root().resolve("../shared/reference").normalize();
		Harapan.Result before = Harapan.run(data, "reference", "status");
		assertEquals(0, before.exitCode(), before.err());
		assertFalse(before.out().contains("NOT INSTALLED"), before.out());
		assertTrue(before.out().contains("All tables are built in"), before.out());

		Harapan.Result imported = Harapan.run(data, "reference", "import", shared.toString());
		assertEquals(0, imported.exitCode(), imported.out() + imported.err());
		assertTrue(imported.out().contains("hfawho2007.txt"), imported.out());
		assertTrue(imported.out().contains("Every WHO table is imported."), imported.out());
		assertTrue(Files.isRegularFile(data.resolve("reference/weianthro.txt")));

		Harapan.Result after = Harapan.run(data, "reference", "status");
		assertFalse(after.out().contains("NOT INSTALLED"), after.out());
		assertTrue(after.out().contains("imported: WHO file"), after.out());

		Path input = work.resolve("school.csv");
		Files.writeString(input, "id,sex,age_months,weight_kg,lenhei_cm\nS1,1,100,25,128\nS2,2,200,50,160\n");
		Path output = work.resolve("school-out.csv");
		Harapan.Result result = Harapan.run(data, "anthro", "--input", input.toString(), "--output", output.toString());
		assertEquals(0, result.exitCode(), result.err());
		List<String> lines = Files.readAllLines(output);
		List<String> header = Arrays.asList(lines.get(0).split(",", -1));
		for (int row = 1; row <= 2; row++) {
			List<String> values = Arrays.asList(lines.get(row).split(",", -1));
			assertFalse(values.get(header.indexOf("zhfa")).isEmpty(), lines.get(row));
			assertFalse(values.get(header.indexOf("zbfa")).isEmpty(), lines.get(row));
			assertEquals("who2007", values.get(header.indexOf("reference")));
		}
	}

	@Test
	void referenceForOneRunDoesNotImport() throws Exception {
		Path input = work.resolve("school.csv");
		Files.writeString(input, "id,sex,age_months,weight_kg,lenhei_cm\nS1,1,100,25,128\n");
		Path output = work.resolve("out.csv");
		Path who2007 = Harapan.root().resolve("../shared/reference/who2007").normalize();
		Harapan.Result result = Harapan.run(data, "anthro", "--input", input.toString(), "--output", output.toString(),
				"--reference", who2007.toString());
		assertEquals(0, result.exitCode(), result.err());
		assertTrue(Files.readString(output).contains("who2007"));
		assertFalse(Files.exists(data.resolve("reference")));
	}

	@Test
	void aLargeFileRunsInASmallHeap() throws Exception {
		Path input = work.resolve("large.csv");
		int rows = 400_000;
		try (BufferedWriter out = Files.newBufferedWriter(input)) {
			out.write(HEADER + "\n");
			for (int i = 0; i < rows; i++) {
				int days = i % 1800;
				out.write(i + "," + (1 + i % 2) + "," + days + "," + (3.5 + days / 150.0) + "," + (50 + days / 30.0)
						+ "," + (days < 731 ? "l" : "h") + ",n\n");
			}
		}
		ProcessBuilder builder = Harapan.command(data, "anthro", "--input", input.toString(), "--output",
				work.resolve("large-out.csv").toString());
		builder.environment().put("HARAPAN_JAVA_OPTS", "-Xmx48m");
		Harapan.Result result = Harapan.run(builder);
		assertEquals(0, result.exitCode(), result.err());
		assertTrue(result.out().contains(rows + " rows: " + rows + " with z-scores"), result.out());
		assertEquals(rows + 1, Files.lines(work.resolve("large-out.csv")).count());
	}

	@Test
	void benchGrowthPrintsTheFigures() throws Exception {
		Harapan.Result result = Harapan.run(data, "bench", "growth", "--rows", "200000");
		assertEquals(0, result.exitCode(), result.err());
		System.out.println(result.out());
		assertTrue(result.out().contains("children/s"), result.out());
		assertTrue(result.out().contains("rows/s"), result.out());
		assertTrue(result.out().contains("peak heap"), result.out());
	}
}
