package org.harapan.casework.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.harapan.casework.Access;
import org.harapan.casework.AccessDeniedException;
import org.harapan.casework.UserSession;
import org.harapan.store.AuditEvent;
import org.harapan.store.CaseStore;
import org.harapan.store.PasswordHash;
import org.harapan.store.UserAccount;
import org.harapan.store.UserDirectory;

/**
 * The login of a casework session: a store without users is used by one person without login; a store with
 * users needs the session user's password (PBKDF2-checked), refuses disabled and locked accounts, counts wrong
 * passwords (locked after {@value UserAccount#LOCK_AFTER}) and writes an audit row for every success and failure.
 * A login verified once in this process is remembered for the same store, user and password hash, so that the
 * workbench's many short sessions do not each pay for the slow hash (nor write a login row).
 */
final class Login {

	private final Map<String, String> verified = new ConcurrentHashMap<>();

	/** Logs the session's user in to {@code store} at {@code where}, or throws {@link AccessDeniedException}. */
	Access check(CaseStore store, String where, UserSession session) {
		UserDirectory users = store.users();
		String name = session.user();
		if (users.isEmpty()) {
			return Access.singleUser(name);
		}
		Optional<UserAccount> found = users.find(name);
		if (found.isEmpty()) {
			store.audit(name, AuditEvent.LOGIN_FAILED, null, "unknown user"); //$NON-NLS-1$
			throw new AccessDeniedException("loginWrongPassword", name); //$NON-NLS-1$
		}
		UserAccount account = found.get();
		if (account.disabled()) {
			store.audit(name, AuditEvent.LOGIN_FAILED, null, "account disabled"); //$NON-NLS-1$
			throw new AccessDeniedException("loginDisabled", name); //$NON-NLS-1$
		}
		if (account.locked()) {
			store.audit(name, AuditEvent.LOGIN_FAILED, null, "account locked"); //$NON-NLS-1$
			throw new AccessDeniedException("loginLocked", name, account.failedLogins()); //$NON-NLS-1$
		}
		String key = where + '\n' + name;
		if (!account.passwordHash().equals(verified.get(key))) {
			verify(store, where, session, account);
			verified.put(key, account.passwordHash());
		}
		return new Access(name, account.role(), account.scope());
	}

	private static void verify(CaseStore store, String where, UserSession session, UserAccount account) {
		String name = account.name();
		char[] password = session.password();
		if (password == null) {
			throw new AccessDeniedException("loginPasswordNeeded", where, name); //$NON-NLS-1$
		}
		try {
			if (!PasswordHash.verify(password, account.passwordHash())) {
				session.forgetPassword();
				int failures = store.users().loginFailed(name);
				store.audit(name, AuditEvent.LOGIN_FAILED, null,
						"wrong password (" + failures + " of " + UserAccount.LOCK_AFTER + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				throw failures >= UserAccount.LOCK_AFTER
						? new AccessDeniedException("loginLockedNow", name, failures) //$NON-NLS-1$
						: new AccessDeniedException("loginWrongPassword", name); //$NON-NLS-1$
			}
		} finally {
			Arrays.fill(password, '\0');
		}
		store.users().loginSucceeded(name);
		store.audit(name, AuditEvent.LOGIN, null, "login as " + account.role().word() + " " + account.scope()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Forgets the logins verified on {@code where} (after a user change there). */
	void forget(String where) {
		verified.keySet().removeIf(k -> k.startsWith(where + '\n'));
	}
}
