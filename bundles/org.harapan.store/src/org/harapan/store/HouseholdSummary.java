package org.harapan.store;

import org.harapan.model.HouseholdStatus;

/** One row of a household search, from indexed columns (no tree is loaded). */
public record HouseholdSummary(String kpmId, String noKK, String headName, String desaCode,
		String facilitator, HouseholdStatus status, int members, long version) {
}
