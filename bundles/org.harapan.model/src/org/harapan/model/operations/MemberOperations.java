package org.harapan.model.operations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.harapan.model.Member;

/**
 * Bodies of the {@link Member} operations; called from the generated code. Only age helpers live here: which
 * PKH components a member counts for, and at which ages, is decided by the programme rules
 * ({@code org.harapan.rules.pkh}) from the programme's parameters.
 */
public final class MemberOperations {

	private MemberOperations() {
	}

	/** Completed days of age at {@code at}; -1 when the birth date is unknown or after {@code at}. */
	public static int ageInDays(Member member, LocalDate at) {
		LocalDate birth = member.getBirthDate();
		if (birth == null || at == null || birth.isAfter(at)) {
			return -1;
		}
		return (int) ChronoUnit.DAYS.between(birth, at);
	}

	/** Completed calendar months of age at {@code at}; -1 when unknown. */
	public static int ageInMonths(Member member, LocalDate at) {
		LocalDate birth = member.getBirthDate();
		if (birth == null || at == null || birth.isAfter(at)) {
			return -1;
		}
		return (int) ChronoUnit.MONTHS.between(birth, at);
	}

	/** Completed years of age at {@code at}; -1 when unknown. */
	public static int ageInYears(Member member, LocalDate at) {
		LocalDate birth = member.getBirthDate();
		if (birth == null || at == null || birth.isAfter(at)) {
			return -1;
		}
		return (int) ChronoUnit.YEARS.between(birth, at);
	}
}
