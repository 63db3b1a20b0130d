package org.harapan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./harapan demo}, {@code stats}, {@code export households} and {@code import households} on the built product. */
class StoreEndToEndTest {

	@TempDir
	Path data;

	@Test
	void demoStatsExportAndReimportThroughTheProduct() throws Exception {
		String db = data.resolve("e2e-store").toString();
		Harapan.Result demo = Harapan.run(data, "demo", "--households", "300", "--db", db, "--today", "2025-06-30");
		assertEquals(0, demo.exitCode(), demo.err());
		assertTrue(demo.out().contains("300 households"), demo.out());

		Harapan.Result stats = Harapan.run(data, "stats", "--db", db);
		assertEquals(0, stats.exitCode(), stats.err());
		assertTrue(stats.out().contains("Households (KPM): 300"), stats.out());
		assertTrue(stats.out().contains("active"), stats.out());
		assertTrue(stats.out().contains("64.01.04") && stats.out().contains("Tanah Grogot"), stats.out());

		Path csv = data.resolve("households.csv");
		Harapan.Result export = Harapan.run(data, "export", "households", "--db", db, "--out", csv.toString());
		assertEquals(0, export.exitCode(), export.err());
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertTrue(lines.get(0).startsWith("kpm_id,no_kk,desa_code,"), lines.get(0));
		assertTrue(lines.size() > 300, "one row per member: " + lines.size());

		Harapan.Result again = Harapan.run(data, "import", "households", csv.toString(), "--db", db);
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().contains("0 households stored") && again.out().contains("300 unchanged"), again.out());

		Path bad = data.resolve("bad.csv");
		Files.writeString(bad, lines.get(0) + "\n\n" + lines.get(1).replaceFirst(",64\\.01\\.[0-9.]+,", ",64.01.99.9999,") + "\n");
		Harapan.Result rejected = Harapan.run(data, "import", "households", bad.toString(), "--db", db);
		assertEquals(3, rejected.exitCode(), rejected.out() + rejected.err());
		assertTrue(rejected.err().contains("line 2: empty line"), rejected.err());
		assertTrue(rejected.err().contains("line 3, column desa_code"), rejected.err());
	}
}
