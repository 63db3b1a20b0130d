package org.harapan.cli.internal.access;

import java.util.Arrays;

import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.Passwords;
import org.harapan.cli.UsageException;
import org.harapan.store.CaseStoreService;
import org.harapan.store.StoreLocation;

/**
 * {@code harapan store grant --db JDBC_URL --app-role NAME}: run by the owner of a central PostgreSQL store, makes
 * (or updates) the application role the workbenches connect with, which the store's row-level security holds.
 */
final class StoreGrant {

	static final String APP_ROLE = "--app-role"; //$NON-NLS-1$
	static final String USAGE = "grant --db JDBC-URL " + APP_ROLE + " NAME"; //$NON-NLS-1$ //$NON-NLS-2$

	private StoreGrant() {
	}

	static int run(CommandContext context, StoreLocation location, String role, CaseStoreService stores) {
		if (!location.isPostgres()) {
			throw new UsageException("'store grant' is for a PostgreSQL store: give --db jdbc:postgresql://… with the" //$NON-NLS-1$
					+ " credentials of the owner of its tables (HARAPAN_DB_USER and HARAPAN_DB_PASSWORD or in the URL)"); //$NON-NLS-1$
		}
		char[] password = Passwords.optionalNew("application role " + role); //$NON-NLS-1$
		try {
			for (String line : stores.grantApplicationRole(location, role, password,
					context.progress("store grant", 1).split(1))) { //$NON-NLS-1$
				context.out().println(line);
			}
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
		context.out().println("workbenches and commands connect with the same URL as HARAPAN_DB_USER=" + role //$NON-NLS-1$
				+ " (its password in HARAPAN_DB_PASSWORD); the owner keeps migrating"); //$NON-NLS-1$
		return ExitCode.OK;
	}
}
