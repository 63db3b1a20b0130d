package org.harapan.ui.household.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the caseload navigator and the household file; English in messages.properties, Indonesian in messages_id. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.ui.household.internal.messages"; //$NON-NLS-1$

	public static String Caseload_Loading;
	public static String Caseload_Failed;
	public static String Caseload_JobName;
	public static String Caseload_Searching;
	public static String Caseload_SearchHint;
	public static String Caseload_AnyStatus;
	public static String Caseload_AnyFacilitator;
	public static String Caseload_Status;
	public static String Caseload_More;
	public static String Caseload_Counting;
	public static String Column_KpmId;
	public static String Column_Head;
	public static String Column_Desa;
	public static String Column_Facilitator;
	public static String Column_Status;
	public static String Column_Members;
	public static String Column_NoKk;
	public static String Status_Active;
	public static String Status_Suspended;
	public static String Status_GraduatedNatural;
	public static String Status_GraduatedSelfReliant;
	public static String Status_Cancelled;
	public static String Filter_StuntedChild;
	public static String Filter_Pregnant;
	public static String Filter_Sanctioned;
	public static String Filter_ReferralOpen;
	public static String Filter_NotVerified;
	public static String FirstStart_Title;
	public static String FirstStart_Intro;
	public static String FirstStart_Start;
	public static String Editor_Loading;
	public static String Editor_JobName;
	public static String Editor_NotFound;
	public static String Editor_Details;
	public static String Editor_Records;
	public static String Editor_Name;
	public static String Editor_Nik;
	public static String Editor_Sex;
	public static String Editor_BirthDate;
	public static String Editor_Relation;
	public static String Editor_Notes;
	public static String Editor_Measurements;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
