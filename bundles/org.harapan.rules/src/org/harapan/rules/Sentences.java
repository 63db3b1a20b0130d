package org.harapan.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentences of a rule set's findings, in both languages at once (a finding carries both): read from
 * {@code BASE.properties} (English) and {@code BASE_id.properties} (Bahasa Indonesia) beside a class, the same
 * files an {@code NLS} message class would use. Arguments follow {@link MessageFormat}; amounts are passed as
 * {@code long} and formatted per language with {@code {0,number,#,##0}}; a {@link Text} argument is put in in the
 * sentence's language.
 */
public final class Sentences {

	private static final Locale ID = Locale.forLanguageTag("id"); //$NON-NLS-1$
	private final Properties en;
	private final Properties id;
	private final String base;
	private final Map<String, MessageFormat> idFormats = new ConcurrentHashMap<>();
	private final Map<String, MessageFormat> enFormats = new ConcurrentHashMap<>();

	private Sentences(String base, Properties en, Properties id) {
		this.base = base;
		this.en = en;
		this.id = id;
	}

	/** Loads {@code messages.properties} and {@code messages_id.properties} of {@code anchor}'s package. */
	public static Sentences of(Class<?> anchor) {
		String base = anchor.getPackageName().replace('.', '/') + "/messages"; //$NON-NLS-1$
		return new Sentences(base, read(anchor, base + ".properties"), read(anchor, base + "_id.properties")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Properties read(Class<?> anchor, String path) {
		Properties p = new Properties();
		try (InputStream in = anchor.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing " + path); //$NON-NLS-1$
			}
			try (Reader r = new InputStreamReader(in, StandardCharsets.ISO_8859_1)) {
				p.load(r);
			}
		} catch (IOException e) {
			throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return p;
	}

	/** The sentence {@code key} with {@code args} in both languages. */
	public Text text(String key, Object... args) {
		if (!en.containsKey(key)) {
			throw new IllegalStateException("no sentence " + key + " in " + base); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new Text(this, key, args);
	}

	/**
	 * Formats sentence {@code key} in Bahasa Indonesia or English; an argument that is a {@link Text} (e.g. the name
	 * of a component) is put in in the same language.
	 */
	String format(boolean indonesian, String key, Object[] args) {
		Object[] in = args;
		for (int i = 0; i < args.length; i++) {
			if (args[i] instanceof Text t) {
				if (in == args) {
					in = args.clone();
				}
				in[i] = indonesian ? t.id() : t.en();
			}
		}
		return indonesian ? format(id, key, ID, in) : format(en, key, Locale.ENGLISH, in);
	}

	private String format(Properties p, String key, Locale locale, Object... args) {
		MessageFormat format = (locale == ID ? idFormats : enFormats).computeIfAbsent(key, k -> {
			String pattern = p.getProperty(k);
			if (pattern == null) {
				pattern = en.getProperty(k);
			}
			if (pattern == null) {
				throw new IllegalStateException("no sentence " + k + " in " + base); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return new MessageFormat(pattern, locale);
		});
		synchronized (format) { // a MessageFormat is not thread-safe; parsing it once per key is what costs
			return format.format(args);
		}
	}
}
