package org.harapan.store;

import java.util.List;
import java.util.Optional;

/**
 * The read-only queries of a store, on indexed columns (no household tree is loaded): what a
 * {@link CaseStore} and a casework session answer alike.
 */
public interface CaseReader {

	/** Where this store lives and what it holds. */
	StoreInfo info();

	/** Households matching the query, in id order, at most {@link HouseholdQuery#limit()}. */
	List<HouseholdSummary> find(HouseholdQuery query);

	/** Number of households matching the query (no limit). */
	long count(HouseholdQuery query);

	/**
	 * Number of households matching the query, counted up to {@code atMost} (then {@code atMost}): fast for a search
	 * that matches much of a large caseload, where the exact number does not matter.
	 */
	default long count(HouseholdQuery query, long atMost) {
		return Math.min(count(query), atMost);
	}

	/** Children under five matching the query with their latest growth assessment, from indexed columns. */
	List<ChildSummary> findChildren(ChildQuery query);

	/** The audit trail of one household, oldest first. */
	List<AuditEntry> history(String kpmId);

	/** The household a member NIK belongs to, if any (for the NIK uniqueness rule). */
	Optional<String> householdOfNik(String nik);

	/** Counts by kecamatan, desa and status. */
	StoreStatistics statistics();
}
