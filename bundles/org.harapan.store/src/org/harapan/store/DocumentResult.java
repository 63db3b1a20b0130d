package org.harapan.store;

/**
 * The outcome of writing a document version: the stored metadata, or the reason the store refused (a published
 * version is read-only, the version is not stored, someone stored the same new version first).
 *
 * @param info    the stored version when written, else {@code null}
 * @param refusal why nothing was written, else {@code null}
 */
public record DocumentResult(DocumentInfo info, String refusal) {

	public static DocumentResult written(DocumentInfo info) {
		return new DocumentResult(info, null);
	}

	public static DocumentResult refused(String reason) {
		return new DocumentResult(null, reason);
	}

	public boolean isWritten() {
		return refusal == null;
	}
}
