package org.harapan.rules;

/** A rule read a parameter its programme document does not have (or has in a wrong form). */
public final class MissingParameterException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public MissingParameterException(String message) {
		super(message);
	}
}
