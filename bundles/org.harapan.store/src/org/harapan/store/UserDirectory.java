package org.harapan.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The users of a store, kept in the store itself ({@link CaseStore#users()}). Writes are single transactions; the
 * caller (casework) checks who may make them and writes the audit rows.
 */
public interface UserDirectory {

	/** Every user, by name. */
	List<UserAccount> list();

	Optional<UserAccount> find(String name);

	/** Whether the store has no user yet (then it is used by one person, without login). */
	default boolean isEmpty() {
		return list().isEmpty();
	}

	/** Adds a user; throws {@link StoreException} when the name is taken. */
	void add(UserAccount account);

	/** Sets the role and regions of a user. */
	void assign(String name, UserRole role, Set<String> regions);

	/** Disables a user, or enables one again (which also unlocks it: failed logins back to 0). */
	void setDisabled(String name, boolean disabled);

	/** Replaces the password hash of a user. */
	void setPasswordHash(String name, String passwordHash);

	/** Counts a wrong password of {@code name}; returns the count since the last successful login. */
	int loginFailed(String name);

	/** A successful login: failed logins back to 0. */
	void loginSucceeded(String name);

	/** A store that keeps no users (a test double in memory). */
	UserDirectory NONE = new UserDirectory() {
		@Override
		public List<UserAccount> list() {
			return List.of();
		}

		@Override
		public Optional<UserAccount> find(String name) {
			return Optional.empty();
		}

		@Override
		public void add(UserAccount account) {
			throw new UnsupportedOperationException("This store keeps no users"); //$NON-NLS-1$
		}

		@Override
		public void assign(String name, UserRole role, Set<String> regions) {
			add(null);
		}

		@Override
		public void setDisabled(String name, boolean disabled) {
			add(null);
		}

		@Override
		public void setPasswordHash(String name, String passwordHash) {
			add(null);
		}

		@Override
		public int loginFailed(String name) {
			return 0;
		}

		@Override
		public void loginSucceeded(String name) {
			// no users, nothing to count
		}
	};
}
