package org.harapan.io.households;

import java.io.IOException;

/**
 * The header line of a CSV file cannot be used (a required column missing, a column twice, no header): no row is
 * read. Reported as {@code FILE line N, column C: reason}.
 */
public final class HeaderException extends IOException {
	private static final long serialVersionUID = 1L;

	private final transient RowProblem problem;

	public HeaderException(RowProblem problem) {
		super(problem.toString());
		this.problem = problem;
	}

	/** Where and why, as a rejected row is reported. */
	public RowProblem problem() {
		return problem;
	}
}
