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
	 * be opened. A store with users logs the {@link UserSession}'s user in (its password from the session) and
	 * restricts the session to their regions; a failed login throws {@link AccessDeniedException} (and is audited).
	 */
	Casework open(StoreLocation location, IProgressMonitor monitor);

	/**
	 * Whether the store at {@code location} is an encrypted embedded store (then {@link #open} asks the
	 * {@link UserSession} for the password its key is derived from).
	 */
	boolean isEncrypted(StoreLocation location);

	/**
	 * Encrypts the embedded store at {@code location} with a key derived from the password of the session's user,
	 * who must be its administrator (so the store has users); the store must not be in use by another program. A
	 * killed or failed run leaves the store as it was. Refusals throw {@link AccessDeniedException}.
	 */
	void encrypt(StoreLocation location, IProgressMonitor monitor);

	/** Opens the default store of the data folder ({@link org.harapan.store.Workplace#defaultStore()}). */
	Casework openDefault(IProgressMonitor monitor);

	/** Where the default store is: the embedded store of the data folder. */
	StoreLocation defaultLocation();

	/** The growth scores of measurements, as the rules and the store's growth index use them. */
	GrowthScoring growthScoring();
}
