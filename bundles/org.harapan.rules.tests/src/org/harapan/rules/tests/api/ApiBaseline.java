package org.harapan.rules.tests.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.Version;

/**
 * A released API's signatures (see {@link ApiSignatures}) with its version, and the comparison of a later build
 * with it by the rules of semantic versioning: removing or changing an element, or adding an abstract method to a
 * type that others implement or extend, breaks the code built against the baseline and needs a new major version.
 * The baseline file is {@code version=X.Y.Z} then one {@code key = description} line per element.
 */
public record ApiBaseline(Version version, Map<String, String> signatures) {

	private static final String VERSION = "version="; //$NON-NLS-1$
	private static final String SEPARATOR = " = "; //$NON-NLS-1$

	/** What a comparison found: the incompatible changes and the compatible additions. */
	public record Comparison(List<String> incompatible, List<String> additions) {

		/** Whether the version allows what changed: incompatible changes only with a higher major version. */
		public boolean allowedBy(Version baseline, Version current) {
			return incompatible.isEmpty() || current.getMajor() > baseline.getMajor();
		}
	}

	public static ApiBaseline read(Reader in) throws IOException {
		BufferedReader lines = new BufferedReader(in);
		String first = lines.readLine();
		if (first == null || !first.startsWith(VERSION)) {
			throw new IOException("An API baseline starts with 'version=X.Y.Z', not '" + first + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Map<String, String> signatures = new TreeMap<>();
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			int at = line.indexOf(SEPARATOR);
			if (at > 0) {
				signatures.put(line.substring(0, at), line.substring(at + SEPARATOR.length()));
			}
		}
		return new ApiBaseline(Version.parseVersion(first.substring(VERSION.length()).strip()), signatures);
	}

	public void write(Writer out) throws IOException {
		out.write(VERSION + new Version(version.getMajor(), version.getMinor(), version.getMicro()) + "\n"); //$NON-NLS-1$
		for (Map.Entry<String, String> e : signatures.entrySet()) {
			out.write(e.getKey() + SEPARATOR + e.getValue() + "\n"); //$NON-NLS-1$
		}
	}

	/** Compares the signatures of a later build with this baseline. */
	public Comparison compare(Map<String, String> current) {
		List<String> incompatible = new ArrayList<>();
		List<String> additions = new ArrayList<>();
		for (Map.Entry<String, String> e : signatures.entrySet()) {
			String now = current.get(e.getKey());
			if (now == null) {
				incompatible.add("removed: " + e.getKey() + " (" + e.getValue() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else if (!loosened(e.getValue(), now)) {
				incompatible.add("changed: " + e.getKey() + " from '" + e.getValue() + "' to '" + now + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
		for (Map.Entry<String, String> e : current.entrySet()) {
			if (signatures.containsKey(e.getKey())) {
				continue;
			}
			String owner = owner(e.getKey());
			if (e.getValue().endsWith(" abstract") && owner != null && signatures.containsKey(owner)) { //$NON-NLS-1$
				incompatible.add("abstract method added to " + owner + " (its implementations built for " + version //$NON-NLS-1$ //$NON-NLS-2$
						+ " lack it): " + e.getKey()); //$NON-NLS-1$
			} else {
				additions.add(e.getKey() + " (" + e.getValue() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return new Comparison(incompatible, additions);
	}

	/** Whether {@code now} is {@code before} or {@code before} without {@code abstract} or {@code final}. */
	private static boolean loosened(String before, String now) {
		String withoutAbstract = before.replace(" abstract", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return now.equals(before) || now.equals(withoutAbstract) || now.equals(before.replace(" final", "")) //$NON-NLS-1$ //$NON-NLS-2$
				|| now.equals(withoutAbstract.replace(" final", "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The type a member key belongs to, or {@code null} for a type key. */
	private static String owner(String key) {
		int hash = key.indexOf('#');
		if (hash > 0) {
			return key.substring(0, hash);
		}
		return null;
	}
}
