package org.harapan.store;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A user of a store.
 *
 * @param name         the login name
 * @param role         what the user may do
 * @param regions      the region codes the user works in (desa for a case worker, a kabupaten for a supervisor), sorted
 * @param passwordHash the password as {@link PasswordHash} stores it (never the password)
 * @param failedLogins wrong passwords given since the last successful login
 * @param disabled     disabled by an administrator
 * @param createdAt    when the account was made
 */
public record UserAccount(String name, UserRole role, Set<String> regions, String passwordHash, int failedLogins,
		boolean disabled, Instant createdAt) {

	/** Wrong passwords in a row after which an account is locked until an administrator enables it again. */
	public static final int LOCK_AFTER = 5;

	public UserAccount {
		regions = regions == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(regions));
	}

	/** Whether too many wrong passwords were given ({@link #LOCK_AFTER}). */
	public boolean locked() {
		return failedLogins >= LOCK_AFTER;
	}

	/** The households this user may read. */
	public RegionScope scope() {
		return role.seesAll() ? RegionScope.ALL : RegionScope.of(regions);
	}
}
