package org.harapan.casework;

import java.util.List;
import java.util.Set;

import org.harapan.store.UserAccount;
import org.harapan.store.UserRole;

/**
 * The users of a casework session's store, managed by an administrator (or, on a store without users, by its one
 * user, whose first user must be the administrator). Every change writes an audit row; refusals throw
 * {@link AccessDeniedException}. Passwords are stored only as slow salted hashes.
 */
public interface UserAdministration {

	/** The users, without their password hashes. */
	List<UserAccount> list();

	/**
	 * Adds a user with a password (at least {@value #MIN_PASSWORD} characters; the caller clears the array).
	 * Regions: the desa of a case worker, the kabupaten of a supervisor (Kemendagri codes that exist).
	 */
	UserAccount add(String name, UserRole role, Set<String> regions, char[] password);

	/** Changes the role and regions of a user. */
	UserAccount assign(String name, UserRole role, Set<String> regions);

	/** Disables a user, or enables one again (which also unlocks an account locked by wrong passwords). */
	UserAccount setDisabled(String name, boolean disabled);

	/** The shortest password accepted. */
	int MIN_PASSWORD = 8;
}
