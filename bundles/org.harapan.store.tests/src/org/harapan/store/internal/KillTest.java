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
		int count = 40;
		try (JdbcCaseStore store = service.openStore(StoreLocation.embedded(db), null)) {
			Fixtures fixtures = new Fixtures(today);
			store.saveAll(IntStream.range(0, count).mapToObj(fixtures::household).iterator(), "import", null, null); //$NON-NLS-1$
		}
		List<String> out = runAndKill(List.of("save", db.toString(), Integer.toString(count)), //$NON-NLS-1$
				line -> line.startsWith("SAVED"), 300); //$NON-NLS-1$
		Map<String, long[]> last = new HashMap<>();
		for (String line : out) {
			if (line.startsWith("SAVED")) { //$NON-NLS-1$
				String[] p = line.split(" "); //$NON-NLS-1$
				last.put(p[1], new long[] { Long.parseLong(p[2]), Long.parseLong(p[3]) });
			}
		}
		try (JdbcCaseStore store = service.openStore(StoreLocation.embedded(db), null)) {
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

	/** Starts {@link KillChild}, waits for {@code lines} matching lines, kills it a moment later, returns its output. */
	private List<String> runAndKill(List<String> args, Predicate<String> counted, int lines) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java")); //$NON-NLS-1$
		command.add("-Xmx512m"); //$NON-NLS-1$
		command.add("-cp"); //$NON-NLS-1$
		command.add(classpath());
		command.add(KillChild.class.getName());
		command.addAll(args);
		Path err = folder.resolve("child-" + args.get(0) + ".err"); //$NON-NLS-1$ //$NON-NLS-2$
		Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
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
		Thread.sleep(ThreadLocalRandom.current().nextInt(50));
		p.destroyForcibly(); // SIGKILL
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
