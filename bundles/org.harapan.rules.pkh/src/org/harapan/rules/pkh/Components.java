package org.harapan.rules.pkh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.harapan.model.DisabilityLevel;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.model.SchoolLevel;
import org.harapan.model.Sex;
import org.harapan.programme.ComponentBenefit;
import org.harapan.programme.ComponentCap;
import org.harapan.programme.ComponentKind;
import org.harapan.programme.ParameterVersion;

/**
 * The PKH components of a household at a date from the programme's component table (ages, index) and caps,
 * applied in the stated order: highest annual index first, ties by age (oldest first), then by NIK; a component is
 * not paid when its own cap (e.g. 2 early-childhood children) or the household cap (4 components) is reached.
 */
final class Components {

	/** Why a candidate is (not) paid. */
	enum Decision {
		PAID, KIND_CAP, HOUSEHOLD_CAP
	}

	/** A member counting for a component. */
	record Candidate(Member member, ComponentBenefit benefit, int ageYears, Decision decision) {
		ComponentKind kind() {
			return benefit.getComponent();
		}
	}

	private Components() {
	}

	/** Every candidate with its decision, in the order the caps were applied. */
	static List<Candidate> decide(Household household, ParameterVersion v, LocalDate at) {
		List<Candidate> candidates = new ArrayList<>();
		for (Member m : household.getMembers()) {
			int age = m.ageInYears(at);
			for (ComponentBenefit b : v.getComponents()) {
				if (counts(m, b, age)) {
					candidates.add(new Candidate(m, b, age, null));
				}
			}
		}
		candidates.sort(Comparator.comparingLong((Candidate c) -> -c.benefit().getAnnualIndexRp())
				.thenComparing(c -> c.member().getBirthDate(), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(c -> String.valueOf(c.member().getNik())));
		Map<ComponentKind, Integer> perKind = new EnumMap<>(ComponentKind.class);
		int paid = 0;
		List<Candidate> result = new ArrayList<>(candidates.size());
		for (Candidate c : candidates) {
			int cap = cap(v, c.kind());
			int already = perKind.getOrDefault(c.kind(), 0);
			Decision d;
			if (cap >= 0 && already >= cap) {
				d = Decision.KIND_CAP;
			} else if (v.getMaxComponents() > 0 && paid >= v.getMaxComponents()) {
				d = Decision.HOUSEHOLD_CAP;
			} else {
				d = Decision.PAID;
				perKind.put(c.kind(), already + 1);
				paid++;
			}
			result.add(new Candidate(c.member(), c.benefit(), c.ageYears(), d));
		}
		return result;
	}

	/** The cap of a component kind, -1 when none. */
	static int cap(ParameterVersion v, ComponentKind kind) {
		for (ComponentCap c : v.getCaps()) {
			if (c.getComponent() == kind) {
				return c.getMaxCount();
			}
		}
		return -1;
	}

	/** Whether the member counts for the component by the model's facts and the component's ages. */
	static boolean counts(Member m, ComponentBenefit b, int age) {
		if (b.getMinAgeYears() >= 0 && (age < 0 || age < b.getMinAgeYears())) {
			return false;
		}
		if (b.getMaxAgeYears() >= 0 && (age < 0 || age > b.getMaxAgeYears())) {
			return false;
		}
		return switch (b.getComponent()) {
		case PREGNANT -> m.isPregnant() && m.getSex() == Sex.FEMALE;
		case EARLY_CHILDHOOD -> age >= 0;
		case PRIMARY_SCHOOL -> m.isEnrolled() && m.getSchoolLevel() == SchoolLevel.PRIMARY;
		case JUNIOR_SECONDARY_SCHOOL -> m.isEnrolled() && m.getSchoolLevel() == SchoolLevel.JUNIOR_SECONDARY;
		case SENIOR_SECONDARY_SCHOOL -> m.isEnrolled() && m.getSchoolLevel() == SchoolLevel.SENIOR_SECONDARY;
		case SEVERE_DISABILITY -> m.getDisability() == DisabilityLevel.SEVERE;
		case ELDERLY -> age >= 0;
		};
	}
}
