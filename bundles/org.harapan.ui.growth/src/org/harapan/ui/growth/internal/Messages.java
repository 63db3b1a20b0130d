package org.harapan.ui.growth.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the growth chart; English in messages.properties, Bahasa Indonesia in messages_id.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.ui.growth.internal.messages"; //$NON-NLS-1$

	public static String View_Child;
	public static String View_Chart;
	public static String View_ChildLabel;
	public static String View_Export;
	public static String View_ExportTitle;
	public static String View_ExportFailed;
	public static String View_Exported;
	public static String View_ChooseChild;
	public static String View_NoChild;
	public static String View_NoMeasurement;
	public static String View_Latest;
	public static String View_Category;
	public static String View_Job;
	public static String Chart_Title;
	public static String Series_Median;
	public static String Series_Measurements;
	public static String Axis_AgeMonths;
	public static String Axis_LengthCm;
	public static String Axis_WeightKg;
	public static String Indicator_LengthForAge;
	public static String Indicator_WeightForAge;
	public static String Indicator_WeightForLength;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
