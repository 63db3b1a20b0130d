package org.harapan.store;

import org.harapan.model.Member;

/**
 * Computes the growth index of a child under five when its household is saved (or re-indexed): supplied by the
 * caller when a store is opened ({@link CaseStoreService#open(StoreLocation, ChildIndexer,
 * org.eclipse.core.runtime.IProgressMonitor)}), because the store knows nothing of growth. Called from the
 * store's worker threads: implementations must be thread-safe.
 */
@FunctionalInterface
public interface ChildIndexer {

	/** No scores: only the date of the latest measurement is indexed. */
	ChildIndexer NONE = child -> ChildGrowth.measuredOnly(latestDate(child));

	/** The index entry of {@code child} (a member under five at the time of the save). */
	ChildGrowth index(Member child);

	/** The date of the member's latest dated measurement, or {@code null}. */
	static java.time.LocalDate latestDate(Member child) {
		java.time.LocalDate latest = null;
		for (org.harapan.model.Measurement ms : child.getMeasurements()) {
			if (ms.getDate() != null && (latest == null || ms.getDate().isAfter(latest))) {
				latest = ms.getDate();
			}
		}
		return latest;
	}
}
