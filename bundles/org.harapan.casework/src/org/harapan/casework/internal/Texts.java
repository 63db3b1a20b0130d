package org.harapan.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;

/**
 * The casework messages ({@code messages.properties}, {@code messages_id.properties}) in a language chosen per
 * call, for results shown to a user whose language is not the platform's ({@link Messages} is the platform's).
 */
public final class Texts {

	private static final Map<String, Texts> LOADED = new ConcurrentHashMap<>();

	private final Properties properties;

	private Texts(Properties properties) {
		this.properties = properties;
	}

	/** The texts in {@code language} ({@code id}, {@code in} or {@code en}); unknown languages give English. */
	public static Texts of(String language) {
		String key = language != null && (language.startsWith("id") || language.startsWith("in")) ? "id" : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return LOADED.computeIfAbsent(key, Texts::load);
	}

	/** The texts in the platform's language (as {@link Messages}). */
	public static Texts platform() {
		return of(java.util.Locale.getDefault().getLanguage());
	}

	private static Texts load(String language) {
		Properties english = read("messages.properties", null); //$NON-NLS-1$
		return new Texts("en".equals(language) ? english : read("messages_" + language + ".properties", english)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static Properties read(String name, Properties defaults) {
		Properties p = new Properties(defaults);
		try (InputStream in = Texts.class.getResourceAsStream(name)) {
			if (in != null) {
				p.load(in);
			}
		} catch (IOException e) {
			throw new IllegalStateException("Cannot read " + name, e); //$NON-NLS-1$
		}
		return p;
	}

	/** The message {@code key} with its {0}, {1}, … bound to {@code args}. */
	public String bind(String key, Object... args) {
		String pattern = properties.getProperty(key);
		return pattern == null ? key : NLS.bind(pattern, args);
	}
}
