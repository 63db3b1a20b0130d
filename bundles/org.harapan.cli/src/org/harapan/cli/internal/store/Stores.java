package org.harapan.cli.internal.store;

import java.io.PrintStream;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.harapan.cli.CommandContext;
import org.harapan.cli.UsageException;
import org.harapan.io.households.RowProblem;
import org.harapan.store.CaseStore;
import org.harapan.store.CaseStoreService;
import org.harapan.store.StoreLocation;

/** What the store commands share: {@code --db}, opening the store, reporting rejected rows. */
final class Stores {

	static final String DB = "--db"; //$NON-NLS-1$
	static final String DB_USAGE = "[--db PATH|JDBC-URL]"; //$NON-NLS-1$

	private Stores() {
	}

	/** {@code --db VALUE} (a path or a JDBC URL), else the default store of the data folder. */
	static StoreLocation location(CommandContext context) {
		return context.arguments().option(DB).map(StoreLocation::parse)
				.orElseGet(() -> StoreLocation.inDataFolder(context.dataFolder()));
	}

	static CaseStore open(CaseStoreService service, StoreLocation location, IProgressMonitor monitor) {
		return service.open(location, monitor);
	}

	/** Prints each rejected row on stderr as {@code FILE line N, column C: reason}. */
	static Consumer<RowProblem> printer(PrintStream err, String file) {
		return problem -> err.println(file + " " + problem); //$NON-NLS-1$
	}

	static int positiveInt(String option, String value) {
		try {
			int n = Integer.parseInt(value.replace("_", "").replace(",", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (n < 0) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException e) {
			throw new UsageException(option + " needs a whole number, not '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	static long longValue(String option, String value) {
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new UsageException(option + " needs a whole number, not '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
