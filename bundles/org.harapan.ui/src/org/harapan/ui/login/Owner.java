package org.harapan.ui.login;

import java.util.Arrays;

/**
 * The account the first start creates on a new embedded store: its administrator, with a password, and whether the
 * store is to be encrypted with a key derived from that password.
 *
 * @param name     the user name (login)
 * @param password the password (the user of this record clears it with {@link #clear()})
 * @param encrypt  whether to encrypt the store
 */
public record Owner(String name, char[] password, boolean encrypt) {

	/** Overwrites the password. */
	public void clear() {
		Arrays.fill(password, '\0');
	}
}
