package org.harapan.io.households;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;

/**
 * How cells are read and written. Reading is lenient where registries differ: dates {@code yyyy-MM-dd} or
 * {@code dd/MM/yyyy}, booleans yes/no, true/false, ya/tidak, 1/0 or empty (no), enumeration values in any
 * case with or without {@code _}, {@code -} or blanks. Writing is one canonical form, so that an exported
 * file imports and exports to the same bytes: ISO dates, {@code yes}/{@code no}, the model's literals,
 * numbers in plain notation without trailing zeros, empty for "not measured".
 */
public final class Cells {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT) //$NON-NLS-1$
			.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT) //$NON-NLS-1$
			.withResolverStyle(ResolverStyle.STRICT);

	private Cells() {
	}

	/** {@code null} for an empty cell. */
	public static LocalDate date(String column, String text) throws CellException {
		String t = text.trim();
		if (t.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(t, t.indexOf('/') >= 0 ? DMY : ISO);
		} catch (DateTimeParseException e) {
			throw new CellException(column, "\"" + text + "\" is not a date (yyyy-MM-dd or dd/MM/yyyy)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	public static LocalDate requiredDate(String column, String text) throws CellException {
		LocalDate date = date(column, text);
		if (date == null) {
			throw new CellException(column, "missing"); //$NON-NLS-1$
		}
		return date;
	}

	public static String required(String column, String text) throws CellException {
		String t = text.trim();
		if (t.isEmpty()) {
			throw new CellException(column, "missing"); //$NON-NLS-1$
		}
		return t;
	}

	public static boolean bool(String column, String text) throws CellException {
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
		case "", "no", "n", "false", "0", "tidak", "t" -> false; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		case "yes", "y", "true", "1", "ya" -> true; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		default -> throw new CellException(column, "\"" + text + "\" is not yes or no"); //$NON-NLS-1$ //$NON-NLS-2$
		};
	}

	public static int integer(String column, String text, int min, int max) throws CellException {
		String t = text.trim();
		try {
			int value = t.isEmpty() ? 0 : Integer.parseInt(t);
			if (value < min || value > max) {
				throw new CellException(column, value + " is outside " + min + "-" + max); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return value;
		} catch (NumberFormatException e) {
			throw new CellException(column, "\"" + text + "\" is not a whole number"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** A decimal number with {@code .} (or {@code ,} as decimal comma); 0 for an empty cell (not measured). */
	public static double decimal(String column, String text) throws CellException {
		String t = text.trim().replace(',', '.');
		if (t.isEmpty()) {
			return 0;
		}
		try {
			double value = Double.parseDouble(t);
			if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
				throw new NumberFormatException();
			}
			return value;
		} catch (NumberFormatException e) {
			throw new CellException(column, "\"" + text + "\" is not a number"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * The enumeration value whose literal matches, ignoring case, {@code _}, {@code -} and blanks; {@code empty}
	 * for an empty cell.
	 */
	public static <E extends Enum<E> & Enumerator> E enumerated(String column, String text, Class<E> type, E empty)
			throws CellException {
		return enumerated(column, text, type, empty, t -> null);
	}

	/** As above, with extra spellings ({@code alias} returns {@code null} for none). */
	public static <E extends Enum<E> & Enumerator> E enumerated(String column, String text, Class<E> type, E empty,
			Function<String, E> alias) throws CellException {
		String key = key(text);
		if (key.isEmpty()) {
			if (empty == null) {
				throw new CellException(column, "missing"); //$NON-NLS-1$
			}
			return empty;
		}
		StringBuilder known = new StringBuilder();
		for (E e : type.getEnumConstants()) {
			if (key(e.getLiteral()).equals(key)) {
				return e;
			}
			known.append(known.length() == 0 ? "" : ", ").append(e.getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		E aliased = alias.apply(key);
		if (aliased != null) {
			return aliased;
		}
		throw new CellException(column, "\"" + text + "\" is not one of " + known); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String key(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '_' && c != '-' && !Character.isWhitespace(c)) {
				b.append(Character.toLowerCase(c));
			}
		}
		return b.toString();
	}

	public static String format(LocalDate date) {
		return date == null ? "" : ISO.format(date); //$NON-NLS-1$
	}

	public static String format(boolean value) {
		return value ? "yes" : "no"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	public static String format(Enumerator value) {
		return value == null ? "" : value.getLiteral(); //$NON-NLS-1$
	}

	/** Plain notation without trailing zeros ({@code 12.5}, {@code 80}); empty for 0 (not measured). */
	public static String format(double value) {
		if (value == 0) {
			return ""; //$NON-NLS-1$
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	public static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
