package org.harapan.ui.household.internal.editor;

import org.eclipse.osgi.util.NLS;

/** Texts of the household file editor; English in messages.properties, Indonesian in messages_id.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.ui.household.internal.editor.messages"; //$NON-NLS-1$

	public static String Editor_Undo;
	public static String Editor_Redo;
	public static String Page_Overview;
	public static String Page_Members;
	public static String Page_Measurements;
	public static String Page_Attendance;
	public static String Page_Compliance;
	public static String Page_Disbursements;
	public static String Page_Referrals;
	public static String Page_Events;
	public static String Page_AddMember;
	public static String Page_AddMeasurement;
	public static String Page_AddAttendance;
	public static String Page_AddCompliance;
	public static String Page_AddReferral;
	public static String Page_Remove;
	public static String Events_New;
	public static String Events_Kind;
	public static String Events_Date;
	public static String Events_Note;
	public static String Events_Add;
	public static String Events_Future;
	public static String Events_Hint;
	public static String Validation_Job;
	public static String Validation_Failed;
	public static String Page_Member;
	public static String Page_MemberItem;
	public static String Overview_Field;
	public static String Overview_Value;
	public static String Overview_Computing;
	public static String Overview_Job;
	public static String Summary_Status;
	public static String Summary_Benefit;
	public static String Summary_Item;
	public static String Summary_NoRules;
	public static String Summary_Growth;
	public static String Summary_Child;
	public static String Summary_NotMeasured;
	public static String Summary_NoChild;
	public static String Summary_Compliance;
	public static String Summary_NoCompliance;
	public static String Summary_Referrals;
	public static String Summary_Referral;
	public static String Problem_Header;
	public static String Problem_Field;
	public static String Problem_Object;
	public static String Value_Desa;
	public static String Value_Yes;
	public static String Value_No;
	public static String Value_NotUnderstood;
	public static String Value_ExpectDate;
	public static String Value_ExpectMonth;
	public static String Value_ExpectNumber;
	public static String Conflict_Title;
	public static String Conflict_Message;
	public static String Conflict_Reload;
	public static String Conflict_Compare;
	public static String Conflict_Cancel;
	public static String Compare_Title;
	public static String Compare_Intro;
	public static String Compare_Same;
	public static String Compare_Field;
	public static String Compare_Mine;
	public static String Compare_Theirs;
	public static String Compare_Close;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
