package org.harapan.ui.programme;

import java.text.NumberFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.harapan.ui.cases.UiLanguage;

/** Numbers, Rupiah, dates and months as the user's language writes them (Bahasa Indonesia or English). */
public final class Formats {

	private Formats() {
	}

	/** The locale of the workbench's language. */
	public static Locale locale() {
		return Locale.forLanguageTag(UiLanguage.code());
	}

	/** {@code Rp 3.000.000} (Indonesian) or {@code Rp 3,000,000} (English). */
	public static String rupiah(long amount) {
		return "Rp " + number(amount); //$NON-NLS-1$
	}

	/** A difference with its sign: {@code +Rp 150.000}, {@code -Rp 150.000}, {@code Rp 0}. */
	public static String rupiahDifference(long amount) {
		return amount > 0 ? "+" + rupiah(amount) : amount < 0 ? "-" + rupiah(-amount) : rupiah(0); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A whole number with the locale's grouping. */
	public static String number(long value) {
		return NumberFormat.getIntegerInstance(locale()).format(value);
	}

	/**
	 * Reads a whole number written with or without the locale's grouping (and an optional {@code Rp}); throws
	 * {@link ParseException} for anything else.
	 */
	public static long parseNumber(String text) throws ParseException {
		String t = text.strip();
		if (t.regionMatches(true, 0, "Rp", 0, 2)) { //$NON-NLS-1$
			t = t.substring(2).strip();
		}
		NumberFormat f = NumberFormat.getIntegerInstance(locale());
		f.setParseIntegerOnly(true);
		ParsePosition at = new ParsePosition(0);
		Number n = f.parse(t, at);
		if (n == null || at.getIndex() != t.length() || t.isEmpty()) {
			throw new ParseException(text, at.getErrorIndex() < 0 ? at.getIndex() : at.getErrorIndex());
		}
		return n.longValue();
	}

	/** A date as the locale writes it (medium style, e.g. {@code 1 Apr 2020}). */
	public static String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date); //$NON-NLS-1$
	}

	/** The name of month {@code m} (1 = January) in the locale, or the number when out of range. */
	public static String month(int m) {
		return m >= 1 && m <= 12 ? Month.of(m).getDisplayName(TextStyle.FULL, locale()) : String.valueOf(m);
	}
}
