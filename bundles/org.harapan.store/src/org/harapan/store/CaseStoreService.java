package org.harapan.store;

import org.eclipse.core.runtime.IProgressMonitor;

/** Opens case stores; an OSGi service (Declarative Services). */
public interface CaseStoreService {

	/**
	 * Opens (creating when missing) the store at {@code location} and migrates its schema to the current
	 * version, reporting progress. Throws {@link StoreException} with a clear message when the location
	 * cannot be opened (wrong URL, server down, a schema newer than this product).
	 */
	CaseStore open(StoreLocation location, IProgressMonitor monitor);
}
