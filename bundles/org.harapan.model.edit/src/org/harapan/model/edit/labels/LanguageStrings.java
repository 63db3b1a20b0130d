package org.harapan.model.edit.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;

import org.eclipse.emf.common.util.ResourceLocator;
import org.harapan.model.provider.HarapanEditPlugin;

/**
 * The edit bundle's strings in one chosen language, independent of the language the runtime was
 * started in: {@code plugin.properties} overlaid with {@code plugin_<language>.properties} (for
 * Indonesian {@code plugin_id.properties}; Java 17+ maps "in" to "id"). Use it with
 * {@link HarapanLabelAdapterFactory#HarapanLabelAdapterFactory(ResourceLocator)}, e.g. for a report in
 * Bahasa Indonesia while the workbench runs in English. Images come from the edit plugin.
 */
public final class LanguageStrings implements ResourceLocator {

	private final Properties strings;
	private final Locale locale;

	private LanguageStrings(Properties strings, Locale locale) {
		this.strings = strings;
		this.locale = locale;
	}

	/** The strings for a locale's language; English (the base file) for any language without a file. */
	public static LanguageStrings of(Locale locale) {
		Properties base = new Properties();
		load(base, "plugin.properties", true);
		Properties strings = new Properties(base);
		String language = locale.getLanguage();
		if (!language.isEmpty() && !language.equals("en")) {
			load(strings, "plugin_" + language + ".properties", false);
		}
		return new LanguageStrings(strings, locale);
	}

	private static void load(Properties into, String file, boolean required) {
		URL base = HarapanEditPlugin.INSTANCE.getBaseURL();
		try (InputStream in = URI.create(base.toString()).resolve(file).toURL().openStream()) {
			into.load(in);
		} catch (IOException e) {
			if (required) {
				throw new UncheckedIOException(file, e);
			}
		}
	}

	/** The locale numbers and dates in substitutions are formatted with. */
	public Locale locale() {
		return locale;
	}

	@Override
	public URL getBaseURL() {
		return HarapanEditPlugin.INSTANCE.getBaseURL();
	}

	@Override
	public Object getImage(String key) {
		return HarapanEditPlugin.INSTANCE.getImage(key);
	}

	@Override
	public String getString(String key) {
		String s = strings.getProperty(key);
		if (s == null) {
			throw new MissingResourceException(key, getClass().getName(), key);
		}
		return s;
	}

	@Override
	public String getString(String key, Object[] substitutions) {
		return new MessageFormat(getString(key), locale).format(substitutions);
	}

	@Override
	public String getString(String key, boolean translate) {
		return getString(key);
	}

	@Override
	public String getString(String key, Object[] substitutions, boolean translate) {
		return getString(key, substitutions);
	}
}
