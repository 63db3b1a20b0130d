package org.harapan.casework;

/**
 * Who makes changes, as the audit trail records it (not the operating-system user): an OSGi service. The
 * default is {@code user=} in the data folder's {@code settings.properties}, else {@value #DEFAULT_USER}; the
 * CLI sets it from {@code --user NAME} or {@code $HARAPAN_USER}.
 */
public interface UserSession {

	String DEFAULT_USER = "harapan"; //$NON-NLS-1$

	/** The settings key of the default user. */
	String SETTING = "user"; //$NON-NLS-1$

	String user();

	/** Sets the user of this session; {@code null} or blank goes back to the default. */
	void setUser(String user);

	/**
	 * Where the password of {@link #user()} comes from when a store asks for one (a store with users, an encrypted
	 * store): the CLI reads {@code $HARAPAN_PASSWORD} or prompts on the console, the workbench shows a login
	 * dialog. Asked at most once per user; {@code null} source: no password.
	 */
	void setPasswordSource(PasswordSource source);

	/** The password of {@link #user()} from the {@link PasswordSource} (a copy the caller clears), or null. */
	char[] password();

	/**
	 * Makes {@code user} the session's user with the password just given for them (the workbench's first start,
	 * which created the account), so that the source is not asked for it; the caller clears {@code password}.
	 */
	void login(String user, char[] password);

	/** Forgets the password given (it was wrong): the next {@link #password()} asks the source again. */
	void forgetPassword();

	/** Asks for the password of a user. */
	@FunctionalInterface
	interface PasswordSource {
		/** The password of {@code user}, or null when none is given. */
		char[] password(String user);
	}
}
