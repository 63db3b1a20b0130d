package org.harapan.ui.rules.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the decisions view; English in messages.properties, Bahasa Indonesia in messages_id.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.ui.rules.internal.messages"; //$NON-NLS-1$

	public static String View_Job;
	public static String View_Header;
	public static String View_NoRules;
	public static String View_Group;
	public static String Column_Decision;
	public static String Column_Amount;
	public static String Column_Rule;
	public static String Kind_Benefit;
	public static String Kind_Component;
	public static String Kind_Compliance;
	public static String Kind_Sanction;
	public static String Kind_Aid;
	public static String Kind_Referral;
	public static String Kind_Graduation;
	public static String Kind_Conflict;
	public static String Kind_Error;
	public static String Finding_Outcome;
	public static String Finding_Rule;
	public static String Finding_Fact;
	public static String Finding_FactWithRecord;
	public static String WhyNot_Group;
	public static String WhyNot_Entry;
	public static String WhyNot_Condition;
	public static String WhyNot_NoFinding;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
