package org.harapan.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user of a store may do. Case workers and supervisors read and change the households of their regions;
 * programme designers and regional IT read the households of their regions (to try programmes and rule sets) and
 * change none; an administrator manages users and reads and changes every household.
 */
public enum UserRole {
	/** Pendamping PKH: the households of the desa assigned to them. */
	CASE_WORKER("case-worker"), //$NON-NLS-1$
	/** Koordinator kabupaten: every household of the assigned kabupaten; approves decisions. */
	DISTRICT_SUPERVISOR("supervisor"), //$NON-NLS-1$
	/** Publishes P2K2 curricula and aid programmes. */
	PROGRAMME_DESIGNER("designer"), //$NON-NLS-1$
	/** Regional IT (Dinas Sosial / Dinas Kesehatan): installs rule sets. */
	REGIONAL_IT("regional-it"), //$NON-NLS-1$
	/** Manages the users of the store. */
	ADMINISTRATOR("admin"); //$NON-NLS-1$

	private final String word;

	UserRole(String word) {
		this.word = word;
	}

	/** The word stored and used on the command line, e.g. {@code case-worker}. */
	public String word() {
		return word;
	}

	/** Whether the role changes households (within its regions; an administrator everywhere). */
	public boolean changesHouseholds() {
		return this == CASE_WORKER || this == DISTRICT_SUPERVISOR || this == ADMINISTRATOR;
	}

	/** Whether the role sees every household whatever regions it is assigned. */
	public boolean seesAll() {
		return this == ADMINISTRATOR;
	}

	/** The role named by {@code word} (its {@link #word()} or its constant name, any case). */
	public static Optional<UserRole> of(String word) {
		if (word == null) {
			return Optional.empty();
		}
		String w = word.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(r -> r.word.equals(w) || r.name().toLowerCase(Locale.ROOT).equals(w))
				.findFirst();
	}
}
