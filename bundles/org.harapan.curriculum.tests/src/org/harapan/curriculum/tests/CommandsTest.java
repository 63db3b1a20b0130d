package org.harapan.curriculum.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.harapan.cli.ExitCode;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.CurriculumFactory;
import org.harapan.curriculum.Module;
import org.harapan.curriculum.documents.CurriculumDocuments;
import org.harapan.curriculum.versions.RegionalVariants;
import org.harapan.curriculum.tests.Services.Run;
import org.harapan.programme.documents.ProgrammeDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code curriculum} and {@code programme} commands, as registered services, on an embedded store. */
class CommandsTest {

	@TempDir
	Path dir;
	String db;

	@BeforeEach
	void store() {
		db = dir.resolve("store").resolve("harapan").toString(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Run curriculum(String... words) throws Exception {
		return run("curriculum", words); //$NON-NLS-1$
	}

	private Run run(String command, String... words) throws Exception {
		String[] all = new String[words.length + 2];
		System.arraycopy(words, 0, all, 0, words.length);
		all[words.length] = "--db"; //$NON-NLS-1$
		all[words.length + 1] = db;
		return Services.run(command, dir, all);
	}

	@Test
	void showPrintsModulesAndSessionsWithNumbersTitlesAndDurations() throws Exception {
		Run list = curriculum("list"); //$NON-NLS-1$
		assertEquals(ExitCode.OK, list.exit(), list.err());
		assertTrue(list.out().lines().anyMatch(l -> l.startsWith("p2k2") && l.contains("published") //$NON-NLS-1$ //$NON-NLS-2$
				&& l.contains("2018-01-01")), list.out()); //$NON-NLS-1$
		Run show = curriculum("show", "p2k2"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(ExitCode.OK, show.exit(), show.err());
		assertTrue(show.out().contains("Module 1 (M1): Parenting and Child Education"), show.out()); //$NON-NLS-1$
		assertTrue(show.out().lines().anyMatch(l -> l.matches(" +1  Becoming Better Parents +120 min")), show.out()); //$NON-NLS-1$
		assertTrue(show.out().lines().anyMatch(l -> l.matches(" +14  Well-being in Old Age +105 min")), show.out()); //$NON-NLS-1$
		assertTrue(show.out().contains("5 modules, 14 sessions"), show.out()); //$NON-NLS-1$
		assertTrue(show.out().contains("Module 6 (STUNTING)"), show.out()); //$NON-NLS-1$
		Run indonesian = curriculum("show", "p2k2", "--lang", "id", "--version", "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertTrue(indonesian.out().lines()
				.anyMatch(l -> l.matches(" +11  Upaya Pencegahan Kekerasan dan Perlakuan Salah pada Anak +120 menit")), //$NON-NLS-1$
				indonesian.out());
		assertTrue(indonesian.out().contains("Modul 2 (M2): Pengelolaan Keuangan dan Perencanaan Usaha")); //$NON-NLS-1$
		Run missing = curriculum("show", "p2k2", "--version", "9"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(ExitCode.USAGE, missing.exit());
		assertTrue(missing.err().contains("p2k2 version 9 is not in the store"), missing.err()); //$NON-NLS-1$
	}

	@Test
	void aNewVersionIsEditedAsAFileImportedComparedAndPublished() throws Exception {
		assertEquals(ExitCode.OK, curriculum("new-version", "p2k2").exit()); //$NON-NLS-1$ //$NON-NLS-2$
		Path file = dir.resolve("p2k2.curriculum"); //$NON-NLS-1$
		Run export = curriculum("export", "p2k2", "--out", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(export.out().contains("version 2 written"), export.out()); //$NON-NLS-1$
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, text.replace("title=\"Memulai Usaha\"", "title=\"Memulai Usaha Rumahan\""), StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(ExitCode.OK, curriculum("validate", file.toString()).exit()); //$NON-NLS-1$
		Run imported = curriculum("import", file.toString()); //$NON-NLS-1$
		assertEquals(ExitCode.OK, imported.exit(), imported.err());
		Run compare = curriculum("compare", "p2k2", "--from", "1", "--to", "2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertEquals("changed  session 7 title: Memulai Usaha -> Memulai Usaha Rumahan", compare.out().strip()); //$NON-NLS-1$
		Run publish = curriculum("publish", "p2k2", "--version", "2", "--effective", "2027-01-01"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertTrue(publish.out().contains("version 2 published (published, effective 2027-01-01)"), publish.out()); //$NON-NLS-1$
		Run again = curriculum("import", file.toString()); //$NON-NLS-1$
		assertEquals(ExitCode.REJECTED_INPUT, again.exit(), "a changed file cannot replace a published version"); //$NON-NLS-1$
		assertTrue(again.err().contains("read-only"), again.err()); //$NON-NLS-1$
		Run history = curriculum("history", "p2k2"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(5, history.out().lines().count(), history.out()); // v1 saved, published; v2 saved, imported, published
		assertTrue(history.out().lines().toList().getLast().contains("version 2  published"), history.out()); //$NON-NLS-1$
	}

	@Test
	void aRegionalVariantShowsTheNationalSessionsAndMarksItsOwn() throws Exception {
		curriculum("list"); //$NON-NLS-1$
		Curriculum variant = RegionalVariants.newVariant(CurriculumDocuments.national(), "p2k2-paser", "64.01"); //$NON-NLS-1$ //$NON-NLS-2$
		variant.getIncludeOptional().add("STUNTING"); //$NON-NLS-1$
		Module local = CurriculumFactory.eINSTANCE.createModule();
		local.setNumber(7);
		local.setCode("PASER"); //$NON-NLS-1$
		local.setTitle("Kearifan Lokal Paser"); //$NON-NLS-1$
		local.setTitleEn("Paser local knowledge"); //$NON-NLS-1$
		local.getSessions().add(VersionsTest.session(23, "Pangan Lokal Paser", 120)); //$NON-NLS-1$
		variant.getModules().add(local);
		Path file = dir.resolve("paser.curriculum"); //$NON-NLS-1$
		CurriculumDocuments.save(variant, file);
		assertEquals(ExitCode.OK, curriculum("import", file.toString()).exit()); //$NON-NLS-1$
		Run show = curriculum("show", "p2k2-paser"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(show.out().contains("regional variant of 64.01: based on p2k2 1"), show.out()); //$NON-NLS-1$
		assertTrue(show.out().lines().anyMatch(l -> l.matches(" +23  Pangan Lokal Paser \\(en\\) +120 min  \\(local\\)")), //$NON-NLS-1$
				show.out());
		assertTrue(show.out().lines().anyMatch(l -> l.matches(" +1  Becoming Better Parents +120 min")), show.out()); //$NON-NLS-1$
		assertTrue(show.out().contains("7 modules, 23 sessions"), show.out()); //$NON-NLS-1$
		assertEquals(1, curriculum("list").out().lines().filter(l -> l.startsWith("p2k2 ")).count()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void validateReportsWhatIsWrongAndExitsThree() throws Exception {
		Path file = dir.resolve("broken.curriculum"); //$NON-NLS-1$
		curriculum("export", "p2k2", "--out", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, text.replace("<sessions number=\"6\"", "<sessions number=\"5\""), StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
		Run validate = curriculum("validate", file.toString()); //$NON-NLS-1$
		assertEquals(ExitCode.REJECTED_INPUT, validate.exit());
		assertTrue(validate.out().contains("error: session 5: session number 5 is used by another session too"), //$NON-NLS-1$
				validate.out());
		assertEquals(ExitCode.OK, curriculum("validate", "p2k2").exit()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void programmeDocumentsAreImportedListedShownAndExported() throws Exception {
		Path file = dir.resolve("pmt.programme"); //$NON-NLS-1$
		try (var out = Files.newOutputStream(file)) {
			ProgrammeDocuments.save(DocumentsContractTest.programme(), out);
		}
		Run imported = run("programme", "import", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(ExitCode.OK, imported.exit(), imported.err());
		assertTrue(imported.out().contains("programme pmt.test version 1 imported (draft)"), imported.out()); //$NON-NLS-1$
		assertTrue(run("programme", "list").out().contains("pmt.test")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Run show = run("programme", "show", "pmt.test"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(show.out().contains("parameters from 2026-01-01"), show.out()); //$NON-NLS-1$
		assertEquals(ExitCode.OK, run("programme", "validate", "pmt.test").exit()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(ExitCode.OK, run("programme", "publish", "pmt.test", "--version", "1", "--effective", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"2026-01-01").exit()); //$NON-NLS-1$
		Path out = dir.resolve("back.programme"); //$NON-NLS-1$
		assertEquals(ExitCode.OK, run("programme", "export", "pmt.test", "--out", out.toString()).exit()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(Files.readString(file), Files.readString(out));
	}
}
