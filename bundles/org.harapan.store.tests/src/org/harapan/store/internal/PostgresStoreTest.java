package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server, whose JDBC URL comes from the system property
 * {@code harapan.test.postgres} or the environment variable {@code HARAPAN_TEST_PG_URL}
 * ({@code releng/postgres-test-server} starts one and prints it). Without one, the tests are skipped with a
 * message. Each test works in a schema of its own, dropped at the end.
 */
class PostgresStoreTest extends StoreContractTest {

	static final String PROPERTY = "harapan.test.postgres"; //$NON-NLS-1$
	static final String ENV = "HARAPAN_TEST_PG_URL"; //$NON-NLS-1$

	private static String url;
	private static final List<String> SCHEMAS = new ArrayList<>();
	private String schema;

	static String serverUrl() {
		String value = System.getProperty(PROPERTY);
		if (value == null || value.isBlank()) {
			value = System.getenv(ENV);
		}
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static final String SKIPPED = "PostgreSQL store tests SKIPPED: no server given (set -D" + PROPERTY //$NON-NLS-1$
			+ "=jdbc:postgresql://… or " + ENV + "; releng/postgres-test-server starts one and prints its URL)"; //$NON-NLS-1$ //$NON-NLS-2$

	@BeforeAll
	static void server() {
		url = serverUrl();
		if (url == null) {
			System.out.println(SKIPPED);
		}
	}

	@BeforeEach
	void freshSchema() throws SQLException {
		// each test is reported as skipped, with the reason
		Assumptions.assumeTrue(url != null, SKIPPED);
		schema = "store_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE); //$NON-NLS-1$
		execute(url, "CREATE SCHEMA " + schema); //$NON-NLS-1$
		SCHEMAS.add(schema);
	}

	@AfterAll
	static void dropSchemas() throws SQLException {
		if (url == null) {
			return;
		}
		for (String s : SCHEMAS) {
			execute(url, "DROP SCHEMA IF EXISTS " + s + " CASCADE"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		SCHEMAS.clear();
	}

	private static void execute(String jdbcUrl, String sql) throws SQLException {
		try (Connection c = Dialect.POSTGRESQL.connect(new StoreLocation(jdbcUrl, "", "")); //$NON-NLS-1$ //$NON-NLS-2$
				Statement s = c.createStatement()) {
			s.execute(sql);
			c.commit();
		}
	}

	@Override
	StoreLocation location() {
		return new StoreLocation(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	@Test
	void theStoreRunsOnPostgres() {
		assertTrue(open().info().product().startsWith("PostgreSQL"), () -> open().info().product()); //$NON-NLS-1$
	}
}
