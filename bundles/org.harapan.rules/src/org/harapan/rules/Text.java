package org.harapan.rules;

import java.util.Objects;

/**
 * A sentence users read, in Bahasa Indonesia and English. A sentence of a rule set's {@link Sentences} is
 * formatted when it is first read, so that evaluating a caseload does not format sentences nobody reads.
 */
public final class Text {

	private final Sentences sentences;
	private final String key;
	private final Object[] args;
	private volatile String id;
	private volatile String en;

	public Text(String id, String en) {
		this.sentences = null;
		this.key = null;
		this.args = null;
		this.id = id;
		this.en = en;
	}

	Text(Sentences sentences, String key, Object[] args) {
		this.sentences = sentences;
		this.key = key;
		this.args = args.clone();
	}

	/** The sentence in Bahasa Indonesia. */
	public String id() {
		String s = id;
		if (s == null) {
			s = sentences.format(true, key, args);
			id = s;
		}
		return s;
	}

	/** The sentence in English. */
	public String en() {
		String s = en;
		if (s == null) {
			s = sentences.format(false, key, args);
			en = s;
		}
		return s;
	}

	/** The sentence in {@code language} ({@code id} or {@code en}; anything else gives English). */
	public String in(String language) {
		return "id".equalsIgnoreCase(language) || "in".equalsIgnoreCase(language) ? id() : en(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Text t && id().equals(t.id()) && en().equals(t.en());
	}

	@Override
	public int hashCode() {
		return Objects.hash(id(), en());
	}

	@Override
	public String toString() {
		return en();
	}
}
