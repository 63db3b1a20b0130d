package org.harapan.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.harapan.store.StoreException;

/**
 * A small versioned schema migration runner (Flyway does not run inside OSGi without much work): the table
 * {@code schema_version} records the scripts applied; the numbered scripts {@code /db/V<n>__<description>.sql}
 * of this bundle (listed in {@link #SCRIPTS}, in order) that are missing run each in one transaction with
 * their {@code schema_version} row. A database whose schema is newer than this product is refused.
 */
final class Migrations {

	/** The migration scripts, version n at index n-1. Add new scripts at the end; never edit a shipped one. */
	static final List<String> SCRIPTS = List.of("V1__initial_schema.sql", "V2__household_casework_flags.sql", //$NON-NLS-1$ //$NON-NLS-2$
			"V3__documents.sql", "V4__search_index.sql", "V5__users_and_audit.sql", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"V6__row_level_security.sql", "V7__search_region_index.sql"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The first line of a script that runs on one database only ({@code -- harapan:only POSTGRESQL}, a {@link Dialect}
	 * name); on the others its version is recorded without running its statements.
	 */
	static final String ONLY = "-- harapan:only "; //$NON-NLS-1$

	/** SQLState of "permission denied" (PostgreSQL). */
	private static final String PERMISSION_DENIED = "42501"; //$NON-NLS-1$

	/** The schema version this product creates and understands. */
	static final int CURRENT = SCRIPTS.size();

	private Migrations() {
	}

	/** The schema version that script {@code V<n>__<description>.sql} creates. */
	static int versionOf(String description) {
		for (int i = 0; i < SCRIPTS.size(); i++) {
			if (SCRIPTS.get(i).endsWith("__" + description + ".sql")) { //$NON-NLS-1$ //$NON-NLS-2$
				return i + 1;
			}
		}
		throw new IllegalArgumentException(description);
	}

	/** Migrates the database of {@code connection} to {@link #CURRENT}; returns the schema version. */
	static int migrate(Connection connection, Dialect dialect, IProgressMonitor monitor) throws SQLException {
		SubMonitor sub = SubMonitor.convert(monitor, CURRENT + 1);
		boolean autoCommit = connection.getAutoCommit();
		// (an application role that may not create tables opens a store whose schema is there)
		boolean created = versionBefore(connection) > 0;
		connection.setAutoCommit(true);
		if (!created) {
			try (Statement s = connection.createStatement()) {
				s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, " //$NON-NLS-1$
						+ "description VARCHAR(200) NOT NULL, installed_at TIMESTAMP WITH TIME ZONE NOT NULL)"); //$NON-NLS-1$
			}
		}
		connection.setAutoCommit(false);
		try {
			int version = installed(connection);
			sub.worked(1);
			if (version > CURRENT) {
				throw new StoreException("The store's schema version " + version //$NON-NLS-1$
						+ " is newer than this product understands (" + CURRENT //$NON-NLS-1$
						+ "); use a newer Harapan Workbench."); //$NON-NLS-1$
			}
			sub.setWorkRemaining(CURRENT - version);
			for (int v = version + 1; v <= CURRENT; v++) {
				String script = SCRIPTS.get(v - 1);
				sub.subTask(script);
				apply(connection, dialect, v, script);
				sub.worked(1);
			}
			return CURRENT;
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	/** The schema version of the database before {@link #migrate}: 0 for a new database. */
	static int versionBefore(Connection connection) throws SQLException {
		try {
			return installed(connection);
		} catch (SQLException e) {
			connection.rollback(); // no schema_version table yet
			return 0;
		}
	}

	private static int installed(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement();
				ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) { //$NON-NLS-1$
			r.next();
			int v = r.getInt(1);
			connection.commit();
			return v;
		}
	}

	private static void apply(Connection connection, Dialect dialect, int version, String script)
			throws SQLException {
		try {
			String text = read(script);
			try (Statement s = connection.createStatement()) {
				for (String sql : appliesTo(text, dialect) ? statements(text, dialect) : List.<String>of()) {
					s.execute(sql);
				}
			}
			try (PreparedStatement p = connection.prepareStatement(
					"INSERT INTO schema_version (version, description, installed_at) VALUES (?, ?, ?)")) { //$NON-NLS-1$
				p.setInt(1, version);
				p.setString(2, script.substring(script.indexOf("__") + 2, script.length() - 4).replace('_', ' ')); //$NON-NLS-1$
				p.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
				p.executeUpdate();
			}
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			connection.rollback();
			String hint = e instanceof SQLException x && PERMISSION_DENIED.equals(x.getSQLState())
					? " (the owner of the store's tables migrates it: run a command such as 'harapan store grant' with" //$NON-NLS-1$
							+ " the owner's credentials)" //$NON-NLS-1$
					: ""; //$NON-NLS-1$
			throw new StoreException("Migrating the store schema to version " + version + " (" + script //$NON-NLS-1$ //$NON-NLS-2$
					+ ") failed: " + e.getMessage() + hint, e); //$NON-NLS-1$
		}
	}

	private static String read(String script) {
		try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) { //$NON-NLS-1$
			if (in == null) {
				throw new StoreException("Migration script /db/" + script + " is missing from the store bundle"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new StoreException("Cannot read migration script " + script, e); //$NON-NLS-1$
		}
	}

	/** Whether the statements of a script run on {@code dialect} (see {@link #ONLY}). */
	static boolean appliesTo(String text, Dialect dialect) {
		return !text.startsWith(ONLY) || text.lines().findFirst().orElseThrow().substring(ONLY.length()).strip()
				.equals(dialect.name());
	}

	/**
	 * The statements of a script: comments dropped, split at semicolons that end a line outside a {@code $$}-quoted
	 * function body, placeholders set.
	 */
	static List<String> statements(String text, Dialect dialect) {
		List<String> result = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean body = false;
		for (String line : text.split("\r?\n")) { //$NON-NLS-1$
			String trimmed = line.strip();
			if (!body && (trimmed.isEmpty() || trimmed.startsWith("--"))) { //$NON-NLS-1$
				continue;
			}
			current.append(line).append('\n');
			if (line.split("\\$\\$", -1).length % 2 == 0) { //$NON-NLS-1$
				body = !body;
			}
			if (!body && trimmed.endsWith(";")) { //$NON-NLS-1$
				String sql = current.toString().strip();
				result.add(dialect.substitute(sql.substring(0, sql.length() - 1)));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			result.add(dialect.substitute(current.toString().strip()));
		}
		return result;
	}
}
