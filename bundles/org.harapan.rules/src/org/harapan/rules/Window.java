package org.harapan.rules;

import java.time.LocalDate;
import java.time.YearMonth;

/** A span of days, both ends inclusive, that a rule looks at (e.g. the 3 months before the evaluation date). */
public record Window(LocalDate from, LocalDate to) {

	/** The {@code months} months before {@code date}: from {@code date} minus the months to the day before it. */
	public static Window monthsBefore(LocalDate date, int months) {
		return new Window(date.minusMonths(months), date.minusDays(1));
	}

	/** The calendar month {@code month}. */
	public static Window of(YearMonth month) {
		return new Window(month.atDay(1), month.atEndOfMonth());
	}

	/** The {@code months} months just before this window (e.g. the previous review period). */
	public Window previous(int months) {
		return monthsBefore(from, months);
	}

	public boolean contains(LocalDate date) {
		return date != null && !date.isBefore(from) && !date.isAfter(to);
	}

	/** {@code from..to}. */
	@Override
	public String toString() {
		return from + ".." + to; //$NON-NLS-1$
	}
}
