package org.harapan.rules.tests.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;

import org.harapan.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The API baseline check of the build: the rules API ({@code org.harapan.rules}, which regional bundles are built
 * against) compared with its committed baseline {@code api/org.harapan.rules.api}; an incompatible change without
 * a new major version fails the build. When a new major version is meant, bump {@code Bundle-Version} and the
 * {@code Export-Package} version of the rules bundle and copy {@code target/api/org.harapan.rules.api} (written by
 * this test) over the baseline.
 */
class ApiBaselineTest {

	private static final String API_PACKAGE = "org.harapan.rules"; //$NON-NLS-1$
	private static final String BASELINE = "org.harapan.rules.api"; //$NON-NLS-1$

	@Test
	void theRulesApiKeepsItsBaselineOrHasANewMajorVersion() throws Exception {
		Bundle rules = FrameworkUtil.getBundle(RuleSet.class);
		Map<String, String> current = ApiSignatures.of(rules, API_PACKAGE);
		Version version = rules.getVersion();
		writeCurrent(new ApiBaseline(version, current));
		ApiBaseline baseline = committedBaseline(rules);
		ApiBaseline.Comparison comparison = baseline.compare(current);
		assertTrue(comparison.allowedBy(baseline.version(), version),
				"the rules API changed incompatibly without a new major version (baseline " + baseline.version() //$NON-NLS-1$
						+ ", this build " + version + "):\n  " + String.join("\n  ", comparison.incompatible()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ "\nkeep the API as it was, or bump the major version (Bundle-Version and Export-Package of " //$NON-NLS-1$
						+ "org.harapan.rules, the ranges of its users) and copy target/api/" + BASELINE + " to api/"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(version.getMajor(), exportedVersion(rules).getMajor(),
				"the exported API package has the major version of the bundle"); //$NON-NLS-1$
		assertTrue(current.size() > 100, "the API was read: " + current.size() + " signatures"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aRemovedPublicMethodNeedsANewMajorVersion() throws Exception {
		Map<String, String> current = ApiSignatures.of(FrameworkUtil.getBundle(RuleSet.class), API_PACKAGE);
		Map<String, String> released = new TreeMap<>(current);
		released.put("org.harapan.rules.RuleSet#maximumBenefit()", "method long abstract"); //$NON-NLS-1$ //$NON-NLS-2$
		ApiBaseline baseline = roundTrip(new ApiBaseline(new Version(1, 0, 0), released));

		ApiBaseline.Comparison comparison = baseline.compare(current);
		assertEquals(1, comparison.incompatible().size(), comparison.incompatible().toString());
		assertTrue(comparison.incompatible().get(0).startsWith("removed: org.harapan.rules.RuleSet#maximumBenefit()")); //$NON-NLS-1$
		assertFalse(comparison.allowedBy(baseline.version(), new Version(1, 0, 1)), "not in a micro version"); //$NON-NLS-1$
		assertFalse(comparison.allowedBy(baseline.version(), new Version(1, 4, 0)), "not in a minor version"); //$NON-NLS-1$
		assertTrue(comparison.allowedBy(baseline.version(), new Version(2, 0, 0)), "in a major version"); //$NON-NLS-1$
	}

	@Test
	void anAbstractMethodAddedToTheRuleSetSpiBreaksItsImplementations() throws Exception {
		Map<String, String> released = ApiSignatures.of(FrameworkUtil.getBundle(RuleSet.class), API_PACKAGE);
		ApiBaseline baseline = new ApiBaseline(new Version(1, 0, 0), released);

		Map<String, String> withDefault = new TreeMap<>(released);
		withDefault.put("org.harapan.rules.RuleSet#sponsor()", "method java.lang.String"); //$NON-NLS-1$ //$NON-NLS-2$
		ApiBaseline.Comparison compatible = baseline.compare(withDefault);
		assertTrue(compatible.incompatible().isEmpty(), compatible.incompatible().toString());
		assertEquals(1, compatible.additions().size(), "a default method is an addition"); //$NON-NLS-1$

		Map<String, String> withAbstract = new TreeMap<>(released);
		withAbstract.put("org.harapan.rules.RuleSet#sponsor()", "method java.lang.String abstract"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(baseline.compare(withAbstract).allowedBy(baseline.version(), new Version(1, 1, 0)));

		Map<String, String> changedReturn = new TreeMap<>(released);
		changedReturn.put("org.harapan.rules.RuleSet#version()", "method java.lang.Object abstract"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(baseline.compare(changedReturn).incompatible().get(0).startsWith("changed: org.harapan.rules.RuleSet#version()")); //$NON-NLS-1$
	}

	private static ApiBaseline roundTrip(ApiBaseline baseline) throws IOException {
		StringWriter out = new StringWriter();
		baseline.write(out);
		ApiBaseline read = ApiBaseline.read(new StringReader(out.toString()));
		assertEquals(baseline, read);
		return read;
	}

	private static ApiBaseline committedBaseline(Bundle rules) throws IOException {
		Enumeration<URL> found = rules.findEntries("api", BASELINE, false); //$NON-NLS-1$
		assertNotNull(found, "the test fragment carries api/" + BASELINE); //$NON-NLS-1$
		try (Reader in = new InputStreamReader(found.nextElement().openStream(), StandardCharsets.UTF_8)) {
			return ApiBaseline.read(in);
		}
	}

	private static void writeCurrent(ApiBaseline current) throws IOException {
		Path file = Path.of("target", "api", BASELINE); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(file.getParent());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			current.write(out);
		}
	}

	private static Version exportedVersion(Bundle rules) {
		for (BundleCapability c : rules.adapt(BundleWiring.class).getCapabilities("osgi.wiring.package")) { //$NON-NLS-1$
			if (API_PACKAGE.equals(c.getAttributes().get("osgi.wiring.package"))) { //$NON-NLS-1$
				return (Version) c.getAttributes().get("version"); //$NON-NLS-1$
			}
		}
		throw new AssertionError("org.harapan.rules exports " + API_PACKAGE); //$NON-NLS-1$
	}
}
