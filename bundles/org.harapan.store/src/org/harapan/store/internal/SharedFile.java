package org.harapan.store.internal;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * An embedded H2 file that several processes share (automatic mixed mode): while one of them compacts the file it
 * holds it exclusively, and the others wait for it rather than fail with H2's raw message; a process compacts only
 * when no other session uses the file.
 */
final class SharedFile {

	/** How long a query or an open waits while another process holds the file exclusively. */
	private static final long WAIT_NANOS = 60_000_000_000L;
	/** How long an open tries again while the process that served the file hands it over. */
	private static final long HANDOVER_NANOS = 10_000_000_000L;
	/** H2's "database is open in exclusive mode". */
	private static final int EXCLUSIVE = 90135;

	/** A step that may meet the file held exclusively. */
	interface Step<T> {
		T run() throws SQLException;
	}

	private SharedFile() {
	}

	/** Runs {@code step}, again every 200 ms while another process holds the file exclusively (up to 60 s). */
	static <T> T waitingWhileExclusive(Step<T> step) throws SQLException {
		return retrying(step, false);
	}

	/**
	 * Opens an H2 file like {@link #waitingWhileExclusive}, and also tries again (up to 10 s) when the process that
	 * served the file ends while this one connects to it: the next attempt serves the file itself or finds the new
	 * server.
	 */
	static <T> T opening(Step<T> step) throws SQLException {
		return retrying(step, true);
	}

	private static <T> T retrying(Step<T> step, boolean handover) throws SQLException {
		long start = System.nanoTime();
		while (true) {
			try {
				return step.run();
			} catch (SQLException e) {
				long waited = System.nanoTime() - start;
				boolean again = isExclusive(e) && waited < WAIT_NANOS
						|| handover && connectionLost(e) && waited < HANDOVER_NANOS;
				if (!again) {
					throw e;
				}
				pause();
			}
		}
	}

	/**
	 * Compacts the file ({@code SHUTDOWN COMPACT}, which also closes this process's other connections to it) when no
	 * other session uses it: compacting locks the others out meanwhile.
	 */
	static void compactIfAlone(Statement statement) throws SQLException {
		boolean alone;
		try (var r = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) { //$NON-NLS-1$
			alone = r.next() && r.getLong(1) <= 1;
		}
		if (alone) {
			statement.execute("SHUTDOWN COMPACT"); //$NON-NLS-1$
		}
	}

	private static boolean isExclusive(SQLException e) {
		for (SQLException x = e; x != null; x = x.getNextException()) {
			if (x.getErrorCode() == EXCLUSIVE) {
				return true;
			}
		}
		return false;
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The connection was lost (SQLState class 08, H2 90067): the process serving a shared file closed it; or the
	 * database was closed under it (H2 90121: another store of this process compacted the file).
	 */
	static boolean connectionLost(SQLException e) {
		return e.getErrorCode() == 90067 || e.getErrorCode() == 90121
				|| (e.getSQLState() != null && e.getSQLState().startsWith("08")); //$NON-NLS-1$
	}
}
