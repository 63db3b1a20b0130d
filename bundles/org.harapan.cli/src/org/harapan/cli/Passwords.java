package org.harapan.cli;

import java.io.Console;

/**
 * Passwords on the command line, never as arguments: from an environment variable ({@code HARAPAN_PASSWORD} for the
 * user's own, {@code HARAPAN_NEW_PASSWORD} for a new user's) or typed at a prompt without echo.
 */
public final class Passwords {

	/** The variable with the password of the user running a command. */
	public static final String ENV = "HARAPAN_PASSWORD"; //$NON-NLS-1$
	/** The variable with the password of a user being added. */
	public static final String NEW_ENV = "HARAPAN_NEW_PASSWORD"; //$NON-NLS-1$

	private Passwords() {
	}

	/** The password of {@code user} from {@link #ENV} or a prompt; null when neither gives one. */
	public static char[] of(String user) {
		return read(ENV, "Password of " + user + ": "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The password for a new user {@code user} from {@link #NEW_ENV} or a prompt (typed twice); null when none. */
	public static char[] forNew(String user) {
		String env = System.getenv(NEW_ENV);
		if (env != null && !env.isEmpty()) {
			return env.toCharArray();
		}
		char[] first = read(null, "New password of " + user + ": "); //$NON-NLS-1$ //$NON-NLS-2$
		char[] again = first == null ? null : read(null, "The same again: "); //$NON-NLS-1$
		if (first == null || !java.util.Arrays.equals(first, again)) {
			throw new UsageException("no password given for " + user + " (set " + NEW_ENV //$NON-NLS-1$ //$NON-NLS-2$
					+ " or type it twice at the prompt)"); //$NON-NLS-1$
		}
		return first;
	}

	/**
	 * A new password for {@code who} from {@link #NEW_ENV} or a prompt (typed twice), or null when none is given
	 * (nothing typed, or no console): for a change that may keep the existing password.
	 */
	public static char[] optionalNew(String who) {
		String env = System.getenv(NEW_ENV);
		if (env != null && !env.isEmpty()) {
			return env.toCharArray();
		}
		char[] first = read(null, "New password of " + who + " (empty: keep it): "); //$NON-NLS-1$ //$NON-NLS-2$
		if (first == null || first.length == 0) {
			return null;
		}
		if (!java.util.Arrays.equals(first, read(null, "The same again: "))) { //$NON-NLS-1$
			throw new UsageException("the two passwords of " + who + " differ"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return first;
	}

	private static char[] read(String variable, String prompt) {
		String env = variable == null ? null : System.getenv(variable);
		if (env != null && !env.isEmpty()) {
			return env.toCharArray();
		}
		Console console = System.console();
		return console == null ? null : console.readPassword("%s", prompt); //$NON-NLS-1$
	}
}
