package org.harapan.rules;

/** A sentence users read, in Bahasa Indonesia and English. */
public record Text(String id, String en) {

	/** The sentence in {@code language} ({@code id} or {@code en}; anything else gives English). */
	public String in(String language) {
		return "id".equalsIgnoreCase(language) || "in".equalsIgnoreCase(language) ? id : en; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
