package org.harapan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./harapan new-ruleset} writes a regional bundle, its tests and feature into a source tree and wires them in;
 * the rule set it writes compiles against the product's bundles. (Building the whole generated bundle with Tycho and
 * running its example test was checked by hand; see docs/regional-rules.md.)
 */
class RuleSetKitEndToEndTest {

	@TempDir
	Path data;

	@Test
	void newRuleSetIsWrittenWiredAndCompiles() throws Exception {
		Path tree = data.resolve("tree");
		Files.createDirectories(tree.resolve("bundles"));
		Files.createDirectories(tree.resolve("releng/org.harapan.product"));
		Files.copy(Harapan.root().resolve("pom.xml"), tree.resolve("pom.xml"));
		for (String f : List.of("harapan.product", "category.xml")) {
			Files.copy(Harapan.root().resolve("releng/org.harapan.product").resolve(f),
					tree.resolve("releng/org.harapan.product").resolve(f));
		}
		Harapan.Result made = Harapan.run(data, "new-ruleset", "--id", "bandarlampung", "--region", "18.71", "--title",
				"Kota Bandar Lampung", "--into", tree.toString());
		assertEquals(0, made.exitCode(), made.out() + made.err());
		Path source = tree.resolve("bundles/org.harapan.rules.region.bandarlampung/src/org/harapan/rules/region/"
				+ "bandarlampung/BandarlampungRuleSet.java");
		assertTrue(Files.isRegularFile(source), made.out());
		assertTrue(Files.readString(tree.resolve("bundles/org.harapan.rules.region.bandarlampung/programmes/"
				+ "bandarlampung.programme")).contains("regionCode=\"18.71\""));
		assertTrue(Files.isRegularFile(tree.resolve("bundles/org.harapan.rules.region.bandarlampung.tests/src/org/"
				+ "harapan/rules/region/bandarlampung/tests/BandarlampungRulesTest.java")));
		String test = Files.readString(tree.resolve("bundles/org.harapan.rules.region.bandarlampung.tests/src/org/"
				+ "harapan/rules/region/bandarlampung/tests/BandarlampungRulesTest.java"));
		assertTrue(test.contains("DESA = \"18.71."), "a real desa of Bandar Lampung for the example test");
		String pom = Files.readString(tree.resolve("pom.xml"));
		assertTrue(pom.contains("<module>bundles/org.harapan.rules.region.bandarlampung</module>")
				&& pom.contains("<module>bundles/org.harapan.rules.region.bandarlampung.tests</module>")
				&& pom.contains("<module>features/org.harapan.feature.region.bandarlampung</module>"), pom);
		assertTrue(Files.readString(tree.resolve("releng/org.harapan.product/harapan.product"))
				.contains("<feature id=\"org.harapan.feature.region.bandarlampung\" installMode=\"root\"/>"));
		assertTrue(Files.readString(tree.resolve("releng/org.harapan.product/category.xml"))
				.contains("org.harapan.feature.region.bandarlampung"));

		Path classes = data.resolve("classes");
		Files.createDirectories(classes);
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		List<String> args = new ArrayList<>(List.of("-proc:none", "-d", classes.toString(), "-cp", classpath(),
				source.toString()));
		java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
		int compiled = javac.run(null, null, errors, args.toArray(String[]::new));
		assertEquals(0, compiled, errors.toString(StandardCharsets.UTF_8));

		Harapan.Result again = Harapan.run(data, "new-ruleset", "--id", "bandarlampung", "--region", "18.71",
				"--title", "Kota Bandar Lampung", "--into", tree.toString());
		assertEquals(1, again.exitCode());
		assertTrue(again.err().contains("exists already"), again.err());
		Harapan.Result badRegion = Harapan.run(data, "new-ruleset", "--id", "x1", "--region", "18.71.01", "--title",
				"Kecamatan", "--into", tree.toString());
		assertEquals(2, badRegion.exitCode());
		assertTrue(badRegion.err().contains("must be a kabupaten/kota code"), badRegion.err());
	}

	/** The product's bundles and the test class path (for the DS annotations). */
	private static String classpath() throws Exception {
		Path plugins = Harapan.root()
				.resolve("releng/org.harapan.product/target/products/org.harapan.product/linux/gtk/x86_64/plugins");
		try (var files = Files.list(plugins)) {
			return files.filter(p -> p.toString().endsWith(".jar")).map(Path::toString)
					.collect(Collectors.joining(File.pathSeparator)) + File.pathSeparator
					+ System.getProperty("java.class.path");
		}
	}
}
