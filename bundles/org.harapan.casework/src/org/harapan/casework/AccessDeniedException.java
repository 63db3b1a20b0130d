package org.harapan.casework;

/**
 * Refused: a login that failed, or something the session's user may not do. The message is in the platform's
 * language; {@link #refusal()} tells it in another.
 */
public class AccessDeniedException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final transient Refusal refusal;

	public AccessDeniedException(Refusal refusal) {
		super(refusal.message());
		this.refusal = refusal;
	}

	/** @param key a message key of the casework messages ({@code messages.properties}) */
	public AccessDeniedException(String key, Object... arguments) {
		this(Refusal.of(key, arguments));
	}

	/** Why, in any language. */
	public Refusal refusal() {
		return refusal;
	}
}
