package org.harapan.casework.internal;

import org.eclipse.osgi.util.NLS;

/** Casework messages in the platform's language; {@code messages.properties} and {@code messages_id.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.casework.internal.messages"; //$NON-NLS-1$

	public static String openTask;
	public static String reindexTask;
	public static String readTask;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
