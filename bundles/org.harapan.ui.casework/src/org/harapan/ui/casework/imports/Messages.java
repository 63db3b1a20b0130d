package org.harapan.ui.casework.imports;

import org.eclipse.osgi.util.NLS;

/** Texts of the CSV import; English in messages.properties, Bahasa Indonesia in messages_id.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.ui.casework.imports.messages"; //$NON-NLS-1$

	public static String Import_ChooseHouseholds;
	public static String Import_ChooseMeasurements;
	public static String Import_CsvFiles;
	public static String Import_AllFiles;
	public static String Import_JobHouseholds;
	public static String Import_JobMeasurements;
	public static String Import_NoFile;
	public static String Import_Refused;
	public static String Import_Failed;
	public static String Import_Done;
	public static String Import_MoreInLog;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
