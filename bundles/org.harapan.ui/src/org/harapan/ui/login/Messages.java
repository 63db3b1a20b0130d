package org.harapan.ui.login;

import org.eclipse.osgi.util.NLS;

/** Texts of the login dialog; {@code messages.properties} and {@code messages_id.properties}. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.ui.login.messages"; //$NON-NLS-1$

	public static String Login_Title;
	public static String Login_Message;
	public static String Login_User;
	public static String Login_Password;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
