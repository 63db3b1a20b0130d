package org.harapan.casework.documents;

import org.eclipse.osgi.util.NLS;

/** Messages of the document library; {@code messages.properties} and {@code messages_id.properties}. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.casework.documents.messages"; //$NON-NLS-1$

	public static String invalid;
	public static String missing;
	public static String alreadyPublished;
	public static String copyOf;
	public static String importedFrom;
	public static String noId;
	public static String publishedReadOnly;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
