package org.harapan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as Excel writes them, and two commands on one embedded store at the same time, through the product. */
class FieldFilesEndToEndTest {

	@TempDir
	Path data;

	private static final String HEADER = "kpm_id;desa_code;nik;name;sex;birth_date;relation";

	@Test
	void aWindowsCodePageFileWithOnlyTheRequiredColumnsImports() throws Exception {
		Path csv = data.resolve("excel.csv");
		Files.writeString(csv, HEADER + "\r\nKPM-E2E-1;6401052005;6401051003809999;Sofía;L;10/03/1980;head\r\n"
				+ "KPM-E2E-1;6401052005;'3.20101E+15;Budi;L;10/03/2010;child\r\n\r\n", Charset.forName("windows-1252"));
		Harapan.Result result = Harapan.run(data, "import", "households", csv.toString(), "--db",
				data.resolve("store").toString());
		assertEquals(3, result.exitCode(), result.out() + result.err());
		assertTrue(result.out().contains("1 households stored") && result.out().contains("Windows-1252"), result.out());
		assertTrue(result.err().contains("line 3, column nik:") && result.err().contains("format the column as text"),
				result.err());
		assertFalse(result.err().contains("line 4"), "the empty line at the end is skipped: " + result.err());
	}

	@Test
	void aSecondCommandUsesTheStoreWhileAnotherWritesIt() throws Exception {
		String db = data.resolve("shared").toString();
		Path demoErr = data.resolve("demo.err");
		// large enough that the demo still writes (and serves the file) while the import and stats run: a command
		// connected to a file served by another process loses its connection when that process ends
		Process demo = Harapan.command(data, "demo", "--households", "100000", "--db", db, "--today", "2025-06-30")
				.redirectError(demoErr.toFile()).redirectOutput(data.resolve("demo.out").toFile()).start();
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (!Files.exists(demoErr) || !Files.readString(demoErr).contains("%")) {
				assertTrue(demo.isAlive() && System.nanoTime() < deadline, "demo did not start writing");
				Thread.sleep(50);
			}
			Path csv = data.resolve("one.csv");
			Files.writeString(csv, HEADER + "\nKPM-E2E-2;6401052005;6401051003809998;Ani;P;10/03/1980;head\n".replace(
					"6401051003809998;Ani;P", "6401055003809998;Ani;P"), StandardCharsets.UTF_8);
			Harapan.Result imported = Harapan.run(data, "import", "households", csv.toString(), "--db", db);
			assertEquals(0, imported.exitCode(), imported.out() + imported.err());
			Harapan.Result stats = Harapan.run(data, "stats", "--db", db);
			assertEquals(0, stats.exitCode(), stats.err());
			assertFalse((imported.err() + stats.err()).contains("90020"), imported.err() + stats.err());
			assertTrue(demo.isAlive(), "the demo was still writing while the import and stats ran");
			assertTrue(demo.waitFor(300, TimeUnit.SECONDS), "demo ends");
			assertEquals(0, demo.exitValue(), Files.readString(demoErr));
		} finally {
			demo.destroyForcibly();
		}
		Harapan.Result after = Harapan.run(data, "stats", "--db", db);
		assertTrue(after.out().contains("Households (KPM): 100001"), after.out());
	}
}
