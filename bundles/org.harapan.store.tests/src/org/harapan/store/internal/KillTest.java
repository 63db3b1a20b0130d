package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.harapan.model.Household;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 in the middle of a large import and in the middle of saves: a child JVM writes an H2 file and
 * prints what it committed; it is killed ({@link Process#destroyForcibly()}, SIGKILL on Linux); then the
 * store opens as usual and holds every household the child reported, intact.
 */
class KillTest {

	@TempDir
	Path folder;

	private final LocalDate today = LocalDate.now();
	private final JdbcCaseStoreService service = new JdbcCaseStoreService(Clock.systemDefaultZone());

	@Test
	void killedInTheMiddleOfAnImportKeepsEveryCommittedBatch() throws Exception {
		Path db = folder.resolve("import"); //$NON-NLS-1$
		int chunk = 200;
		List<String> out = runAndKill(List.of("import", db.toString(), "1000000", Integer.toString(chunk), //$NON-NLS-1$ //$NON-NLS-2$
				today.toString()), line -> line.startsWith("COMMITTED"), 8); //$NON-NLS-1$
		int reported = out.stream().filter(l -> l.startsWith("COMMITTED")) //$NON-NLS-1$
				.mapToInt(l -> Integer.parseInt(l.split(" ")[2]) + 1).max().orElseThrow(); //$NON-NLS-1$
		try (JdbcCaseStore store = service.openStore(StoreLocation.embedded(db), null)) {
			long stored = store.count(HouseholdQuery.all());
			assertTrue(stored >= reported, "stored " + stored + " < reported " + reported); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(stored <= reported + chunk, "at most the batch in flight more: " + stored); //$NON-NLS-1$
			assertEquals(0, stored % chunk, "batches are atomic: " + stored); //$NON-NLS-1$
			Fixtures fixtures = new Fixtures(today);
			long members = 0;
			for (int n = 0; n < stored; n++) {
				Household expected = fixtures.household(n);
				Household loaded = store.load(Fixtures.kpmId(n)).orElseThrow();
				expected.setVersion(1);
				assertTrue(EcoreUtil.equals(expected, loaded), "household " + n + " intact"); //$NON-NLS-1$ //$NON-NLS-2$
				members += expected.getMembers().size();
			}
			assertEquals(members, store.statistics().members(), "member index matches the households"); //$NON-NLS-1$
			assertEquals(1, store.history(Fixtures.kpmId((int) stored - 1)).size());
			System.out.println("KillTest import: " + reported + " reported, " + stored + " stored after kill -9"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	@Test
	void killedInTheMiddleOfSavesKeepsEveryCommittedSave() throws Exception {
		Path db = folder.resolve("save"); //$NON-NLS-1$
		savesKeptAfterKill(db, StoreLocation.embedded(db), List.of());
	}

	/** The same on an encrypted store (H2 AES with a key derived from a password). */
	@Test
	void killedInTheMiddleOfSavesOnAnEncryptedStoreKeepsEveryCommittedSave() throws Exception {
		Path db = folder.resolve("encrypted"); //$NON-NLS-1$
		StoreLocation plain = StoreLocation.embedded(db);
		try (JdbcCaseStore store = service.openStore(plain, null)) {
			assertEquals(0, store.count(HouseholdQuery.all()));
		}
		service.encrypt(plain, "ani", KillChild.PASSWORD.toCharArray(), null); //$NON-NLS-1$
		savesKeptAfterKill(db, service.unlock(plain, KillChild.PASSWORD.toCharArray()), List.of("encrypted")); //$NON-NLS-1$
	}

	private void savesKeptAfterKill(Path db, StoreLocation location, List<String> encrypted) throws Exception {
		int count = 40;
		try (JdbcCaseStore store = service.openStore(location, null)) {
			Fixtures fixtures = new Fixtures(today);
			store.saveAll(IntStream.range(0, count).mapToObj(fixtures::household).iterator(), "import", null, null); //$NON-NLS-1$
		}
		List<String> args = new ArrayList<>(List.of("save", db.toString(), Integer.toString(count))); //$NON-NLS-1$
		args.addAll(encrypted);
		List<String> out = runAndKill(args, line -> line.startsWith("SAVED"), 300); //$NON-NLS-1$
		Map<String, long[]> last = new HashMap<>();
		for (String line : out) {
			if (line.startsWith("SAVED")) { //$NON-NLS-1$
				String[] p = line.split(" "); //$NON-NLS-1$
				last.put(p[1], new long[] { Long.parseLong(p[2]), Long.parseLong(p[3]) });
			}
		}
		try (JdbcCaseStore store = service.openStore(location, null)) {
			for (var e : last.entrySet()) {
				Household h = store.load(e.getKey()).orElseThrow();
				long version = e.getValue()[0];
				assertTrue(h.getVersion() == version || h.getVersion() == version + 1,
						e.getKey() + " reported " + version + ", stored " + h.getVersion()); //$NON-NLS-1$ //$NON-NLS-2$
				if (h.getVersion() == version) {
					assertEquals("round " + e.getValue()[1], h.getAddress()); //$NON-NLS-1$
				}
				assertEquals(h.getVersion(), store.history(e.getKey()).size(), "one audit row per version"); //$NON-NLS-1$
			}
			assertEquals(count, store.count(HouseholdQuery.all()));
			System.out.println("KillTest save: " + out.size() + " lines, stored versions intact after kill -9"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * The workbench and a CLI command at the same time: while a child process holds the embedded store and saves,
	 * this process opens the same file, reads and saves through it (H2's automatic mixed mode), and after the
	 * child is killed the store opens as usual with both processes' saves.
	 */
	@Test
	void anotherProcessUsesTheStoreWhileOneHoldsIt() throws Exception {
		Path db = folder.resolve("shared"); //$NON-NLS-1$
		int count = 5;
		Fixtures fixtures = new Fixtures(today);
		try (JdbcCaseStore store = service.openStore(StoreLocation.embedded(db), null)) {
			store.saveAll(IntStream.range(0, count + 1).mapToObj(fixtures::household).iterator(), "import", null, null); //$NON-NLS-1$
		}
		long[] version = new long[1];
		runAndKill(List.of("save", db.toString(), Integer.toString(count)), line -> line.startsWith("SAVED"), 20, //$NON-NLS-1$ //$NON-NLS-2$
				() -> {
					try (JdbcCaseStore second = service.openStore(StoreLocation.embedded(db), null)) {
						Household h = second.load(Fixtures.kpmId(count)).orElseThrow();
						h.setAddress("second process"); //$NON-NLS-1$
						assertTrue(second.save(h, "cli", "while shared") instanceof org.harapan.store.SaveResult.Saved); //$NON-NLS-1$ //$NON-NLS-2$
						version[0] = second.load(Fixtures.kpmId(count)).orElseThrow().getVersion();
						assertEquals(count + 1, second.count(HouseholdQuery.all()));
					}
				});
		try (JdbcCaseStore store = service.openStore(StoreLocation.embedded(db), null)) {
			Household h = store.load(Fixtures.kpmId(count)).orElseThrow();
			assertEquals("second process", h.getAddress()); //$NON-NLS-1$
			assertEquals(version[0], h.getVersion());
			assertTrue(store.load(Fixtures.kpmId(0)).orElseThrow().getAddress().startsWith("round ")); //$NON-NLS-1$
		}
	}

	/** A store held by a process that does not share it is refused with a sentence, not H2's message. */
	@Test
	void aStoreHeldWithoutSharingIsRefusedWithASentence() throws Exception {
		Path db = folder.resolve("exclusive"); //$NON-NLS-1$
		StoreLocation plain = new StoreLocation("jdbc:h2:file:" + db.toAbsolutePath(), "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try (JdbcCaseStore first = service.openStore(plain, null)) {
			runChild(List.of("save", db.toString(), "1")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private void runChild(List<String> args) throws Exception {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), //$NON-NLS-1$
				"-cp", classpath(), KillChild.class.getName())); //$NON-NLS-1$
		command.addAll(args);
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(60, TimeUnit.SECONDS));
		assertTrue(p.exitValue() != 0, out);
		assertTrue(out.contains("is in use by another program"), out); //$NON-NLS-1$
		assertTrue(!out.contains("90020") || out.indexOf("90020") > out.indexOf("Caused by"), out); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private List<String> runAndKill(List<String> args, Predicate<String> counted, int lines) throws Exception {
		return runAndKill(args, counted, lines, () -> {
		});
	}

	/** An action run while the child runs. */
	@FunctionalInterface
	private interface Meanwhile {
		void run() throws Exception;
	}

	/**
	 * Starts {@link KillChild}, waits for {@code lines} matching lines, runs {@code meanwhile}, kills the child a
	 * moment later, returns its output.
	 */
	private List<String> runAndKill(List<String> args, Predicate<String> counted, int lines, Meanwhile meanwhile)
			throws Exception {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java")); //$NON-NLS-1$
		command.add("-Xmx512m"); //$NON-NLS-1$
		command.add("-cp"); //$NON-NLS-1$
		command.add(classpath());
		command.add(KillChild.class.getName());
		command.addAll(args);
		Path err = folder.resolve("child-" + args.get(0) + ".err"); //$NON-NLS-1$ //$NON-NLS-2$
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
		builder.environment().put("HARAPAN_PASSWORD", KillChild.PASSWORD); // never on a command line //$NON-NLS-1$
		Process p = builder.start();
		List<String> out = new CopyOnWriteArrayList<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = r.readLine(); line != null; line = r.readLine()) {
					out.add(line);
				}
			} catch (IOException e) {
				// the process died
			}
		});
		reader.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (out.stream().filter(counted).count() < lines) {
			if (!p.isAlive() || System.nanoTime() > deadline) {
				p.destroyForcibly();
				throw new AssertionError("child ended early or hung: " + out.size() + " lines, stderr:\n" //$NON-NLS-1$ //$NON-NLS-2$
						+ Files.readString(err) + "\ncommand: " + command); //$NON-NLS-1$
			}
			Thread.sleep(5);
		}
		try {
			meanwhile.run();
		} finally {
			Thread.sleep(ThreadLocalRandom.current().nextInt(50));
			p.destroyForcibly(); // SIGKILL
		}
		assertTrue(p.waitFor(30, TimeUnit.SECONDS));
		reader.join(10_000);
		assertTrue(p.exitValue() != 0, "killed, not ended"); //$NON-NLS-1$
		return out;
	}

	/** The class folders or jars of the bundles the child needs, from where OSGi loaded their classes. */
	static String classpath() throws URISyntaxException {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> c : List.of(KillChild.class, JdbcCaseStore.class, Household.class, EObject.class, URI.class,
				SubMonitor.class, NLS.class, org.h2.Driver.class)) {
			var source = c.getProtectionDomain().getCodeSource();
			if (source == null || source.getLocation() == null) {
				throw new AssertionError("no code source for " + c); //$NON-NLS-1$
			}
			entries.add(Path.of(source.getLocation().toURI()).toString());
		}
		return String.join(File.pathSeparator, entries);
	}
}
