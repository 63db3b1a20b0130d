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

	public static String openTask;
	public static String reindexTask;
	public static String readTask;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
