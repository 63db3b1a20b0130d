package org.harapan.ui.p2.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of Help &gt; Install Regional Rules…, in English and Bahasa Indonesia. */
public final class Messages extends NLS {

	public static String Dialog_Title;
	public static String Dialog_Message;
	public static String Dialog_NoService;
	public static String Dialog_RulesApi;
	public static String Installed_Group;
	public static String Installed_None;
	public static String Installed_Uninstall;
	public static String Repository_Group;
	public static String Repository_Location;
	public static String Repository_Folder;
	public static String Repository_Zip;
	public static String Repository_Choose;
	public static String Repository_Reading;
	public static String Repository_Empty;
	public static String Column_Feature;
	public static String Column_Version;
	public static String Column_State;
	public static String State_Installable;
	public static String State_Installed;
	public static String Install_Button;
	public static String Install_Job;
	public static String Uninstall_Job;
	public static String Change_ConfirmTitle;
	public static String Change_Confirm;
	public static String Change_Failed;
	public static String Restart_Title;
	public static String Restart_Question;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
