package org.harapan.store;

import java.util.List;

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

	/** Whether {@code location} is an encrypted embedded store (then open {@link #unlock}ed). */
	boolean isEncrypted(StoreLocation location);

	/**
	 * The location of an encrypted embedded store with its file key, derived from {@code password} of its owner
	 * ({@link #owner}); opening it with a wrong password fails with a {@link StoreException} saying so.
	 */
	StoreLocation unlock(StoreLocation location, char[] password);

	/** The user whose password an encrypted store's key is derived from. */
	String owner(StoreLocation location);

	/**
	 * Encrypts the embedded store at {@code location} (H2 AES file encryption) with a key derived from
	 * {@code password} of user {@code owner}. The store must not be in use by another program; a killed or failed
	 * run leaves the store as it was (plain), a finished one leaves no plain copy.
	 */
	void encrypt(StoreLocation location, String owner, char[] password, IProgressMonitor monitor);

	/**
	 * A central PostgreSQL store: opens {@code location} as the owner of its tables (migrating its schema) and creates
	 * or updates {@code role}, the login role the workbenches connect with: not the owner, no superuser, NOBYPASSRLS,
	 * with only the data rights the store uses, so that the row-level security on the households' regions holds for
	 * every connection. {@code password} is required for a new role (null keeps an existing role's). Returns what
	 * was done, one line each; a {@link StoreException} says why not (not PostgreSQL, a role that would bypass the
	 * row-level security, missing rights).
	 */
	List<String> grantApplicationRole(StoreLocation location, String role, char[] password,
			IProgressMonitor monitor);
}
