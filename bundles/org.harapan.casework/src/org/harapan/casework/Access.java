package org.harapan.casework;

import org.harapan.store.RegionScope;
import org.harapan.store.UserRole;

/**
 * Who a casework session works for and what it may see: the logged-in user with their role and regions, or the
 * one user of a store that has no users yet (single-user: everything, no login).
 *
 * @param user  the user the audit trail records
 * @param role  the user's role; {@code null} on a single-user store
 * @param scope the households the session sees (the store applies it in SQL)
 */
public record Access(String user, UserRole role, RegionScope scope) {

	/** The one user of a store without users. */
	public static Access singleUser(String user) {
		return new Access(user, null, RegionScope.ALL);
	}

	/** Whether the store has no users (no login, every right). */
	public boolean singleUser() {
		return role == null;
	}

	/** Whether the session may change households (those of its scope). */
	public boolean mayChangeHouseholds() {
		return role == null || role.changesHouseholds();
	}

	/** Whether the session manages users. */
	public boolean mayAdminister() {
		return role == null || role == UserRole.ADMINISTRATOR;
	}

	/** Whether the session reads the audit trail (administrator, district supervisor). */
	public boolean mayReadAudit() {
		return mayAdminister() || role == UserRole.DISTRICT_SUPERVISOR;
	}

	/** Whether the session installs rule sets (regional IT, administrator). */
	public boolean mayInstallRuleSets() {
		return mayAdminister() || role == UserRole.REGIONAL_IT;
	}

	/**
	 * Whether the session stores curricula and programmes: saves drafts, starts new versions, imports and publishes
	 * them (programme designer, administrator); every role reads them.
	 */
	public boolean mayWriteDocuments() {
		return mayAdminister() || role == UserRole.PROGRAMME_DESIGNER;
	}
}
