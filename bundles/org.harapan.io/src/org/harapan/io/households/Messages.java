package org.harapan.io.households;

import org.eclipse.osgi.util.NLS;

/** Reasons of the households and measurements import; {@code messages.properties}, {@code messages_id.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.io.households.messages"; //$NON-NLS-1$

	public static String emptyFile;
	public static String columnTwice;
	public static String columnsMissing;
	public static String missing;
	public static String emptyLine;
	public static String columnCount;
	public static String notDate;
	public static String notYesNo;
	public static String notWholeNumber;
	public static String outside;
	public static String notNumber;
	public static String notPositive;
	public static String notOneOf;
	public static String digits;
	public static String excelNumber;
	public static String tooLong;
	public static String unknownDesa;
	public static String differs;
	public static String notConsecutive;
	public static String duplicateNik;
	public static String householdLeftOut;
	public static String noMember;
	public static String kpmNotFound;
	public static String duplicateMeasurement;
	public static String refusedLines;
	public static String windows1252;
	public static String summary;
	public static String summaryRefused;
	public static String file;
	public static String line;
	public static String column;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
