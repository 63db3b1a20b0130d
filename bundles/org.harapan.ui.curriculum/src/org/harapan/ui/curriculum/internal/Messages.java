package org.harapan.ui.curriculum.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the curriculum editor; {@code messages.properties} and {@code messages_id.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.ui.curriculum.internal.messages"; //$NON-NLS-1$

	public static String header;
	public static String draft;
	public static String published;
	public static String readOnly;
	public static String undo;
	public static String redo;
	public static String newVersion;
	public static String publish;
	public static String compare;
	public static String history;
	public static String compareTitle;
	public static String comparePrompt;
	public static String compareNone;
	public static String compareAdded;
	public static String compareRemoved;
	public static String compareChanged;
	public static String versionInvalid;
	public static String saveFailed;
	public static String openFailed;
	public static String problems;
	public static String noProblems;
	public static String language;
	public static String languageEn;
	public static String fieldNumber;
	public static String fieldCode;
	public static String fieldTitle;
	public static String fieldDuration;
	public static String fieldHomePractice;
	public static String fieldObjective;
	public static String fieldAuthority;
	public static String fieldRegion;
	public static String module;
	public static String session;
	public static String step;
	public static String minutes;
	public static String optional;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
