package org.harapan.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a store lives: a JDBC URL ({@code jdbc:h2:…} file or server, {@code jdbc:postgresql://…}) with
 * optional credentials.
 *
 * @param jdbcUrl  the JDBC URL
 * @param user     user name, empty for embedded H2
 * @param password password, empty when none
 */
public record StoreLocation(String jdbcUrl, String user, String password) {

	/**
	 * H2's automatic mixed mode: the first process opens the file and serves it, the others (the workbench and CLI
	 * commands at the same time) connect to it; when it ends, the next one takes over.
	 */
	static final String SHARED = ";AUTO_SERVER=TRUE"; //$NON-NLS-1$

	/** The embedded H2 store of a data folder: {@code DATA/store/harapan.mv.db}. */
	public static StoreLocation inDataFolder(Path dataFolder) {
		return embedded(dataFolder.resolve("store").resolve("harapan")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * An embedded H2 file store that other processes can use at the same time; {@code file} is the path without
	 * the {@code .mv.db} suffix.
	 */
	public static StoreLocation embedded(Path file) {
		String path = file.toAbsolutePath().toString();
		if (path.endsWith(".mv.db")) { //$NON-NLS-1$
			path = path.substring(0, path.length() - ".mv.db".length()); //$NON-NLS-1$
		}
		return new StoreLocation("jdbc:h2:file:" + path + SHARED, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * What {@code --db VALUE} means: a JDBC URL as given (credentials from {@code HARAPAN_DB_USER} /
	 * {@code HARAPAN_DB_PASSWORD} when set), otherwise a path to an embedded H2 file.
	 */
	public static StoreLocation parse(String value) {
		if (value.startsWith("jdbc:")) { //$NON-NLS-1$
			return new StoreLocation(value, env("HARAPAN_DB_USER"), env("HARAPAN_DB_PASSWORD")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return embedded(Path.of(value));
	}

	private static String env(String name) {
		String value = System.getenv(name);
		return value == null ? "" : value; //$NON-NLS-1$
	}

	/** The {@code .mv.db} file of an embedded H2 file store; empty for a server or in-memory store. */
	public Optional<Path> embeddedFile() {
		if (!jdbcUrl.startsWith("jdbc:h2:file:")) { //$NON-NLS-1$
			return Optional.empty();
		}
		String path = jdbcUrl.substring("jdbc:h2:file:".length()); //$NON-NLS-1$
		int semicolon = path.indexOf(';');
		return Optional.of(Path.of((semicolon >= 0 ? path.substring(0, semicolon) : path) + ".mv.db")); //$NON-NLS-1$
	}

	public boolean isPostgres() {
		return jdbcUrl.startsWith("jdbc:postgresql:"); //$NON-NLS-1$
	}

	/** The URL without the sharing option of {@link #embedded(Path)}. */
	@Override
	public String toString() {
		return jdbcUrl.endsWith(SHARED) ? jdbcUrl.substring(0, jdbcUrl.length() - SHARED.length()) : jdbcUrl;
	}
}
