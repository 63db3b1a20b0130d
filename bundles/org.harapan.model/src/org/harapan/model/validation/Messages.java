package org.harapan.model.validation;

import org.eclipse.osgi.util.NLS;

/** Validation messages; {@code messages.properties} (English) and {@code messages_id.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.model.validation.messages"; //$NON-NLS-1$

	public static String subjectMember;
	public static String subjectMemberUnnamed;
	public static String subjectHousehold;
	public static String subjectHouseholdUnnamed;
	public static String subjectMeasurement;
	public static String subjectMeasurementUndated;

	public static String kpmIdMissing;
	public static String noKkFormat;
	public static String desaCodeUnknown;
	public static String welfareDecileRange;
	public static String nikMissing;
	public static String nikFormat;
	public static String nikRegion;
	public static String nikBirthDate;
	public static String nikSex;
	public static String nikDuplicateInHousehold;
	public static String nikDuplicateInStore;
	public static String birthDateMissing;
	public static String birthDateFuture;
	public static String pregnantNotFemale;
	public static String expectedDeliveryMissing;
	public static String measurementDateMissing;
	public static String measurementDateFuture;
	public static String measurementBeforeBirth;
	public static String weightRange;
	public static String heightRange;
	public static String headRange;
	public static String armRange;
	public static String tahapRange;
	public static String amountNegative;

	public static String sexFemale;
	public static String sexMale;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
