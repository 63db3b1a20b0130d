package org.harapan.cli.internal.store;

import java.io.PrintStream;
import java.util.function.Consumer;

import org.harapan.io.households.RowProblem;

/** What the store commands share: reporting rejected rows. */
final class Stores {

	private Stores() {
	}

	/** Prints each rejected row on stderr as {@code FILE line N, column C: reason}. */
	static Consumer<RowProblem> printer(PrintStream err, String file) {
		return problem -> err.println(file + " " + problem); //$NON-NLS-1$
	}
}
