package org.harapan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./harapan package}: bad input is refused with the reason and writes nothing; the district's zip unpacked
 * into an empty folder starts (the command line, and the workbench window under Xvfb titled with the district) with
 * the district's defaults and exactly the chosen regional rules. Prints the size of the zip.
 */
class PackageEndToEndTest {

	@TempDir
	Path dir;

	@Test
	void badInputIsRefusedAndNothingIsWritten() throws Exception {
		Path out = dir.resolve("harapan-x.zip");
		Harapan.Result region = Harapan.run(dir, "package", "--region", "99.99", "--features", "paser", "--out", out.toString());
		assertEquals(1, region.exitCode());
		assertTrue(region.err().contains("99.99 is not a kabupaten/kota code") && region.err().contains("nothing written"),
				region.err());
		Harapan.Result feature = Harapan.run(dir, "package", "--region", "64.01", "--features", "nosuchregion", "--out",
				out.toString());
		assertEquals(1, feature.exitCode());
		assertTrue(feature.err().contains("nosuchregion has not been found") && feature.err().contains("nothing written"),
				feature.err());
		Harapan.Result language = Harapan.run(dir, "package", "--region", "64.01", "--features", "paser", "--language", "fr",
				"--out", out.toString());
		assertEquals(1, language.exitCode(), language.err());
		assertFalse(Files.exists(out), "nothing written");
	}

	@Test
	void theDistrictsWorkbenchStartsWithItsDefaults() throws Exception {
		Path zip = dir.resolve("harapan-paser.zip");
		long started = System.nanoTime();
		Path central = dir.resolve("dinsos paser").resolve("harapan"); // the district's store (an H2 file here)
		Harapan.Result made = Harapan.run(dir, "package", "--region", "64.01", "--features", "paser", "--language", "id",
				"--store", central.toString(), "--out", zip.toString());
		assertEquals(0, made.exitCode(), made.err());
		System.out.printf("[figure] package of the Paser workbench: %.1f MB zip, made in %.0f s%n",
				Files.size(zip) / 1e6, (System.nanoTime() - started) / 1e9);

		// a folder with spaces and parentheses, as Windows makes of a second download
		Path unpacked = Files.createDirectories(dir.resolve("pendamping laptop (1)"));
		Process unzip = new ProcessBuilder("unzip", "-q", zip.toString(), "-d", unpacked.toString()).inheritIO().start();
		assertEquals(0, unzip.waitFor());
		Path home = unpacked.resolve("harapan-paser");
		String customization = Files.readString(home.resolve("plugin_customization.ini"));
		assertTrue(customization.contains("org.harapan.ui/workingRegion.kabupaten=64.01")
				&& customization.contains("org.harapan.ui/language=id")
				&& customization.contains("org.harapan.ui/store=" + central), customization);
		assertTrue(Files.readString(home.resolve("configuration/config.ini")).contains("eclipse.pluginCustomization="));
		String cmd = Files.readString(home.resolve("harapan.cmd"), StandardCharsets.ISO_8859_1);
		String launcher = cmd.replaceAll("(?s).*plugins\\\\(org\\.eclipse\\.equinox\\.launcher_[^\"]+\\.jar).*", "$1");
		assertTrue(Files.isRegularFile(home.resolve("plugins").resolve(launcher)), "harapan.cmd starts " + launcher);
		assertTrue(cmd.contains("\r\n") && cmd.contains("-pluginCustomization"), "a Windows script");
		assertTrue(cmd.contains("GEQ 21") && cmd.contains("needs Java 21 or newer"), "harapan.cmd checks the Java version");

		Path data = Files.createDirectories(dir.resolve("data"));
		Harapan.Result version = run(home, data, "version");
		assertEquals(0, version.exitCode(), version.err());
		assertTrue(version.out().contains("Harapan Workbench") && version.out().contains(data.toString()), version.out());
		assertTrue(version.out().contains("Store: jdbc:h2:file:" + central + "\n"), "the package's store: " + version.out());
		assertTrue(version.out().contains("Window toolkit: org.eclipse.swt.gtk.linux.x86_64 "), version.out());
		windowsBundlesResolveOnWindowsOnly(home, data);

		// store commands use the package's store without --db; --db still names another
		Harapan.Result demo = run(home, data, "demo", "--households", "30", "--today", "2025-06-30");
		assertEquals(0, demo.exitCode(), demo.err());
		assertTrue(Files.isRegularFile(Path.of(central + ".mv.db")), "the demo went into the package's store");
		Harapan.Result stats = run(home, data, "stats");
		assertTrue(stats.out().contains("Households (KPM): 30,"), "stats reads the package's store: " + stats.out());
		Path other = dir.resolve("other");
		Harapan.Result elsewhere = run(home, data, "demo", "--households", "12", "--db", other.toString());
		assertEquals(0, elsewhere.exitCode(), elsewhere.err());
		assertTrue(Files.isRegularFile(Path.of(other + ".mv.db")), "--db overrides the package's store");
		assertFalse(Files.exists(data.resolve("store")), "nothing in the data folder's own store");
		Harapan.Result features = run(home, data, "features");
		assertTrue(features.out().contains("org.harapan.feature.region.paser")
				&& !features.out().contains("lampungtimur") && !features.out().contains("musirawas"), features.out());
		Harapan.Result rules = run(home, data, "rules", "list");
		assertTrue(rules.out().contains("64.01") && !rules.out().contains("18.07"), rules.out());

		String title = WorkbenchWindow.waitForTitle(new ProcessBuilder(home.resolve("harapan").toString())
				.directory(dir.toFile()), data, "Kabupaten Paser", Harapan.build().resolve("district-workbench.log"));
		assertTrue(title.contains("Harapan Workbench"), title);
	}

	/**
	 * The zip carries the SWT fragment for Windows beside the GTK one, listed in bundles.info; started as on
	 * win32/win32/x86_64 (a command that does not touch SWT), the framework resolves the win32 fragment and not the
	 * GTK one (its platform filter), so the workbench window has its toolkit there.
	 */
	private static void windowsBundlesResolveOnWindowsOnly(Path home, Path data) throws Exception {
		Path bundles = home.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		String info = Files.readString(bundles);
		String line = info.lines().filter(l -> l.startsWith("org.eclipse.swt.win32.win32.x86_64,")).findFirst()
				.orElseThrow(() -> new AssertionError("no SWT for Windows in bundles.info"));
		assertTrue(Files.isRegularFile(home.resolve(line.split(",")[2])), line);
		Harapan.Result version = versionAsOnWindows(home, data.resolve("as windows"));
		assertTrue(version.out().contains("Window toolkit: org.eclipse.swt.win32.win32.x86_64 3.")
				&& version.out().contains("(win32/win32/x86_64)") && !version.out().contains("gtk"), version.out());
		// without it, nothing gives the window its toolkit there (and the command line still works)
		Files.writeString(bundles, info.replace(line + "\n", ""));
		try {
			Harapan.Result without = versionAsOnWindows(home, data.resolve("as windows without"));
			assertTrue(without.out().contains("Window toolkit: none for win32/win32/x86_64: the workbench window cannot"),
					without.out());
		} finally {
			Files.writeString(bundles, info);
		}
	}

	private static Harapan.Result versionAsOnWindows(Path home, Path data) throws Exception {
		ProcessBuilder windows = new ProcessBuilder(home.resolve("harapan").toString(), "version").directory(home.toFile());
		windows.environment().put("HARAPAN_DATA", data.toString());
		windows.environment().put("HARAPAN_JAVA_OPTS", "-Dosgi.os=win32 -Dosgi.ws=win32 -Dosgi.arch=x86_64");
		Harapan.Result version = Harapan.run(windows);
		assertEquals(0, version.exitCode(), version.err());
		return version;
	}

	private static Harapan.Result run(Path home, Path data, String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of(home.resolve("harapan").toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(data.toFile());
		builder.environment().put("HARAPAN_DATA", data.toString());
		return Harapan.run(builder);
	}

	/** Starting a workbench and waiting for its window (xwininfo on the Xvfb display). */
	static final class WorkbenchWindow {

		/** Starts the workbench, waits up to 90 s for a window whose title contains {@code text}, stops it. */
		static String waitForTitle(ProcessBuilder builder, Path data, String text, Path log) throws Exception {
			assertNotNull(System.getenv("DISPLAY"), "./harapan test runs the tests on an Xvfb display; DISPLAY must be set");
			builder.environment().put("HARAPAN_DATA", data.toString());
			long start = System.nanoTime();
			Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
			try {
				while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(90) && process.isAlive()) {
					for (String line : Harapan.windowTree().lines().toList()) {
						if (line.contains("Harapan Workbench") && line.contains(text)) {
							System.out.printf("[figure] district workbench start to its window: %.1f s%n",
									(System.nanoTime() - start) / 1e9);
							return line.strip();
						}
					}
					Thread.sleep(300);
				}
				throw new AssertionError("no window with '" + text + "' within 90 s; see " + log);
			} finally {
				Harapan.stop(process);
			}
		}


		private WorkbenchWindow() {
		}
	}
}
