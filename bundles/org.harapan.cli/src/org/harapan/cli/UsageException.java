package org.harapan.cli;

/** Wrong arguments for a command; the message says which and why. */
public class UsageException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
