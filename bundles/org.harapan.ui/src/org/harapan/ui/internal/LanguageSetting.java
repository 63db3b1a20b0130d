package org.harapan.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The user's chosen language, kept as {@code language=id|en} in {@code settings.properties} of the data
 * folder. The {@code harapan} script passes it to the platform as {@code -nl} at the next start.
 */
public final class LanguageSetting {

	public static final String FILE_NAME = "settings.properties"; //$NON-NLS-1$
	private static final String KEY = "language"; //$NON-NLS-1$

	private final Path file;

	public LanguageSetting(Path dataFolder) {
		this.file = dataFolder.resolve(FILE_NAME);
	}

	public Path file() {
		return file;
	}

	/** The stored language code, or {@code null} when none was chosen. */
	public String get() throws IOException {
		return load().getProperty(KEY);
	}

	public void set(String code) throws IOException {
		if (!"id".equals(code) && !"en".equals(code)) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new IllegalArgumentException("Unsupported language code: " + code); //$NON-NLS-1$
		}
		Properties properties = load();
		properties.setProperty(KEY, code);
		Files.createDirectories(file.getParent());
		Path tmp = file.resolveSibling(FILE_NAME + ".tmp"); //$NON-NLS-1$
		try (OutputStream out = Files.newOutputStream(tmp)) {
			properties.store(out, "Harapan Workbench settings"); //$NON-NLS-1$
		}
		Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	private Properties load() throws IOException {
		Properties properties = new Properties();
		if (Files.isRegularFile(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(in);
			}
		}
		return properties;
	}
}
