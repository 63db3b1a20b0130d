package org.harapan.model.operations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.EList;
import org.harapan.model.DisabilityLevel;
import org.harapan.model.Member;
import org.harapan.model.PkhComponent;
import org.harapan.model.SchoolLevel;
import org.harapan.model.Sex;

/**
 * Bodies of the {@link Member} operations; called from the generated code.
 * <p>
 * The PKH component defaults here are simple and documented; programme rules (bundle
 * {@code org.harapan.rules.pkh}) own the real parameters, caps and exceptions:
 * <ul>
 * <li>{@link PkhComponent#PREGNANT}: a woman marked pregnant (ibu hamil; post-partum is for the rules);</li>
 * <li>{@link PkhComponent#EARLY_CHILDHOOD}: aged 0 up to (excluding) {@value #EARLY_CHILDHOOD_END_YEARS} years
 * and not enrolled in primary school or higher;</li>
 * <li>{@link PkhComponent#PRIMARY_SCHOOL} / {@link PkhComponent#JUNIOR_SECONDARY_SCHOOL} /
 * {@link PkhComponent#SENIOR_SECONDARY_SCHOOL}: enrolled at SD / SMP / SMA level and aged
 * {@value #SCHOOL_MIN_AGE}-{@value #SCHOOL_MAX_AGE} years;</li>
 * <li>{@link PkhComponent#SEVERE_DISABILITY}: disability level severe;</li>
 * <li>{@link PkhComponent#ELDERLY}: aged {@value #DEFAULT_ELDERLY_AGE} years or more.</li>
 * </ul>
 * A member may count for more than one component (e.g. a severely disabled pupil).
 */
public final class MemberOperations {

	/** Default elderly threshold in years (most sources; some use 60). */
	public static final int DEFAULT_ELDERLY_AGE = 70;
	/** Early childhood covers ages below this many years (0-6). */
	public static final int EARLY_CHILDHOOD_END_YEARS = 7;
	/** Education components cover ages from this many years... */
	public static final int SCHOOL_MIN_AGE = 6;
	/** ...up to and including this many years. */
	public static final int SCHOOL_MAX_AGE = 21;

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

	/** Elderly by the default threshold {@value #DEFAULT_ELDERLY_AGE}. */
	public static boolean isElderly(Member member, LocalDate at) {
		return ageInYears(member, at) >= DEFAULT_ELDERLY_AGE;
	}

	/** The PKH components the member counts for at {@code at}, by the defaults in the class comment. */
	public static EList<PkhComponent> components(Member member, LocalDate at) {
		EList<PkhComponent> result = new BasicEList<>();
		int years = ageInYears(member, at);
		if (member.isPregnant() && member.getSex() == Sex.FEMALE) {
			result.add(PkhComponent.PREGNANT);
		}
		SchoolLevel level = member.getSchoolLevel();
		boolean inSchool = member.isEnrolled() && years >= SCHOOL_MIN_AGE && years <= SCHOOL_MAX_AGE;
		if (years >= 0 && years < EARLY_CHILDHOOD_END_YEARS && !(inSchool && isPrimaryOrHigher(level))) {
			result.add(PkhComponent.EARLY_CHILDHOOD);
		}
		if (inSchool) {
			switch (level) {
			case PRIMARY -> result.add(PkhComponent.PRIMARY_SCHOOL);
			case JUNIOR_SECONDARY -> result.add(PkhComponent.JUNIOR_SECONDARY_SCHOOL);
			case SENIOR_SECONDARY -> result.add(PkhComponent.SENIOR_SECONDARY_SCHOOL);
			default -> {
				// pre-school and tertiary education carry no education component
			}
			}
		}
		if (member.getDisability() == DisabilityLevel.SEVERE) {
			result.add(PkhComponent.SEVERE_DISABILITY);
		}
		if (years >= DEFAULT_ELDERLY_AGE) {
			result.add(PkhComponent.ELDERLY);
		}
		return result;
	}

	private static boolean isPrimaryOrHigher(SchoolLevel level) {
		return level == SchoolLevel.PRIMARY || level == SchoolLevel.JUNIOR_SECONDARY
				|| level == SchoolLevel.SENIOR_SECONDARY || level == SchoolLevel.TERTIARY;
	}
}
