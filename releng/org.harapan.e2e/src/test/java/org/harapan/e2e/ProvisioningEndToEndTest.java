package org.harapan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./harapan uninstall}, {@code install} and {@code installed} on a copy of the built product: removing the
 * Paser feature removes its rules' findings for a Paser store and nothing else; installing it again from the built
 * p2 repository zip brings them back; a bad repository or an unknown feature changes nothing. On a store with users
 * ({@code --db}) only regional IT (or an administrator) installs and uninstalls: a case worker is refused, and
 * every install, uninstall and refusal is in that store's audit trail with the user and the feature.
 */
class ProvisioningEndToEndTest {

	private static final String PASSWORD = "rahasia-pasang-1";

	@TempDir
	Path data;

	@Test
	void aRegionalFeatureComesAndGoes() throws Exception {
		Path product = productCopy(data);
		String db = data.resolve("paser-store").toString();
		assertEquals(0, Harapan.runOn(product, data, "demo", "--households", "200", "--db", db, "--today",
				"2025-06-30").exitCode());
		Harapan.Result before = findings(product, db);
		assertTrue(before.out().contains(",region.paser,"), "Paser's rules decided: " + before.err());

		String users = storeWithUsers(product);
		Harapan.Result uninstall = as(product, "iwan", "uninstall", "paser", "--db", users);
		assertEquals(0, uninstall.exitCode(), uninstall.err());
		Harapan.Result installed = Harapan.runOn(product, data, "installed");
		assertTrue(installed.out().contains("org.harapan.feature.region.lampungtimur")
				&& !installed.out().contains("org.harapan.feature.region.paser"), installed.out());
		Harapan.Result without = findings(product, db);
		assertTrue(!without.out().contains(",region.paser,"), "no Paser findings without the feature");
		assertEquals(national(before), national(without), "the national findings are unchanged");

		Harapan.Result bad = Harapan.runOn(product, data, "install", "paser", "--repository",
				Harapan.root().resolve("README.md").toString());
		assertEquals(1, bad.exitCode());
		assertTrue(bad.err().contains("nothing changed"), bad.err());
		Path zip = repositoryZip();
		Harapan.Result unknown = Harapan.runOn(product, data, "install", "nosuchregion", "--repository", zip.toString());
		assertEquals(1, unknown.exitCode());
		assertTrue(unknown.err().contains("has not been found") && unknown.err().contains("nothing changed"),
				unknown.err());

		Harapan.Result caseWorker = as(product, "ani", "install", "paser", "--repository", zip.toString(), "--db", users);
		assertEquals(1, caseWorker.exitCode(), caseWorker.err());
		assertTrue(caseWorker.err().contains("Only regional IT or an administrator installs or uninstalls rule sets "
				+ "(ani is case-worker)") && caseWorker.err().contains("nothing changed"), caseWorker.err());

		java.util.Set<Path> filesBefore = files(product);
		long started = System.nanoTime();
		Harapan.Result install = as(product, "iwan", "install", "paser", "--repository", zip.toString(), "--db", users);
		assertEquals(0, install.exitCode(), install.err());
		double seconds = (System.nanoTime() - started) / 1e9;
		java.util.Set<Path> copied = files(product);
		copied.removeAll(filesBefore);
		copied.removeIf(p -> !p.startsWith(product.resolve("plugins")) && !p.startsWith(product.resolve("features")));
		long bytes = 0;
		for (Path p : copied) {
			bytes += Files.size(p);
		}
		System.out.printf("[figure] install of the Paser feature into an installed product: %.1f s (./harapan install,"
				+ " JVM start and login included), copied %d files, %.1f KB: %s%n", seconds, copied.size(), bytes / 1e3,
				copied.stream().map(p -> product.relativize(p).toString()).sorted().toList());
		Harapan.Result after = findings(product, db);
		assertEquals(before.out(), after.out(), "the same findings as before the uninstall");

		Harapan.Result audit = as(product, "admin", "audit", "--db", users);
		assertEquals(0, audit.exitCode(), audit.err());
		List<String> rows = audit.out().lines().filter(l -> l.contains("install")).toList();
		assertEquals(3, rows.size(), audit.out());
		assertTrue(rows.get(0).matches(".*\\tiwan\\tuninstall\\t-\\t0\\torg\\.harapan\\.feature\\.region\\.paser 1\\.0\\.0\\.\\S+: done"),
				rows.get(0));
		assertTrue(rows.get(1).contains("\tani\trefused\t-\t0\tinstall org.harapan.feature.region.paser from "), rows.get(1));
		assertTrue(rows.get(2).matches(".*\\tiwan\\tinstall\\t-\\t0\\torg\\.harapan\\.feature\\.region\\.paser 1\\.0\\.0\\.\\S+ from "
				+ "jar:file:\\S+\\.zip!/: done"), rows.get(2));
	}

	/** A store with an administrator, a case worker (ani) and regional IT (iwan), all with {@link #PASSWORD}. */
	private String storeWithUsers(Path product) throws Exception {
		String users = data.resolve("users-store").toString();
		assertEquals(0, as(product, "admin", "users", "add", "admin", "--db", users).exitCode());
		assertEquals(0, as(product, "admin", "users", "add", "ani", "--role", "case-worker", "--region", "64.01.05.2005",
				"--db", users).exitCode());
		assertEquals(0, as(product, "admin", "users", "add", "iwan", "--role", "regional-it", "--region", "64.01",
				"--db", users).exitCode());
		return users;
	}

	/** {@code ./harapan args --user USER} on {@code product}, the passwords (theirs, a new user's) from the environment. */
	private Harapan.Result as(Path product, String user, String... args) throws Exception {
		List<String> words = new java.util.ArrayList<>(List.of(args));
		words.add(args[0].equals("audit") ? "--as" : "--user");
		words.add(user);
		ProcessBuilder builder = Harapan.command(data, words.toArray(String[]::new));
		builder.environment().put("HARAPAN_PRODUCT", product.toString());
		builder.environment().put("HARAPAN_PASSWORD", PASSWORD);
		builder.environment().put("HARAPAN_NEW_PASSWORD", PASSWORD);
		return Harapan.run(builder);
	}

	private Harapan.Result findings(Path product, String db) throws Exception {
		Harapan.Result r = Harapan.runOn(product, data, "rules", "findings", "--year", "2025", "--tahap", "2", "--db", db);
		assertEquals(0, r.exitCode(), r.err());
		return r;
	}

	private static List<String> national(Harapan.Result findings) {
		return findings.out().lines().filter(l -> l.contains(",pkh.national,")).toList();
	}

	private static Path repositoryZip() throws IOException {
		try (Stream<Path> files = Files.list(Harapan.root().resolve("releng/org.harapan.product/target"))) {
			return files.filter(p -> p.getFileName().toString().matches("org\\.harapan\\.product-.*\\.zip")).findFirst()
					.orElseThrow(() -> new AssertionError("the build published no p2 repository zip"));
		}
	}

	private static java.util.Set<Path> files(Path root) throws IOException {
		try (Stream<Path> all = Files.walk(root)) {
			return all.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
		}
	}

	/** A copy of the built product in {@code folder}/product. */
	static Path productCopy(Path folder) throws IOException {
		Path product = folder.resolve("product");
		copy(Harapan.product(), product);
		return product;
	}

	static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}
}
