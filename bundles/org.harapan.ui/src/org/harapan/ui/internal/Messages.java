package org.harapan.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench shell; English in messages.properties, Bahasa Indonesia in messages_id.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.ui.internal.messages"; //$NON-NLS-1$

	public static String Menu_File;
	public static String Menu_Edit;
	public static String Menu_Window;
	public static String Menu_Help;
	public static String Store_JobName;
	public static String Store_Opening;
	public static String Store_CreatingDemo;
	public static String Store_Summary;
	public static String Store_DemoCreated;
	public static String Store_AddingDemo;
	public static String Store_ServiceMissing;
	public static String Store_Failed;
	public static String About_Title;
	public static String About_Version;
	public static String About_Includes;
	public static String About_DataFolder;
	public static String About_Language;
	public static String About_LanguageName;
	public static String Language_RestartTitle;
	public static String Language_RestartQuestion;
	public static String Language_SaveFailed;
	public static String Error_Title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
