package org.harapan.casework;

import org.eclipse.core.runtime.IProgressMonitor;
import org.harapan.store.StoreLocation;

/**
 * Opens casework sessions on case stores; an OSGi service (Declarative Services). Casework is the one way to
 * change a household: import rows, editors and rule decisions all go through a {@link Casework}.
 */
public interface CaseworkService {

	/**
	 * Opens the store at {@code location} (creating and migrating it when needed) for casework; children are
	 * indexed with {@link #growthScoring()}. Throws {@link org.harapan.store.StoreException} when the store cannot
	 * be opened.
	 */
	Casework open(StoreLocation location, IProgressMonitor monitor);

	/** Opens the default store of the data folder ({@link org.harapan.store.Workplace#defaultStore()}). */
	Casework openDefault(IProgressMonitor monitor);

	/** Where the default store is: the embedded store of the data folder. */
	StoreLocation defaultLocation();

	/** The growth scores of measurements, as the rules and the store's growth index use them. */
	GrowthScoring growthScoring();
}
