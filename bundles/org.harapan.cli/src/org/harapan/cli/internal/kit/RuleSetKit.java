package org.harapan.cli.internal.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a new regional rule-set bundle into a source tree: the bundle (rule set with one example rule, its
 * {@code .programme} document, sentences in English and Bahasa Indonesia), its test fragment with a passing example
 * test, its feature, and the wiring (root {@code pom.xml} modules, the product's feature list). The layout is the one
 * of the four regional bundles the product ships, which are the worked examples.
 *
 * @param id     lower-case letters and digits, e.g. {@code bandarlampung}
 * @param region the kabupaten/kota code, e.g. {@code 18.71}
 * @param title  e.g. {@code Kota Bandar Lampung}
 * @param desa   a desa/kelurahan of the region for the example test
 */
public record RuleSetKit(String id, String region, String title, String desa) {

	/** The template files: target path (with {@code {{id}}} placeholders) → resource under {@code kit/}. */
	private static final Map<String, String> FILES = new LinkedHashMap<>();

	static {
		String bundle = "bundles/org.harapan.rules.region.{{id}}/"; //$NON-NLS-1$
		String tests = "bundles/org.harapan.rules.region.{{id}}.tests/"; //$NON-NLS-1$
		String pkg = "src/org/harapan/rules/region/{{id}}/"; //$NON-NLS-1$
		FILES.put(bundle + "META-INF/MANIFEST.MF", "bundle.MANIFEST.MF"); //$NON-NLS-1$ //$NON-NLS-2$
		FILES.put(bundle + "build.properties", "bundle.build.properties"); //$NON-NLS-1$ //$NON-NLS-2$
		FILES.put(bundle + "programmes/{{id}}.programme", "programme.xml"); //$NON-NLS-1$ //$NON-NLS-2$
		FILES.put(bundle + pkg + "{{Class}}RuleSet.java", "RuleSet.java.txt"); //$NON-NLS-1$ //$NON-NLS-2$
		FILES.put(bundle + pkg + "messages.properties", "messages.properties"); //$NON-NLS-1$ //$NON-NLS-2$
		FILES.put(bundle + pkg + "messages_id.properties", "messages_id.properties"); //$NON-NLS-1$ //$NON-NLS-2$
		FILES.put(tests + "META-INF/MANIFEST.MF", "tests.MANIFEST.MF"); //$NON-NLS-1$ //$NON-NLS-2$
		FILES.put(tests + "build.properties", "tests.build.properties"); //$NON-NLS-1$ //$NON-NLS-2$
		FILES.put(tests + "src/org/harapan/rules/region/{{id}}/tests/{{Class}}RulesTest.java", "RulesTest.java.txt"); //$NON-NLS-1$ //$NON-NLS-2$
		FILES.put("features/org.harapan.feature.region.{{id}}/feature.xml", "feature.xml"); //$NON-NLS-1$ //$NON-NLS-2$
		FILES.put("features/org.harapan.feature.region.{{id}}/build.properties", "feature.build.properties"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The Java class prefix: the id with a capital first letter. */
	public String className() {
		return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
	}

	/** The files it writes, relative to the source tree, in order. */
	public List<String> files() {
		return FILES.keySet().stream().map(this::fill).toList();
	}

	/** Writes the files and the wiring into {@code root}; refuses to overwrite an existing bundle. */
	public List<String> writeInto(Path root) throws IOException {
		Path bundle = root.resolve("bundles/org.harapan.rules.region." + id); //$NON-NLS-1$
		if (Files.exists(bundle)) {
			throw new IOException(bundle + " exists already; choose another --id"); //$NON-NLS-1$
		}
		List<String> written = new ArrayList<>();
		for (Map.Entry<String, String> f : FILES.entrySet()) {
			Path target = root.resolve(fill(f.getKey()));
			Files.createDirectories(target.getParent());
			Files.writeString(target, fill(template(f.getValue())), StandardCharsets.UTF_8);
			written.add(root.relativize(target).toString());
		}
		written.addAll(Wiring.wire(root, id));
		return written;
	}

	private String fill(String text) {
		return text.replace("{{id}}", id).replace("{{Class}}", className()).replace("{{region}}", region) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.replace("{{title}}", title).replace("{{desa}}", desa); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String template(String name) throws IOException {
		try (var in = RuleSetKit.class.getResourceAsStream("kit/" + name)) { //$NON-NLS-1$
			if (in == null) {
				throw new IOException("missing template kit/" + name); //$NON-NLS-1$
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
