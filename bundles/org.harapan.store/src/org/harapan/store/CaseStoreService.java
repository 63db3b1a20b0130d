package org.harapan.store;

import org.eclipse.core.runtime.IProgressMonitor;

/** Opens case stores; an OSGi service (Declarative Services). */
public interface CaseStoreService {

	/**
	 * Opens (creating when missing) the store at {@code location} and migrates its schema to the current
	 * version, reporting progress. Children under five are indexed with {@code indexer} when households are
	 * saved or re-indexed. Throws {@link StoreException} with a clear message when the location cannot be
	 * opened (wrong URL, server down, a schema newer than this product).
	 */
	CaseStore open(StoreLocation location, ChildIndexer indexer, IProgressMonitor monitor);

	/** {@link #open(StoreLocation, ChildIndexer, IProgressMonitor)} without growth scores ({@link ChildIndexer#NONE}). */
	default CaseStore open(StoreLocation location, IProgressMonitor monitor) {
		return open(location, ChildIndexer.NONE, monitor);
	}
}
