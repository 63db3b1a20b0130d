package org.harapan.store.internal;

import org.eclipse.osgi.util.NLS;

/** Store messages users see; {@code messages.properties} and {@code messages_id.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.store.internal.messages"; //$NON-NLS-1$

	public static String storeInUse;
	public static String encryptTask;
	public static String encryptNotEmbedded;
	public static String encryptAlready;
	public static String encryptVerifyFailed;
	public static String encryptFailed;
	public static String encryptInUse;
	public static String wrongStorePassword;
	public static String documentPublished;
	public static String documentMissing;
	public static String documentStoredMeanwhile;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
