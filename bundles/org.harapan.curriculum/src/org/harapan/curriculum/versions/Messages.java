package org.harapan.curriculum.versions;

import org.eclipse.osgi.util.NLS;

/** Names of what changed between versions; {@code messages.properties} and {@code messages_id.properties}. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.curriculum.versions.messages"; //$NON-NLS-1$

	public static String curriculum;
	public static String module;
	public static String session;
	public static String step;
	public static String objective;
	public static String material;
	public static String question;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
