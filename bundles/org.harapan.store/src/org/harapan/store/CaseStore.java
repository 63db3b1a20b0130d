package org.harapan.store;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.harapan.model.Household;

/**
 * The household files (KPM) of one store: each household is one EMF containment tree saved as a unit,
 * with a version for optimistic locking and an audit row for every change. Obtained from
 * {@link CaseStoreService#open(StoreLocation, IProgressMonitor)}; close it when done.
 */
public interface CaseStore extends CaseReader, AutoCloseable {

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

	/**
	 * Streams the households matching the query, in id order (at most {@link HouseholdQuery#limit()}), to
	 * {@code action} on the calling thread: the store reads them in pages on a thread of its own and decodes them
	 * on another, a few pages ahead, so that a whole kabupaten is read in seconds. The households are fresh
	 * objects with their stored version; the store is not locked for other sessions meanwhile. Cancelling the
	 * monitor stops the stream with an {@link org.eclipse.core.runtime.OperationCanceledException}.
	 */
	void forEach(HouseholdQuery query, Consumer<Household> action, IProgressMonitor monitor);

	/**
	 * Recomputes the growth index of every stored household with this store's {@link ChildIndexer} (after the
	 * growth reference tables changed, or as of a new day); versions and audit trail are not touched.
	 *
	 * @return the number of households re-indexed
	 */
	long reindex(IProgressMonitor monitor);

	/** The users of this store (empty: a store used by one person without login). */
	default UserDirectory users() {
		return UserDirectory.NONE;
	}

	/**
	 * Restricts this store session to the households of {@code scope}: queries, streams, statistics and loads see
	 * only them (in SQL), saves of others are refused. Set once, at login; a restricted session cannot be widened.
	 */
	default void restrictTo(RegionScope scope) {
		if (!scope.isAll()) {
			throw new UnsupportedOperationException("This store cannot be restricted to regions"); //$NON-NLS-1$
		}
	}

	/** The regions this session is restricted to ({@link RegionScope#ALL} when not restricted). */
	default RegionScope scope() {
		return RegionScope.ALL;
	}

	/**
	 * The desa code under which household {@code kpmId} is stored, whatever this session's scope (to refuse a save
	 * that would take a household out of, or into, the scope), or empty when it is not stored.
	 */
	default Optional<String> storedDesa(String kpmId) {
		return load(kpmId).map(Household::getDesaCode);
	}

	/**
	 * Writes an audit row of an event other than a change (a read, an export, a login, …; see {@link AuditEvent});
	 * a store that keeps no trail (a test double in memory) ignores it.
	 */
	default void audit(String user, String action, String kpmId, String detail) {
		// no trail
	}

	/** The audit trail (every event, changes included) matching {@code query}, oldest first. */
	default List<AuditEvent> auditTrail(AuditQuery query) {
		return List.of();
	}
	/** The versioned documents (curricula, programmes) of this store, on the same connection. */
	DocumentStore documents();

	@Override
	void close();
}
