package org.harapan.store;

import java.time.Instant;

/**
 * One row of the audit trail: a change of a household (with the version it produced), a read of a household file,
 * an export, a login, a refused save, a user or role change, a rule-set installation or uninstallation.
 *
 * @param at      when
 * @param user    who
 * @param action  what kind of event ({@link #CHANGE}, {@link #READ}, …)
 * @param kpmId   the household it concerns, or {@code null}
 * @param version the version a change produced (0 for other events)
 * @param detail  what, in words
 */
public record AuditEvent(Instant at, String user, String action, String kpmId, long version, String detail) {

	public static final String CHANGE = "change"; //$NON-NLS-1$
	public static final String READ = "read"; //$NON-NLS-1$
	public static final String EXPORT = "export"; //$NON-NLS-1$
	public static final String LOGIN = "login"; //$NON-NLS-1$
	public static final String LOGIN_FAILED = "login-failed"; //$NON-NLS-1$
	public static final String REFUSED = "refused"; //$NON-NLS-1$
	public static final String USER = "user"; //$NON-NLS-1$
	public static final String ROLE = "role"; //$NON-NLS-1$
	/** A rule-set feature installed (or an install that failed): feature id and version, repository, outcome. */
	public static final String INSTALL = "install"; //$NON-NLS-1$
	/** A rule-set feature uninstalled (or an uninstall that failed). */
	public static final String UNINSTALL = "uninstall"; //$NON-NLS-1$
	public static final String ENCRYPT = "encrypt"; //$NON-NLS-1$
}
