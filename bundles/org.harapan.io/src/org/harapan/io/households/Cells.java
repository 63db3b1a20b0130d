package org.harapan.io.households;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;
import org.harapan.growth.survey.Vocabulary;
import org.harapan.model.MeasurementPosition;
import org.harapan.model.Sex;
import org.harapan.model.validation.Nik;

/**
 * How cells are read and written. Reading is lenient where registries and Excel differ: blanks around a value (and
 * a value of blanks, which is empty) and Excel's leading apostrophe are dropped; dates {@code yyyy-MM-dd},
 * {@code yyyy/MM/dd}, {@code d/M/yyyy}, {@code d-M-yyyy} or Excel's date numbers; yes/no, sex and position in the
 * words of {@link Vocabulary}; enumeration values in any case with or without {@code _}, {@code -} or blanks. A
 * value that cannot be read is a {@link CellException} naming the column and quoting at most
 * {@value #QUOTE_LIMIT} characters of the value. Writing is one canonical form, so that an exported file imports
 * and exports to the same bytes: ISO dates, {@code yes}/{@code no}, the model's literals, numbers in plain
 * notation without trailing zeros, empty for "not measured".
 */
public final class Cells {

	/** Characters of a bad value quoted in a reason. */
	public static final int QUOTE_LIMIT = 80;

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT) //$NON-NLS-1$
			.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter YMD_SLASH = DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT) //$NON-NLS-1$
			.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT) //$NON-NLS-1$
			.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter DMY_DASH = DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT) //$NON-NLS-1$
			.withResolverStyle(ResolverStyle.STRICT);
	/** Day 0 of Excel's 1900 date system as it counts from 1 March 1900 (it has a 29 February 1900). */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
		private static final Pattern EXCEL_NUMBER = Pattern.compile("[0-9](?:[.,][0-9]+)?[eE]\\+?[0-9]+"); //$NON-NLS-1$

	/** Per enumeration: its literals and their keys ({@link #key(String)}) to its values. */
	private static final ClassValue<Map<String, Enum<?>>> LITERALS = new ClassValue<>() {
		@Override
		protected Map<String, Enum<?>> computeValue(Class<?> type) {
			Map<String, Enum<?>> map = new HashMap<>();
			for (Object value : type.getEnumConstants()) {
				String literal = ((Enumerator) value).getLiteral();
				map.putIfAbsent(literal, (Enum<?>) value);
				map.putIfAbsent(key(literal), (Enum<?>) value);
			}
			return Map.copyOf(map);
		}
	};

	private Cells() {
	}

	/** The value without blanks around it (non-breaking spaces too) and without Excel's leading apostrophe. */
	public static String clean(String text) {
		String t = text == null ? "" : text.strip(); //$NON-NLS-1$
		if (t.indexOf('\u00A0') >= 0) {
			t = t.replace('\u00A0', ' ').strip();
		}
		if (t.startsWith("'")) { //$NON-NLS-1$
			t = t.substring(1).strip();
		}
		return t;
	}

	/** The value in quotes for a reason, cut to {@value #QUOTE_LIMIT} characters. */
	public static String quote(String text) {
		String t = text == null ? "" : text; //$NON-NLS-1$
		if (t.length() > QUOTE_LIMIT) {
			t = t.substring(0, QUOTE_LIMIT) + "\u2026"; //$NON-NLS-1$
		}
		return '"' + t + '"';
	}

	/** {@code null} for an empty cell. */
	public static LocalDate date(String column, String text) throws CellException {
		String t = clean(text);
		if (t.isEmpty()) {
			return null;
		}
		try {
			if (t.length() == 5 && t.chars().allMatch(c -> c >= '0' && c <= '9')) { // Excel's date number
				long serial = Long.parseLong(t);
				return EXCEL_EPOCH.plusDays(serial);
			} else if (t.indexOf('/') >= 0) {
				return LocalDate.parse(t, t.indexOf('/') == 4 ? YMD_SLASH : DMY);
			} else if (t.indexOf('-') > 0 && t.indexOf('-') <= 2) {
				return LocalDate.parse(t, DMY_DASH);
			} else {
				return LocalDate.parse(t, ISO);
			}
		} catch (DateTimeParseException e) {
			// below
		}
		throw new CellException(column, NLS.bind(Messages.notDate, quote(text)));
	}

	public static LocalDate requiredDate(String column, String text) throws CellException {
		LocalDate date = date(column, text);
		if (date == null) {
			throw new CellException(column, Messages.missing);
		}
		return date;
	}

	public static String required(String column, String text) throws CellException {
		String t = clean(text);
		if (t.isEmpty()) {
			throw new CellException(column, Messages.missing);
		}
		return t;
	}

	/** A text of at most {@code limit} characters; {@code null} when empty. */
	public static String text(String column, String text, int limit) throws CellException {
		String t = clean(text);
		if (t.length() > limit) {
			throw new CellException(column, NLS.bind(Messages.tooLong, t.length(), limit));
		}
		return t.isEmpty() ? null : t;
	}

	/** A required text of at most {@code limit} characters. */
	public static String required(String column, String text, int limit) throws CellException {
		String t = text(column, text, limit);
		if (t == null) {
			throw new CellException(column, Messages.missing);
		}
		return t;
	}

	/**
	 * A number of 16 digits (NIK, No. KK); {@code null} when empty and not {@code required}. A number Excel wrote in
	 * scientific notation ({@code 3.20101E+15}) is refused with the hint to format the column as text.
	 */
	public static String digits16(String column, String text, boolean required) throws CellException {
		String t = clean(text);
		if (t.isEmpty()) {
			if (required) {
				throw new CellException(column, Messages.missing);
			}
			return null;
		}
		if (Nik.isWellFormed(t)) {
			return t;
		}
		if (EXCEL_NUMBER.matcher(t).matches()) {
			throw new CellException(column, NLS.bind(Messages.excelNumber, quote(t)));
		}
		throw new CellException(column, NLS.bind(Messages.digits, quote(t)));
	}

	public static boolean bool(String column, String text) throws CellException {
		String t = clean(text);
		if (t.isEmpty() || "no".equals(t)) { //$NON-NLS-1$
			return false; // what export writes: no look-up
		} else if ("yes".equals(t)) { //$NON-NLS-1$
			return true;
		}
		return switch (Vocabulary.yesNo(t)) {
		case Vocabulary.EMPTY, Vocabulary.NO -> false;
		case Vocabulary.YES -> true;
		default -> throw new CellException(column, NLS.bind(Messages.notYesNo, quote(text)));
		};
	}

	public static int integer(String column, String text, int min, int max) throws CellException {
		String t = clean(text);
		try {
			int value = t.isEmpty() ? 0 : Integer.parseInt(t);
			if (value < min || value > max) {
				throw new CellException(column, NLS.bind(Messages.outside, new Object[] { value, min, max }));
			}
			return value;
		} catch (NumberFormatException e) {
			throw new CellException(column, NLS.bind(Messages.notWholeNumber, quote(text)));
		}
	}

	/**
	 * A measure greater than 0, with {@code .} (or {@code ,} as decimal comma); 0 for an empty cell (not measured).
	 * Zero or a negative value is refused: "not measured" is an empty cell.
	 */
	public static double decimal(String column, String text) throws CellException {
		String t = clean(text).replace(',', '.');
		if (t.isEmpty()) {
			return 0;
		}
		double value;
		try {
			value = Double.parseDouble(t);
		} catch (NumberFormatException e) {
			throw new CellException(column, NLS.bind(Messages.notNumber, quote(text)));
		}
		if (Double.isNaN(value) || Double.isInfinite(value) || !Character.isDigit(t.charAt(t.length() - 1))) {
			throw new CellException(column, NLS.bind(Messages.notNumber, quote(text)));
		}
		if (value <= 0) {
			throw new CellException(column, NLS.bind(Messages.notPositive, quote(text)));
		}
		return value;
	}

	/**
	 * The enumeration value whose literal matches, ignoring case, {@code _}, {@code -} and blanks; {@code empty}
	 * for an empty cell.
	 */
	public static <E extends Enum<E> & Enumerator> E enumerated(String column, String text, Class<E> type, E empty)
			throws CellException {
		return enumerated(column, text, type, empty, t -> null, null);
	}

	/** As above, with extra spellings ({@code alias} returns {@code null} for none, {@code words} lists them). */
	public static <E extends Enum<E> & Enumerator> E enumerated(String column, String text, Class<E> type, E empty,
			Function<String, E> alias, String words) throws CellException {
		String t = clean(text);
		Map<String, Enum<?>> literals = LITERALS.get(type);
		Enum<?> exact = literals.get(t); // the literal as export writes it
		if (exact != null) {
			return type.cast(exact);
		}
		String key = key(t);
		if (key.isEmpty()) {
			if (empty == null) {
				throw new CellException(column, Messages.missing);
			}
			return empty;
		}
		Enum<?> found = literals.get(key);
		if (found != null) {
			return type.cast(found);
		}
		E aliased = alias.apply(t);
		if (aliased != null) {
			return aliased;
		}
		StringBuilder known = new StringBuilder();
		for (E e : type.getEnumConstants()) {
			known.append(known.length() == 0 ? "" : ", ").append(e.getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (words != null) {
			known.append(" (").append(words).append(')'); //$NON-NLS-1$
		}
		throw new CellException(column, NLS.bind(Messages.notOneOf, quote(text), known));
	}

	/** Sex in the words of {@link Vocabulary#sex(CharSequence)}. */
	public static Sex sex(String column, String text) throws CellException {
		return enumerated(column, text, Sex.class, null, t -> switch (Vocabulary.sex(t)) {
		case Vocabulary.MALE -> Sex.MALE;
		case Vocabulary.FEMALE -> Sex.FEMALE;
		default -> null;
		}, Vocabulary.SEX_WORDS);
	}

	/** Measuring position in the words of {@link Vocabulary#position(CharSequence)}; empty is unknown. */
	public static MeasurementPosition position(String column, String text) throws CellException {
		return enumerated(column, text, MeasurementPosition.class, MeasurementPosition.UNKNOWN,
				t -> switch (Vocabulary.position(t)) {
				case Vocabulary.LYING -> MeasurementPosition.LYING;
				case Vocabulary.STANDING -> MeasurementPosition.STANDING;
				default -> null;
				}, Vocabulary.POSITION_WORDS);
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
