package org.harapan.casework.internal;

import org.eclipse.osgi.util.NLS;

/** Casework messages in the platform's language; {@code messages.properties} and {@code messages_id.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.casework.internal.messages"; //$NON-NLS-1$

	/** The sentences of {@link org.harapan.casework.ChangeResult#message(String)} ({@link Texts} picks the language). */
	public static String changeSaved;
	public static String changeUnchanged;
	public static String changeConflict;
	public static String changeNotFound;
	public static String changeInvalid;
	public static String changeRefusedRegion;
	public static String changeRefusedRole;
	public static String loginWrongPassword;
	public static String loginLockedNow;
	public static String loginLocked;
	public static String loginDisabled;
	public static String loginPasswordNeeded;
	public static String usersAdminOnly;
	public static String auditNotAllowed;
	public static String firstUserAdmin;
	public static String userExists;
	public static String userUnknown;
	public static String passwordTooShort;
	public static String regionUnknown;
	public static String regionsNeeded;
	public static String encryptNeedsUsers;
	public static String encryptNotAllowed;
	public static String ruleSetNotAllowed;
	public static String documentNotAllowed;

	public static String openTask;
	public static String reindexTask;
	public static String readTask;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
