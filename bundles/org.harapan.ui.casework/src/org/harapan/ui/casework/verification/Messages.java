package org.harapan.ui.casework.verification;

import org.eclipse.osgi.util.NLS;

/** Texts of the monthly verification screen; English in messages.properties, Bahasa Indonesia in messages_id.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.ui.casework.verification.messages"; //$NON-NLS-1$

	public static String Choice_Month;
	public static String Button_Save;
	public static String Column_Kpm;
	public static String Column_Member;
	public static String Column_Component;
	public static String Column_Commitment;
	public static String Column_Status;
	public static String Column_Evidence;
	public static String Column_Sanction;
	public static String Status_NotVerified;
	public static String Status_Met;
	public static String Status_NotMet;
	public static String Status_Exempt;
	public static String Status_NotApplicable;
	public static String Sanction_None;
	public static String Verification_Reading;
	public static String Verification_Job;
	public static String Verification_Running;
	public static String Verification_Header;
	public static String Verification_Preview;
	public static String Verification_Detail;
	public static String Verification_Saving;
	public static String Verification_Saved;
	public static String Verification_ChangeDescription;
	public static String Verification_NoRules;
	public static String Verification_NoNational;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
