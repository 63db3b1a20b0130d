package org.harapan.ui.documents;

import org.eclipse.osgi.util.NLS;

/** Strings of the shared version commands (messages.properties, messages_id.properties). */
final class Messages extends NLS {
	public static String actionPublished;
	public static String actionSaved;
	public static String dateInvalid;
	public static String historyEmpty;
	public static String historyLine;
	public static String historyTitle;
	public static String publishPrompt;
	public static String publishTitle;
	public static String readOnly;
	public static String saveFirst;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
