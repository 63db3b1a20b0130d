package org.harapan.provisioning.internal;

import org.eclipse.osgi.util.NLS;

/** What the provisioning of regional features tells the user, in English and Bahasa Indonesia. */
public final class Messages extends NLS {

	public static String RulesApi_NeedsNewer;
	public static String RulesApi_NeedsOlder;
	public static String Repository_Missing;
	public static String Repository_NotFolderOrZip;
	public static String Repository_NotRepository;
	public static String Repository_NoFeature;
	public static String Repository_Inspecting;
	public static String Feature_NotInstalled;
	public static String Feature_Installed;
	public static String Change_Add;
	public static String Change_Update;
	public static String Change_Remove;
	public static String Change_Resolving;
	public static String Change_NoProfile;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
