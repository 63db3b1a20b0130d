package org.harapan.ui.login;

import org.eclipse.osgi.util.NLS;

/** Texts of the login dialog; {@code messages.properties} and {@code messages_id.properties}. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.ui.login.messages"; //$NON-NLS-1$

	public static String Login_Title;
	public static String Login_Message;
	public static String Login_User;
	public static String Login_Password;
	public static String Login_Retry;
	public static String Owner_Title;
	public static String Owner_Intro;
	public static String Owner_Name;
	public static String Owner_Password;
	public static String Owner_Repeat;
	public static String Owner_Administrator;
	public static String Owner_Encrypt;
	public static String Owner_EncryptMeans;
	public static String Owner_NameMissing;
	public static String Owner_PasswordShort;
	public static String Owner_PasswordsDiffer;
	public static String Owner_JobCreate;
	public static String Owner_JobEncrypt;
	public static String Owner_Creating;
	public static String Owner_NoSession;
	public static String Owner_Working;
	public static String Owner_WorkingEncrypt;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
