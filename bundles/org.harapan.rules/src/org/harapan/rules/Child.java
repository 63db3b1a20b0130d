package org.harapan.rules;

import org.harapan.model.Member;

/**
 * A child of the household at the evaluation date: its age in completed months and its latest scored measurement
 * in the window a rule looks at ({@code null} when it was not measured then).
 */
public record Child(Member member, int ageMonths, GrowthPoint latest) {

	public boolean measured() {
		return latest != null;
	}
}
