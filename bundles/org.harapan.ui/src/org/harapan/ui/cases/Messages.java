package org.harapan.ui.cases;

import org.eclipse.osgi.util.NLS;

/** Texts of the household views' common part. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.ui.cases.messages"; //$NON-NLS-1$

	public static String Household_SelectOne;
	public static String Household_NoCasework;
	public static String Household_NotFound;
	public static String Household_Failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
