package org.harapan.ui.programme.internal;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.osgi.util.NLS;
import org.harapan.ui.programme.Formats;

/** How a field shows and reads an attribute value: numbers with the locale's grouping, dates in its format. */
final class FieldValues {

	private static final Set<String> LONG_TEXTS = Set.of("source", "note", "description", "target"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private FieldValues() {
	}

	/** Whether the attribute is a text of several lines. */
	static boolean isLong(EAttribute a) {
		return a.getEAttributeType().getInstanceClass() == String.class && LONG_TEXTS.contains(a.getName());
	}

	static String format(EAttribute a, Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof Long || value instanceof Integer) {
			return Formats.number(((Number) value).longValue());
		}
		if (value instanceof LocalDate d) {
			return Formats.date(d);
		}
		return value.toString();
	}

	/** The value of {@code text}; throws {@link IllegalArgumentException} with the reason in the user's language. */
	static Object parse(EAttribute a, String text) {
		Class<?> type = a.getEAttributeType().getInstanceClass();
		if (type == String.class) {
			return text;
		}
		if (type == long.class || type == int.class) {
			try {
				long n = Formats.parseNumber(text);
				if (type == int.class && (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE)) {
					throw new IllegalArgumentException(NLS.bind(Messages.Field_NotANumber, text));
				}
				return type == int.class ? (Object) (int) n : (Object) n;
			} catch (ParseException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.Field_NotANumber, text), e);
			}
		}
		if (type == LocalDate.class) {
			return text.isBlank() ? null : date(text.strip());
		}
		throw new IllegalArgumentException(a.getName());
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			try {
				return LocalDate.parse(text, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Formats.locale()));
			} catch (DateTimeParseException e2) {
				throw new IllegalArgumentException(NLS.bind(Messages.Field_NotADate, text, Formats.date(LocalDate.now())), e2);
			}
		}
	}
}
