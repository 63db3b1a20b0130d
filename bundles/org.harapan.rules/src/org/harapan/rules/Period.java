package org.harapan.rules;

import java.time.LocalDate;

/**
 * The tahap (payment stage) a decision is for: its year, number and first and last day. Rules evaluate a household
 * at {@link #first()}.
 */
public record Period(int year, int tahap, LocalDate first, LocalDate last) {

	/** Tahap {@code tahap} of {@code year} as a calendar quarter (tahap 1 = January-March ...). */
	public static Period quarter(int year, int tahap) {
		if (tahap < 1 || tahap > 4) {
			throw new IllegalArgumentException("tahap must be 1-4, not " + tahap); //$NON-NLS-1$
		}
		LocalDate first = LocalDate.of(year, 3 * tahap - 2, 1);
		return new Period(year, tahap, first, first.plusMonths(3).minusDays(1));
	}

	/** The quarter containing {@code date}. */
	public static Period quarterOf(LocalDate date) {
		return quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	@Override
	public String toString() {
		return year + " tahap " + tahap; //$NON-NLS-1$
	}
}
