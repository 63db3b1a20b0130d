package org.harapan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Households imported from CSV, read back through {@code disburse}, {@code rules findings}, {@code rules explain},
 * {@code rules diff}, {@code verify} and {@code graduation} of the built product.
 */
class RulesEndToEndTest {

	static final String HEADER = "kpm_id,no_kk,desa_code,address,facilitator,status,joined_date,welfare_decile,nik,name,"
			+ "sex,birth_date,relation,pregnant,expected_delivery,school_level,enrolled,disability";
	static final String DESA = "64.01.01.2009";

	@TempDir
	Path data;

	static String row(String kpm, String status, String nik, String name, String sex, String birth, String relation,
			String pregnant, String school) {
		return String.join(",", kpm, "", DESA, "", "pendamping.e2e", status, "2019-01-01", "2", nik, name, sex, birth,
				relation, pregnant, pregnant.equals("yes") ? "2021-03-01" : "", school, school.isEmpty() ? "" : "yes", "");
	}

	static List<String> family(String kpm, String status) {
		return List.of(row(kpm, status, "6401050101850001", "Kepala " + kpm, "male", "1985-01-01", "head", "", ""),
				row(kpm, status, "6401054505900002", "Ibu " + kpm, "female", "1990-05-05", "spouse", "yes", ""),
				row(kpm, status, "6401050110170003", "Balita " + kpm, "male", "2017-10-01", "child", "", ""),
				row(kpm, status, "6401054107120004", "Murid " + kpm, "female", "2012-07-01", "child", "", "primary"),
				row(kpm, status, "6401054106450005", "Nenek " + kpm, "female", "1945-06-01", "parent", "", ""));
	}

	/** Member NIKs must be unique: the serial (last 4 digits) is made unique per household. */
	static List<String> unique(List<String> rows, int household) {
		return rows.stream().map(r -> r.replaceFirst(",(640105\\d{6})0(\\d{3}),", ",$1" + household + "$2,")).toList();
	}

	@Test
	void importedHouseholdsAreDecidedAndExplained() throws Exception {
		String db = data.resolve("rules-store").toString();
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		unique(family("KPM-E2E-1", "active"), 1).forEach(r -> csv.append(r).append('\n'));
		List<String> second = new java.util.ArrayList<>(unique(family("KPM-E2E-2", "active"), 2));
		second.add(row("KPM-E2E-2", "active", "6401054303082006", "SMP KPM-E2E-2", "female", "2008-03-03", "child", "",
				"juniorSecondary"));
		second.forEach(r -> csv.append(r).append('\n'));
		unique(family("KPM-E2E-3", "graduatedNatural"), 3).forEach(r -> csv.append(r).append('\n'));
		Path households = data.resolve("households.csv");
		Files.writeString(households, csv, StandardCharsets.UTF_8);
		Harapan.Result imported = Harapan.run(data, "import", "households", households.toString(), "--db", db);
		assertEquals(0, imported.exitCode(), imported.out() + imported.err());

		Path out = data.resolve("disburse.csv");
		Harapan.Result disburse = Harapan.run(data, "disburse", "--year", "2021", "--tahap", "1", "--out",
				out.toString(), "--db", db);
		assertEquals(0, disburse.exitCode(), disburse.err());
		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertEquals("kpm_id,desa_code,facilitator,year,tahap,components,amount,status,reason", lines.get(0));
		Map<String, String[]> byKpm = lines.stream().skip(1).map(l -> l.split(",", 9))
				.collect(Collectors.toMap(c -> c[0], c -> c));
		assertEquals("2325000", byKpm.get("KPM-E2E-1")[6]);
		assertEquals("paid", byKpm.get("KPM-E2E-1")[7]);
		assertEquals("4", byKpm.get("KPM-E2E-1")[5]);
		assertEquals("2475000", byKpm.get("KPM-E2E-2")[6], "the SD component is not paid: cap of 4");
		assertEquals("0", byKpm.get("KPM-E2E-3")[6]);
		assertEquals("graduated", byKpm.get("KPM-E2E-3")[7]);

		Path findings = data.resolve("findings.csv");
		Harapan.Result f = Harapan.run(data, "rules", "findings", "--year", "2021", "--tahap", "1", "--out",
				findings.toString(), "--db", db);
		assertEquals(0, f.exitCode(), f.err());
		List<String> rows = Files.readAllLines(findings, StandardCharsets.UTF_8);
		assertEquals("kpm_id,desa_code,rule_set,rule_set_version,rule,kind,member_nik,amount,text_id,text_en",
				rows.get(0));
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("KPM-E2E-2,") && r.contains(",component,6401054107122004,")
				&& r.contains("at most 4 components")), String.join("\n", rows));

		Harapan.Result explain = Harapan.run(data, "rules", "explain", "KPM-E2E-1", "--date", "2021-01-01", "--lang",
				"id", "--db", db);
		assertEquals(0, explain.exitCode(), explain.err());
		assertTrue(explain.out().contains("2.325.000") && explain.out().contains("pkh.national 2021.1 / benefit"),
				explain.out());

		String national = Files.readString(Harapan.root()
				.resolve("bundles/org.harapan.rules.pkh/programmes/pkh-national.programme"), StandardCharsets.UTF_8);
		Path changed = data.resolve("pkh-changed.programme");
		Files.writeString(changed, national.replace("annualIndexRp=\"900000\"", "annualIndexRp=\"1000000\""));
		Harapan.Result diff = Harapan.run(data, "rules", "diff", "--with", changed.toString(), "--year", "2021",
				"--tahap", "1", "--db", db);
		assertEquals(0, diff.exitCode(), diff.err());
		assertTrue(diff.err().contains("1 of 3 households affected") && diff.err().contains("Rp 25,000"), diff.err());
		assertTrue(diff.out().contains("KPM-E2E-1,") && !diff.out().contains("KPM-E2E-2,"), diff.out());

		Harapan.Result verify = Harapan.run(data, "verify", "--month", "2021-01", "--db", db);
		assertEquals(0, verify.exitCode(), verify.err());
		assertTrue(verify.out().contains("KPM-E2E-1,") && verify.out().contains("schoolAttendance,notVerified"),
				verify.out());

		Harapan.Result recorded = Harapan.run(data, "disburse", "--year", "2021", "--tahap", "1", "--record", "--user",
				"pendamping.sari", "--db", db);
		assertEquals(0, recorded.exitCode(), recorded.err());
		assertTrue(recorded.err().contains("decisions recorded {SAVED=3}"), recorded.err());
		Harapan.Result again = Harapan.run(data, "disburse", "--year", "2021", "--tahap", "1", "--record", "--db", db);
		assertTrue(again.err().contains("decisions recorded {UNCHANGED=3}"), again.err());
		Harapan.Result file = Harapan.run(data, "rules", "explain", "KPM-E2E-1", "--date", "2021-01-01", "--db", db);
		assertTrue(file.out().contains("Decisions recorded in the household file:")
				&& file.out().contains("by pendamping.sari, pkh.national 2021.1 / benefit (2021 tahap 1)"), file.out());

		Harapan.Result wrong = Harapan.run(data, "disburse", "--year", "2021", "--tahap", "5", "--db", db);
		assertEquals(2, wrong.exitCode(), wrong.err());
		assertTrue(wrong.err().contains("--tahap must be 1-4"), wrong.err());
	}

	@Test
	void aWastedToddlerInPaserGetsPmtLokalFromTheRegionalRules() throws Exception {
		String db = data.resolve("paser-store").toString();
		Path households = data.resolve("paser.csv");
		Files.writeString(households, HEADER + "\n"
				+ row("KPM-E2E-9", "active", "6401050101859001", "Kepala", "male", "1985-01-01", "head", "", "") + "\n"
				+ row("KPM-E2E-9", "active", "6401050106239002", "Balita", "male", "2023-06-01", "child", "", "") + "\n",
				StandardCharsets.UTF_8);
		assertEquals(0, Harapan.run(data, "import", "households", households.toString(), "--db", db).exitCode());
		Path measurements = data.resolve("measurements.csv");
		Files.writeString(measurements, "nik,date,weight_kg,height_cm,position,head_cm,muac_cm,oedema,place\n"
				+ "6401050106239002,2024-12-10,7.8,80.0,lying,,,no,posyandu\n", StandardCharsets.UTF_8);
		Harapan.Result m = Harapan.run(data, "import", "measurements", measurements.toString(), "--db", db);
		assertEquals(0, m.exitCode(), m.out() + m.err());
		Harapan.Result f = Harapan.run(data, "rules", "findings", "--year", "2025", "--tahap", "1", "--db", db);
		assertEquals(0, f.exitCode(), f.err());
		assertTrue(f.out().lines().anyMatch(l -> l.startsWith("KPM-E2E-9,64.01.01.2009,region.paser,")
				&& l.contains(",aid,6401050106239002,") && l.contains("56")), f.out());
		assertTrue(f.out().contains(",benefit,"), "the national rules decided too: " + f.out());

		// a new version of the Paser rule-set bundle with a shorter PMT lokal, tried before it is installed
		Path jar = changedPaserBundle(data.resolve("paser-1.0.1.jar"));
		Harapan.Result diff = Harapan.run(data, "rules", "diff", "--with", jar.toString(), "--year", "2025", "--tahap",
				"1", "--db", db);
		assertEquals(0, diff.exitCode(), diff.err());
		assertTrue(diff.err().contains("bundle org.harapan.rules.region.paser 1.0.1.dryrun")
				&& diff.err().contains("1 of 1 households affected"), diff.err());
		assertTrue(diff.out().contains("KPM-E2E-9,64.01.01.2009,aid,aid:pmtLokal,6401050106239002,granted,granted")
				&& diff.out().contains("28"), diff.out());
		Harapan.Result list = Harapan.run(data, "rules", "list");
		assertTrue(list.out().contains("from bundle org.harapan.rules.region.paser 1.0.0")
				&& !list.out().contains("1.0.1.dryrun"), "the dry run installed nothing: " + list.out());
	}

	@Test
	void p2k2GroupsOfTheDemoAndASessionRecorded() throws Exception {
		String db = data.resolve("p2k2-store").toString();
		assertEquals(0, Harapan.run(data, "demo", "--households", "300", "--db", db, "--today", "2025-06-30").exitCode());
		Harapan.Result groups = Harapan.run(data, "p2k2", "groups", "--db", db);
		assertEquals(0, groups.exitCode(), groups.err());
		String group = groups.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
		assertTrue(group.startsWith("pendamping.6401.") && group.contains("-G"), groups.out());
		Harapan.Result attend = Harapan.run(data, "p2k2", "attend", "--group", group, "--session", "5", "--date",
				"2025-07-10", "--db", db);
		assertEquals(0, attend.exitCode(), attend.err());
		assertTrue(attend.out().contains("{SAVED="), attend.out());
		Harapan.Result again = Harapan.run(data, "p2k2", "attend", "--group", group, "--session", "5", "--date",
				"2025-07-10", "--db", db);
		assertTrue(again.out().contains("{UNCHANGED=") && !again.out().contains("SAVED"), again.out());
		Harapan.Result stranger = Harapan.run(data, "p2k2", "attend", "--group", group, "--session", "5", "--date",
				"2025-07-10", "--absent", "KPM-NOT-THERE", "--db", db);
		assertEquals(1, stranger.exitCode());
		assertTrue(stranger.err().contains("KPM-NOT-THERE is not a KPM of group " + group), stranger.err());
		Harapan.Result members = Harapan.run(data, "p2k2", "groups", "--kpm", "--db", db);
		String kpmLine = members.out().lines().skip(2).findFirst().orElseThrow();
		assertTrue(kpmLine.startsWith("  KPM: KPM-"), members.out());
		String kpm = kpmLine.substring("  KPM: ".length()).split(",")[0];
		assertEquals(1, attendExcused(data, db, group, kpm, "sakit"), "excused with a reason");
		assertEquals(0, attendExcused(data, db, group, kpm, "sakit"), "the same reason again changes nothing");
		assertEquals(1, attendExcused(data, db, group, kpm, "mengantar anak ke puskesmas"), "another reason is stored");
		Harapan.Result orphan = Harapan.run(data, "p2k2", "attend", "--group", group, "--session", "5", "--date",
				"2025-07-10", "--reason", "sakit", "--db", db);
		assertEquals(2, orphan.exitCode(), orphan.err());
	}

	/** {@code p2k2 attend} of session 5 with one KPM excused for a reason; how many households it saved. */
	private static int attendExcused(Path data, String db, String group, String kpm, String reason) throws Exception {
		Harapan.Result r = Harapan.run(data, "p2k2", "attend", "--group", group, "--session", "5", "--date", "2025-07-10",
				"--excused", kpm, "--reason", reason, "--db", db);
		assertEquals(0, r.exitCode(), r.err());
		java.util.regex.Matcher saved = java.util.regex.Pattern.compile("SAVED=(\\d+)").matcher(r.out());
		return saved.find() ? Integer.parseInt(saved.group(1)) : 0;
	}

	/** The product's Paser bundle as version 1.0.1 with PMT lokal for wasted children of 28 days instead of 56. */
	static Path changedPaserBundle(Path target) throws java.io.IOException {
		Path plugins = Harapan.root().resolve("releng/org.harapan.product/target/products/org.harapan.product/linux/gtk/x86_64/plugins");
		Path original;
		try (var files = Files.list(plugins)) {
			original = files.filter(p -> p.getFileName().toString().startsWith("org.harapan.rules.region.paser_"))
					.findFirst().orElseThrow();
		}
		try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(original));
				var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
			for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				if (e.getName().equals("META-INF/MANIFEST.MF")) {
					bytes = new String(bytes, StandardCharsets.UTF_8)
							.replaceFirst("Bundle-Version: [^\\r\\n]+", "Bundle-Version: 1.0.1.dryrun")
							.getBytes(StandardCharsets.UTF_8);
				} else if (e.getName().endsWith("paser-health.programme")) {
					bytes = new String(bytes, StandardCharsets.UTF_8).replace("durationDays=\"56\"", "durationDays=\"28\"")
							.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		return target;
	}
}
