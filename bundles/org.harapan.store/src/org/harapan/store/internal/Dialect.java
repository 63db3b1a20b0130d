package org.harapan.store.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

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
