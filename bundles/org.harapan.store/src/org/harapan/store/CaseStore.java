package org.harapan.store;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.harapan.model.Household;

/**
 * The household files (KPM) of one store: each household is one EMF containment tree saved as a unit,
 * with a version for optimistic locking and an audit row for every change. Obtained from
 * {@link CaseStoreService#open(StoreLocation, IProgressMonitor)}; close it when done.
 */
public interface CaseStore extends AutoCloseable {

	/** Where this store lives and what it holds. */
	StoreInfo info();

	/**
	 * Loads one household with everything it contains. The returned household's {@code version} is the
	 * stored version; pass the same object (edited) to {@link #save} to write it back.
	 */
	Optional<Household> load(String kpmId);

	/**
	 * Saves one household in one transaction. A household whose version is 0 and whose id is not stored
	 * is inserted; otherwise its version must equal the stored one, else the save is refused with a
	 * {@link SaveResult.Conflict} naming who changed it, never merged. On success the household's version
	 * is the new stored version and an audit row records {@code user} and {@code change}.
	 */
	SaveResult save(Household household, String user, String change);

	/**
	 * Saves many households (import, demo) in batches, one transaction per batch, reporting progress.
	 * Households are validated first; invalid ones are reported and skipped, an identical stored
	 * household is counted as unchanged, a changed one is updated with an audit row. The iterator is
	 * consumed on a worker thread of the store (at most a few batches ahead, so imports stream) while the
	 * previous batch is written; it has ended when this method returns. Batches committed before a failure or
	 * a cancellation ({@link org.eclipse.core.runtime.OperationCanceledException}) stay committed.
	 */
	BulkResult saveAll(Iterator<Household> households, String user, String change, IProgressMonitor monitor);

	/** Households matching the query, in id order, at most {@link HouseholdQuery#limit()}. */
	List<HouseholdSummary> find(HouseholdQuery query);

	/** Number of households matching the query (no limit). */
	long count(HouseholdQuery query);

	/** Children under five matching the query with their latest growth assessment, from indexed columns. */
	List<ChildSummary> findChildren(ChildQuery query);

	/** The audit trail of one household, oldest first. */
	List<AuditEntry> history(String kpmId);

	/** The household a member NIK belongs to, if any (for the NIK uniqueness rule). */
	Optional<String> householdOfNik(String nik);

	/** Counts by kecamatan, desa and status. */
	StoreStatistics statistics();

	@Override
	void close();
}
