package org.harapan.store;

/** Where a stored document version is in its life: a draft may be saved again, a published version is read-only. */
public enum DocumentState {
	DRAFT, PUBLISHED;

	/** The word stored in the database and shown by the CLI: {@code draft}, {@code published}. */
	public String word() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The state of a stored word. */
	public static DocumentState of(String word) {
		return valueOf(word.toUpperCase(java.util.Locale.ROOT));
	}
}
