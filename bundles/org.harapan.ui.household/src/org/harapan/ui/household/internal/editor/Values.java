package org.harapan.ui.household.internal.editor;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.harapan.model.HarapanPackage;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.model.region.RegionDirectory;
import org.harapan.model.edit.labels.LabelItemProviders;
import org.harapan.model.provider.HarapanEditPlugin;
import org.harapan.ui.cases.UiLanguage;

/**
 * The texts of field values in the user's language and locale (dates, numbers, Rupiah, enum labels) and the reverse:
 * a typed text to a value of the field's type, or an {@link IllegalArgumentException} whose message says what is
 * wrong.
 */
public final class Values {

	private static final List<DateTimeFormatter> DATE_INPUTS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu")); //$NON-NLS-1$ //$NON-NLS-2$

	private Values() {
	}

	public static Locale locale() {
		return UiLanguage.indonesian() ? Locale.forLanguageTag("id-ID") : Locale.UK; //$NON-NLS-1$
	}

	public static String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date); //$NON-NLS-1$
	}

	public static String dateTime(Instant when) {
		return when == null ? "" //$NON-NLS-1$
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
						.withZone(ZoneId.systemDefault()).format(when);
	}

	public static String rupiah(long amount) {
		return "Rp " + NumberFormat.getIntegerInstance(locale()).format(amount); //$NON-NLS-1$
	}

	public static String number(double value) {
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/** The value of {@code feature} of {@code owner} as the editor shows it. */
	public static String text(EObject owner, EStructuralFeature feature) {
		Object value = owner.eGet(feature);
		if (feature == HarapanPackage.Literals.HOUSEHOLD__DESA_CODE && value instanceof String code) {
			RegionDirectory regions = RegionDirectory.get();
			String desa = regions.name(code);
			String kecamatan = regions.name(((Household) owner).kecamatanCode());
			return desa == null || kecamatan == null ? code
					: NLS.bind(Messages.Value_Desa, new Object[] { code, desa, kecamatan });
		}
		return text(feature, value);
	}

	public static String text(EStructuralFeature feature, Object value) {
		return switch (value) {
		case null -> ""; //$NON-NLS-1$
		case Member m -> m.getName() == null ? "" : m.getName(); //$NON-NLS-1$
		case Enumerator e -> LabelItemProviders.literal(e);
		case LocalDate d -> date(d);
		case YearMonth m -> DateTimeFormatter.ofPattern("MMM uuuu", locale()).format(m); //$NON-NLS-1$
		case Instant i -> dateTime(i);
		case Boolean b -> b ? Messages.Value_Yes : Messages.Value_No;
		case Double d -> d == 0 ? "" : number(d); //$NON-NLS-1$
		case Long l -> feature.getName().endsWith("Rp") ? rupiah(l) : Long.toString(l); //$NON-NLS-1$
		case Integer i -> i == 0 ? "" : Integer.toString(i); //$NON-NLS-1$
		default -> value.toString();
		};
	}

	/** The name of a field in the user's language, as the model's item providers give it (e.g. "Birth date"). */
	public static String name(EStructuralFeature feature) {
		return HarapanEditPlugin.INSTANCE.getString("_UI_" + feature.getEContainingClass().getName() + "_" //$NON-NLS-1$ //$NON-NLS-2$
				+ feature.getName() + "_feature"); //$NON-NLS-1$
	}

	/** The labels of an enum's literals, in order (a combo's items). */
	public static String[] literals(EEnum type) {
		return type.getELiterals().stream().map(l -> LabelItemProviders.literal(l.getInstance())).toArray(String[]::new);
	}

	/** The value {@code text} stands for in {@code attribute}; empty text is "not given" (null or 0). */
	public static Object parse(EAttribute attribute, String text) {
		String t = text == null ? "" : text.strip(); //$NON-NLS-1$
		EClassifier type = attribute.getEAttributeType();
		Class<?> c = type.getInstanceClass();
		try {
			if (c == String.class) {
				return t.isEmpty() ? null : t;
			}
			if (c == LocalDate.class) {
				return t.isEmpty() ? null : parseDate(t);
			}
			if (c == YearMonth.class) {
				return t.isEmpty() ? null : YearMonth.parse(t);
			}
			if (c == int.class) {
				return t.isEmpty() ? 0 : Integer.parseInt(t);
			}
			if (c == long.class) {
				return t.isEmpty() ? 0L : Long.parseLong(t.replaceAll("[Rp .,\u00a0]", "")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (c == double.class) {
				return t.isEmpty() ? 0d : parseNumber(t);
			}
		} catch (NumberFormatException | DateTimeParseException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Value_NotUnderstood, t, expected(c)), e);
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Value_NotUnderstood, t, type.getName()));
	}

	private static String expected(Class<?> c) {
		if (c == LocalDate.class) {
			return Messages.Value_ExpectDate;
		}
		if (c == YearMonth.class) {
			return Messages.Value_ExpectMonth;
		}
		return Messages.Value_ExpectNumber;
	}

	private static LocalDate parseDate(String t) {
		try {
			return LocalDate.parse(t, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
		} catch (DateTimeParseException e) {
			for (DateTimeFormatter f : DATE_INPUTS) {
				try {
					return LocalDate.parse(t, f);
				} catch (DateTimeParseException next) {
					e.addSuppressed(next);
				}
			}
			throw e;
		}
	}

	/** A number with the locale's decimal separator, or a point or comma as decimal separator. */
	private static double parseNumber(String t) {
		ParsePosition position = new ParsePosition(0);
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setGroupingUsed(false);
		Number n = format.parse(t, position);
		if (n != null && position.getIndex() == t.length()) {
			return n.doubleValue();
		}
		return Double.parseDouble(t.replace(',', '.'));
	}
}
