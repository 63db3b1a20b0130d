package org.harapan.ui.rules.regional;

import org.eclipse.osgi.util.NLS;

/** Texts of the Regional IT perspective; English in messages.properties, Bahasa Indonesia in messages_id.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.ui.rules.regional.messages"; //$NON-NLS-1$

	public static String RuleSets_Loading;
	public static String RuleSets_Job;
	public static String RuleSets_Header;
	public static String NoRuleEngine;
	public static String Column_RuleSet;
	public static String Column_Version;
	public static String Column_Region;
	public static String Column_Period;
	public static String Column_Title;
	public static String Column_Kpm;
	public static String Column_Kind;
	public static String Column_Outcome;
	public static String Column_Amount;
	public static String Column_Finding;
	public static String Region_National;
	public static String Period_From;
	public static String Period_FromUntil;
	public static String Filter_RuleSet;
	public static String Filter_Kind;
	public static String Filter_All;
	public static String Findings_RunAgain;
	public static String Findings_Job;
	public static String Findings_Running;
	public static String Findings_AllRegions;
	public static String Findings_Header;
	public static String Explain_Household;
	public static String Explain_Member;
	public static String Explain_Rule;
	public static String Explain_Outcome;
	public static String Fact;
	public static String FactWithRecord;
	public static String Kind_Benefit;
	public static String Kind_Component;
	public static String Kind_Compliance;
	public static String Kind_Sanction;
	public static String Kind_Aid;
	public static String Kind_Referral;
	public static String Kind_Graduation;
	public static String Kind_Conflict;
	public static String Kind_Error;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
