package org.harapan.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.harapan.model.Member;

/** The z-scores of a household's measurements (WHO standards), computed once per evaluation. */
public interface GrowthFacts {

	/** The member's scored measurements, oldest first. */
	List<GrowthPoint> points(Member member);

	/** The latest measurement from {@code from} to {@code to} (both inclusive), if any. */
	default Optional<GrowthPoint> latest(Member member, LocalDate from, LocalDate to) {
		GrowthPoint best = null;
		for (GrowthPoint p : points(member)) {
			if (!p.date().isBefore(from) && !p.date().isAfter(to) && (best == null || p.date().isAfter(best.date()))) {
				best = p;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Facts without any measurement (for tests and households without children). */
	GrowthFacts NONE = member -> List.of();
}
