package org.harapan.cli.internal.kit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Adds a new regional bundle, its tests and its feature to the build and the product. */
final class Wiring {

	private Wiring() {
	}

	static List<String> wire(Path root, String id) throws IOException {
		List<String> changed = new ArrayList<>();
		Path pom = root.resolve("pom.xml"); //$NON-NLS-1$
		String text = Files.readString(pom, StandardCharsets.UTF_8);
		String anchor = "    <module>features/org.harapan.feature.core</module>"; //$NON-NLS-1$
		String featureAnchor = "    <module>releng/org.harapan.product</module>"; //$NON-NLS-1$
		if (!text.contains(anchor) || !text.contains(featureAnchor)) {
			throw new IOException(pom + " does not list the core feature and the product modules as expected"); //$NON-NLS-1$
		}
		text = text.replace(anchor, "    <module>bundles/org.harapan.rules.region." + id + "</module>\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "    <module>bundles/org.harapan.rules.region." + id + ".tests</module>\n" + anchor); //$NON-NLS-1$ //$NON-NLS-2$
		text = text.replace(featureAnchor, "    <module>features/org.harapan.feature.region." + id + "</module>\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ featureAnchor);
		Files.writeString(pom, text, StandardCharsets.UTF_8);
		changed.add("pom.xml"); //$NON-NLS-1$
		try (var files = Files.list(root.resolve("releng/org.harapan.product"))) { //$NON-NLS-1$
			for (Path product : files.filter(p -> p.toString().endsWith(".product")).toList()) { //$NON-NLS-1$
				String p = Files.readString(product, StandardCharsets.UTF_8);
				String features = "   </features>"; //$NON-NLS-1$
				if (p.contains(features)) {
					// a root of its own, so that it can be uninstalled and installed again (./harapan uninstall)
					p = p.replace(features, "      <feature id=\"org.harapan.feature.region." + id //$NON-NLS-1$
							+ "\" installMode=\"root\"/>\n" + features); //$NON-NLS-1$
					Files.writeString(product, p, StandardCharsets.UTF_8);
					changed.add(root.relativize(product).toString());
				}
			}
		}
		Path category = root.resolve("releng/org.harapan.product/category.xml"); //$NON-NLS-1$
		if (Files.isRegularFile(category)) {
			String c = Files.readString(category, StandardCharsets.UTF_8);
			String def = "   <category-def "; //$NON-NLS-1$
			if (c.contains(def)) {
				c = c.replace(def, "   <feature id=\"org.harapan.feature.region." + id //$NON-NLS-1$
						+ "\"><category name=\"harapan\"/></feature>\n" + def); //$NON-NLS-1$
				Files.writeString(category, c, StandardCharsets.UTF_8);
				changed.add(root.relativize(category).toString());
			}
		}
		return changed;
	}
}
