package org.harapan.curriculum.validation;

import org.eclipse.osgi.util.NLS;

/** Validation messages; {@code messages.properties} (English) and {@code messages_id.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.curriculum.validation.messages"; //$NON-NLS-1$

	public static String subjectCurriculum;
	public static String subjectModule;
	public static String subjectSession;
	public static String subjectStep;

	public static String idMissing;
	public static String titleMissing;
	public static String titleEnMissing;
	public static String moduleNumberDuplicate;
	public static String sessionNumberDuplicate;
	public static String sessionNumberInNational;
	public static String stepNumberDuplicate;
	public static String sessionWithoutObjectives;
	public static String durationNotPositive;
	public static String durationRange;
	public static String stepsDoNotAddUp;
	public static String prerequisiteUnknown;
	public static String prerequisiteNotEarlier;
	public static String publishedWithoutDate;
	public static String publishedChanged;
	public static String variantWithoutBase;
	public static String optionalUnknown;
	public static String extendsUnknown;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
