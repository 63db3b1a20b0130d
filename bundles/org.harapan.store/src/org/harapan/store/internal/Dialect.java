package org.harapan.store.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.TreeSet;

import org.harapan.store.RegionScope;
import org.harapan.store.StoreLocation;

/** What differs between H2 and PostgreSQL: the driver, two column/index spellings and session settings. */
enum Dialect {
	H2("VARBINARY", ""), //$NON-NLS-1$ //$NON-NLS-2$
	POSTGRESQL("BYTEA", " varchar_pattern_ops"), //$NON-NLS-1$ //$NON-NLS-2$
	OTHER("BLOB", ""); //$NON-NLS-1$ //$NON-NLS-2$

	/** SQLState of a unique constraint violation (both H2 and PostgreSQL). */
	static final String UNIQUE_VIOLATION = "23505"; //$NON-NLS-1$

	/** Whether {@code e} (or a chained exception) is a unique constraint violation. */
	static boolean isUniqueViolation(SQLException e) {
		for (SQLException x = e; x != null; x = x.getNextException()) {
			if (UNIQUE_VIOLATION.equals(x.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private final String bytes;
	private final String prefixOps;

	Dialect(String bytes, String prefixOps) {
		this.bytes = bytes;
		this.prefixOps = prefixOps;
	}

	static Dialect of(String jdbcUrl) {
		if (jdbcUrl.startsWith("jdbc:h2:")) { //$NON-NLS-1$
			return H2;
		}
		return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : OTHER; //$NON-NLS-1$
	}

	/**
	 * Whether commits must be followed by {@code CHECKPOINT}: an H2 database in this process writes committed
	 * transactions up to WRITE_DELAY (500 ms) late, so a killed process would lose them. (WRITE_DELAY 0
	 * would write them at once too, but it also stops H2's background thread that compacts the file, which
	 * then grows to several times its data during an import.)
	 */
	static boolean checkpointAfterCommit(String jdbcUrl) {
		return of(jdbcUrl) == H2 && !jdbcUrl.startsWith("jdbc:h2:tcp:") && !jdbcUrl.startsWith("jdbc:h2:ssl:") //$NON-NLS-1$ //$NON-NLS-2$
				&& !jdbcUrl.startsWith("jdbc:h2:mem:"); //$NON-NLS-1$
	}

	/**
	 * The query of the desa a KPM id is stored under whatever the session's scope: on PostgreSQL through a function
	 * that reads outside the row-level security scope for its own duration (V6__row_level_security.sql).
	 */
	String storedDesaQuery() {
		return this == POSTGRESQL ? "SELECT desa_code FROM harapan_stored_desa(?)" //$NON-NLS-1$
				: "SELECT desa_code FROM household WHERE kpm_id=?"; //$NON-NLS-1$
	}

	/** The query of the household holding a NIK whatever the session's scope (see {@link #storedDesaQuery()}). */
	String nikHolderQuery() {
		return this == POSTGRESQL ? "SELECT kpm_id FROM harapan_household_of_nik(?)" //$NON-NLS-1$
				: "SELECT kpm_id FROM member WHERE nik=?"; //$NON-NLS-1$
	}

	/**
	 * Sets the session's scope for PostgreSQL's row-level security (the setting {@code harapan.scope}: {@code *} for
	 * {@link RegionScope#ALL}, else the region codes separated by commas) and commits it, so that a later rollback
	 * keeps it; nothing on other databases, where only the store's SQL applies the scope. Returns whether it set it.
	 */
	boolean applyScope(Connection c, RegionScope scope) throws SQLException {
		if (this != POSTGRESQL) {
			return false;
		}
		try (PreparedStatement p = c.prepareStatement("SELECT set_config('harapan.scope', ?, false)")) { //$NON-NLS-1$
			p.setString(1, scope.isAll() ? "*" : String.join(",", new TreeSet<>(scope.codes()))); //$NON-NLS-1$ //$NON-NLS-2$
			p.executeQuery().close();
		}
		c.commit();
		return true;
	}

	String substitute(String sql) {
		return sql.replace("${bytes}", bytes).replace("${prefix_ops}", prefixOps); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Connects with the driver class of this dialect (no {@link DriverManager} lookup, which does not see
	 * drivers in other OSGi bundles) and applies the session settings.
	 */
	Connection connect(StoreLocation location) throws SQLException {
		Properties properties = new Properties();
		if (location.user() != null && !location.user().isEmpty()) {
			properties.setProperty("user", location.user()); //$NON-NLS-1$
		}
		if (location.password() != null && !location.password().isEmpty()) {
			properties.setProperty("password", location.password()); //$NON-NLS-1$
		}
		Driver driver = switch (this) {
			case H2 -> new org.h2.Driver();
			case POSTGRESQL -> new org.postgresql.Driver();
			case OTHER -> DriverManager.getDriver(location.jdbcUrl());
		};
		// another process may be compacting a shared store file, or ending while it serves the file: wait for it
		SharedFile.Step<Connection> connect = () -> driver.connect(location.jdbcUrl(), properties);
		Connection c = this == H2 && location.jdbcUrl().startsWith("jdbc:h2:file:") //$NON-NLS-1$
				? SharedFile.opening(connect) : SharedFile.waitingWhileExclusive(connect);
		if (c == null) {
			throw new SQLException("No JDBC driver accepts " + location.jdbcUrl()); //$NON-NLS-1$
		}
		if (this == H2) {
			try (Statement s = c.createStatement()) {
				s.execute("SET LOCK_TIMEOUT 10000"); //$NON-NLS-1$
				if (checkpointAfterCommit(location.jdbcUrl())) {
					// in this process: cache up to 256 MB, so that the caseload's searches over a large kabupaten
					// (100,000 households) read the household rows from memory
					s.execute("SET CACHE_SIZE 262144"); //$NON-NLS-1$
				}
			} catch (SQLException e) {
				// a server database whose user may not change settings: keep its settings
			}
		}
		c.setAutoCommit(false);
		c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
		return c;
	}
}
