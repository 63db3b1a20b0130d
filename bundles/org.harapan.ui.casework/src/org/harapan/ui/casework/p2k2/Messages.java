package org.harapan.ui.casework.p2k2;

import org.eclipse.osgi.util.NLS;

/** Texts of the P2K2 session sheet; English in messages.properties, Bahasa Indonesia in messages_id.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.ui.casework.p2k2.messages"; //$NON-NLS-1$

	public static String Choice_Group;
	public static String Choice_Session;
	public static String Choice_Date;
	public static String Column_Kpm;
	public static String Column_Head;
	public static String Column_Attendance;
	public static String Column_Reason;
	public static String Column_Stored;
	public static String Stored_Nothing;
	public static String Status_Present;
	public static String Status_Absent;
	public static String Status_Excused;
	public static String Button_AllPresent;
	public static String Button_Save;
	public static String Group_Label;
	public static String Sheet_ReadingGroups;
	public static String Sheet_Reading;
	public static String Sheet_Saving;
	public static String Sheet_NoGroups;
	public static String Sheet_ChooseGroup;
	public static String Sheet_New;
	public static String Sheet_Recorded;
	public static String Sheet_ReasonMissing;
	public static String Sheet_ChangeDescription;
	public static String Sheet_Saved;
	public static String Session_Title;
	public static String Session_Unknown;
	public static String Session_Details;
	public static String Sheet_ReadingMaterial;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
