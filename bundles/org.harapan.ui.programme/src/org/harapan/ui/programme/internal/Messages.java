package org.harapan.ui.programme.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the programme designer's workbench (messages.properties, messages_id.properties). */
public final class Messages extends NLS {
	public static String Changes_After;
	public static String Changes_Before;
	public static String Changes_Desa;
	public static String Changes_DialogIntro;
	public static String Changes_DialogTitle;
	public static String Changes_Difference;
	public static String Changes_Empty;
	public static String Changes_ExplanationAfter;
	public static String Changes_ExplanationBefore;
	public static String Changes_Failed;
	public static String Changes_Job;
	public static String Changes_Kind;
	public static String Changes_Kpm;
	public static String Changes_Member;
	public static String Changes_NoCasework;
	public static String Changes_NoRules;
	public static String Changes_NotRead;
	public static String Changes_Summary;
	public static String Changes_Tahap;
	public static String Changes_Year;
	public static String Diagram_Cancel;
	public static String Diagram_Cancelled;
	public static String Diagram_Cap;
	public static String Diagram_Cut;
	public static String Diagram_Every;
	public static String Diagram_Forced;
	public static String Diagram_Index;
	public static String Diagram_NoCap;
	public static String Diagram_Suspend;
	public static String Diagram_Threshold;
	public static String Documents_Curricula;
	public static String Documents_Draft;
	public static String Documents_Files;
	public static String Documents_Installed;
	public static String Documents_Job;
	public static String Documents_Loading;
	public static String Documents_Published;
	public static String Documents_StoreProgrammes;
	public static String Documents_Version;
	public static String Editor_CannotRead;
	public static String Editor_NotAProgramme;
	public static String Editor_Published;
	public static String Editor_PublishedFrom;
	public static String Editor_Redo;
	public static String Editor_SaveFailed;
	public static String Editor_SaveFailedDetail;
	public static String Editor_StoreSaveFailed;
	public static String Editor_Undo;
	public static String Editor_Version;
	public static String Field_NotADate;
	public static String Field_NotANumber;
	public static String Flow_Module;
	public static String Flow_Month;
	public static String Flow_NotDelivered;
	public static String Flow_Optional;
	public static String Flow_Prerequisite;
	public static String Flow_Session;
	public static String Flow_Sessions;
	public static String Flow_Title;
	public static String Flow_Version;
	public static String Flow_When;
	public static String Kind_Aid;
	public static String Kind_Benefit;
	public static String Kind_Referral;
	public static String Kind_Sanction;
	public static String Label_Cap;
	public static String Label_Component;
	public static String Label_Conditionality;
	public static String Label_NoDate;
	public static String Label_Overridable;
	public static String Label_Sanction;
	public static String Label_Tahap;
	public static String Label_Version;
	public static String Outcome_Cancelled;
	public static String Outcome_Cut;
	public static String Outcome_Graduated;
	public static String Outcome_None;
	public static String Outcome_Paid;
	public static String Outcome_Suspended;
	public static String Page_Details;
	public static String Page_Outline;
	public static String Page_OutlineHelp;
	public static String Page_ProblemCount;
	public static String Page_History;
	public static String Page_NewVersion;
	public static String Page_Publish;
	public static String Page_SaveDraft;
	public static String Page_Title;
	public static String Page_WhatWouldChange;
	public static String Problem_Ages;
	public static String Problem_ComponentTwice;
	public static String Problem_KeyTwice;
	public static String Problem_MonthOrder;
	public static String Problem_MonthRange;
	public static String Problem_Months;
	public static String Problem_MonthsMissing;
	public static String Problem_Negative;
	public static String Problem_NegativeAmount;
	public static String Problem_NegativeCap;
	public static String Problem_NoDate;
	public static String Problem_NoId;
	public static String Problem_NoKey;
	public static String Problem_NoSuchTahap;
	public static String Problem_NoVersion;
	public static String Problem_Percent;
	public static String Problem_SameDate;
	public static String Problem_TahapOverlap;
	public static String Problem_TahapTwice;
	public static String Problems_None;
	public static String Problems_Title;
	public static String Problems_What;
	public static String Problems_Where;
	public static String Tree_Add;
	public static String Tree_AddChild;
	public static String Tree_Remove;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
