package org.harapan.ui.internal;

import java.nio.file.Path;

/**
 * Where the user's data lives: the {@code harapan.data} system property (set by the {@code harapan}
 * script), else {@code $HARAPAN_DATA}, else {@code ~/.harapan}.
 */
public final class DataFolder {

	private DataFolder() {
	}

	public static Path resolve() {
		String property = System.getProperty("harapan.data"); //$NON-NLS-1$
		if (property != null && !property.isBlank()) {
			return Path.of(property).toAbsolutePath();
		}
		String env = System.getenv("HARAPAN_DATA"); //$NON-NLS-1$
		if (env != null && !env.isBlank()) {
			return Path.of(env).toAbsolutePath();
		}
		return Path.of(System.getProperty("user.home"), ".harapan"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
