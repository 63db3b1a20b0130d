package org.harapan.cli;

/** Exit codes of the {@code harapan} CLI. */
public final class ExitCode {
	/** The command did what was asked. */
	public static final int OK = 0;
	/** The command failed (an error was printed to stderr). */
	public static final int FAILURE = 1;
	/** Unknown command, unknown option or missing argument. */
	public static final int USAGE = 2;
	/** The command ran, but some input records were rejected (each reported on stderr). */
	public static final int REJECTED_INPUT = 3;

	private ExitCode() {
	}
}
