package org.harapan.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.harapan.model.Measurement;
import org.harapan.model.Member;

/** The children of a household a rule looks at, with their measurements in a window. */
public final class Children {

	private Children() {
	}

	/**
	 * The members aged {@code minMonths} (inclusive) to {@code maxMonths} (exclusive) in completed months at the
	 * evaluation date, oldest first, each with its latest scored measurement in {@code window}.
	 */
	public static List<Child> aged(RuleContext context, int minMonths, int maxMonths, Window window) {
		LocalDate at = context.date();
		List<Child> result = new ArrayList<>();
		for (Member m : context.household().getMembers()) {
			int age = m.ageInMonths(at);
			if (age >= minMonths && age < maxMonths) {
				result.add(new Child(m, age,
						context.growth().latest(m, window.from(), window.to()).orElse(null)));
			}
		}
		result.sort(Comparator.comparingInt(Child::ageMonths).reversed());
		return result;
	}

	/** The member's latest measurement in {@code window} with a weight, if any. */
	public static Optional<Measurement> lastWeighed(Member member, Window window) {
		Measurement best = null;
		for (Measurement ms : member.getMeasurements()) {
			if (ms.getWeightKg() > 0 && window.contains(ms.getDate())
					&& (best == null || ms.getDate().isAfter(best.getDate()))) {
				best = ms;
			}
		}
		return Optional.ofNullable(best);
	}
}
