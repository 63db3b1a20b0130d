package org.harapan.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server of the store tests, whose JDBC URL comes from the system property
 * {@code harapan.test.postgres} or the environment variable {@code HARAPAN_TEST_PG_URL}
 * ({@code releng/postgres-test-server} starts one and prints it). Without one, the tests are skipped with a
 * message. Each test works in a schema of its own, dropped at the end. A JUnit extension: register it as a static
 * field ({@code @RegisterExtension}) and take each test's store from {@link #location()}.
 */
final class PostgresSchemas implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	static final String PROPERTY = "harapan.test.postgres"; //$NON-NLS-1$
	static final String ENV = "HARAPAN_TEST_PG_URL"; //$NON-NLS-1$

	static final String SKIPPED = "PostgreSQL store tests SKIPPED: no server given (set -D" + PROPERTY //$NON-NLS-1$
			+ "=jdbc:postgresql://… or " + ENV + "; releng/postgres-test-server starts one and prints its URL)"; //$NON-NLS-1$ //$NON-NLS-2$

	private final String url = serverUrl();
	private final List<String> schemas = new ArrayList<>();
	private StoreLocation location;

	@Override
	public void beforeAll(ExtensionContext context) {
		announce();
	}

	@Override
	public void beforeEach(ExtensionContext context) throws SQLException {
		location = freshSchema();
	}

	@Override
	public void afterAll(ExtensionContext context) throws SQLException {
		dropAll();
	}

	/** The store of the running test: a schema of its own. */
	StoreLocation location() {
		return location;
	}

	static String serverUrl() {
		String value = System.getProperty(PROPERTY);
		if (value == null || value.isBlank()) {
			value = System.getenv(ENV);
		}
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Says once that the tests are skipped when there is no server. */
	void announce() {
		if (url == null) {
			System.out.println(SKIPPED);
		}
	}

	/** A store in a new schema; the test is reported as skipped, with the reason, without a server. */
	StoreLocation freshSchema() throws SQLException {
		Assumptions.assumeTrue(url != null, SKIPPED);
		String schema = "store_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE); //$NON-NLS-1$
		execute(url, "CREATE SCHEMA " + schema); //$NON-NLS-1$
		schemas.add(schema);
		return new StoreLocation(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	/** Drops the schemas made. */
	void dropAll() throws SQLException {
		if (url == null) {
			return;
		}
		for (String s : schemas) {
			execute(url, "DROP SCHEMA IF EXISTS " + s + " CASCADE"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		schemas.clear();
	}

	private static void execute(String jdbcUrl, String sql) throws SQLException {
		try (Connection c = Dialect.POSTGRESQL.connect(new StoreLocation(jdbcUrl, "", "")); //$NON-NLS-1$ //$NON-NLS-2$
				Statement s = c.createStatement()) {
			s.execute(sql);
			c.commit();
		}
	}
}
