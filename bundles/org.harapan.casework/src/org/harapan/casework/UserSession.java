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
}
