package org.harapan.casework.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.harapan.casework.Access;
import org.harapan.casework.AccessDeniedException;
import org.harapan.casework.UserAdministration;
import org.harapan.model.region.RegionDirectory;
import org.harapan.store.AuditEvent;
import org.harapan.store.CaseStore;
import org.harapan.store.PasswordHash;
import org.harapan.store.UserAccount;
import org.harapan.store.UserRole;

/** The users of a store, managed through a casework session (checks, audit rows). */
final class StoreUserAdministration implements UserAdministration {

	private final CaseStore store;
	private final Access access;

	StoreUserAdministration(CaseStore store, Access access) {
		this.store = store;
		this.access = access;
	}

	private void checkAdministrator() {
		if (!access.mayAdminister()) {
			throw new AccessDeniedException("usersAdminOnly", access.user(), access.role().word()); //$NON-NLS-1$
		}
	}

	@Override
	public List<UserAccount> list() {
		checkAdministrator();
		return store.users().list().stream().map(a -> new UserAccount(a.name(), a.role(), a.regions(), "", //$NON-NLS-1$
				a.failedLogins(), a.disabled(), a.createdAt())).toList();
	}

	@Override
	public UserAccount add(String name, UserRole role, Set<String> regions, char[] password) {
		checkAdministrator();
		if (store.users().isEmpty() && role != UserRole.ADMINISTRATOR) {
			throw new AccessDeniedException("firstUserAdmin", name); //$NON-NLS-1$
		}
		if (name == null || name.isBlank() || store.users().find(name).isPresent()) {
			throw new AccessDeniedException("userExists", name); //$NON-NLS-1$
		}
		if (password == null || password.length < MIN_PASSWORD) {
			throw new AccessDeniedException("passwordTooShort", name, MIN_PASSWORD); //$NON-NLS-1$
		}
		checkRegions(role, regions);
		UserAccount account = new UserAccount(name.strip(), role, regions, PasswordHash.hash(password), 0, false,
				Instant.now());
		store.users().add(account);
		store.audit(access.user(), AuditEvent.USER, null,
				"added user " + account.name() + " as " + role.word() + " in " + account.scope()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return find(account.name());
	}

	@Override
	public UserAccount assign(String name, UserRole role, Set<String> regions) {
		checkAdministrator();
		UserAccount before = find(name);
		checkRegions(role, regions);
		store.users().assign(name, role, regions);
		UserAccount after = find(name);
		store.audit(access.user(), AuditEvent.ROLE, null, "user " + name + ": " + before.role().word() + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ before.scope() + " -> " + after.role().word() + " " + after.scope()); //$NON-NLS-1$ //$NON-NLS-2$
		return after;
	}

	@Override
	public UserAccount setDisabled(String name, boolean disabled) {
		checkAdministrator();
		find(name);
		store.users().setDisabled(name, disabled);
		store.audit(access.user(), AuditEvent.USER, null,
				(disabled ? "disabled user " : "enabled (and unlocked) user ") + name); //$NON-NLS-1$ //$NON-NLS-2$
		return find(name);
	}

	private UserAccount find(String name) {
		return store.users().find(name).orElseThrow(() -> new AccessDeniedException("userUnknown", name)); //$NON-NLS-1$
	}

	/** Regions that exist; a case worker and a supervisor need at least one. */
	private static void checkRegions(UserRole role, Set<String> regions) {
		for (String code : regions) {
			if (!RegionDirectory.get().exists(code)) {
				throw new AccessDeniedException("regionUnknown", code); //$NON-NLS-1$
			}
		}
		if (regions.isEmpty() && (role == UserRole.CASE_WORKER || role == UserRole.DISTRICT_SUPERVISOR)) {
			throw new AccessDeniedException("regionsNeeded", role.word()); //$NON-NLS-1$
		}
	}
}
