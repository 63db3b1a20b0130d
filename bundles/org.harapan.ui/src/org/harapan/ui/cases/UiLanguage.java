package org.harapan.ui.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;

/** The language the workbench runs in, as the rules' sentences name it: {@code id} or {@code en}. */
public final class UiLanguage {

	private UiLanguage() {
	}

	/** {@code id} when the platform runs in Bahasa Indonesia, else {@code en}. */
	public static String code() {
		return indonesian() ? "id" : "en"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	public static boolean indonesian() {
		String nl = Platform.getNL();
		return nl != null && (nl.startsWith("id") || nl.startsWith("in")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The locale of dates, numbers and Rupiah: Indonesia when the workbench runs in Bahasa Indonesia. */
	public static Locale locale() {
		return indonesian() ? Locale.forLanguageTag("id-ID") : Locale.UK; //$NON-NLS-1$
	}

	/** A date in the user's language, e.g. {@code 5 Nov 2026}; empty for {@code null}. */
	public static String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date); //$NON-NLS-1$
	}

	/** An amount in Rupiah in the user's language, e.g. {@code Rp 750.000} in Bahasa Indonesia. */
	public static String rupiah(long amount) {
		return "Rp " + java.text.NumberFormat.getIntegerInstance(locale()).format(amount); //$NON-NLS-1$
	}

	/** A whole number in the user's language, e.g. {@code 51.849} in Bahasa Indonesia. */
	public static String number(long value) {
		return java.text.NumberFormat.getIntegerInstance(locale()).format(value);
	}
}
