package org.harapan.curriculum.tests;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * The document contract on a real PostgreSQL server, whose JDBC URL comes from {@code -Dharapan.test.postgres} or
 * {@code HARAPAN_TEST_PG_URL} ({@code releng/postgres-test-server} starts one), as the store tests do; each store
 * is a schema of its own, dropped at the end. Without a server the tests are reported as skipped.
 */
class PostgresDocumentsTest extends DocumentsContractTest {

	private static final String SKIPPED = "PostgreSQL document tests SKIPPED: no server given (set " //$NON-NLS-1$
			+ "-Dharapan.test.postgres=jdbc:postgresql://… or HARAPAN_TEST_PG_URL)"; //$NON-NLS-1$
	private static final List<String> SCHEMAS = new ArrayList<>();
	private static String url;
	private String prefix;

	@BeforeEach
	void server() {
		url = System.getProperty("harapan.test.postgres"); //$NON-NLS-1$
		if (url == null || url.isBlank()) {
			url = System.getenv("HARAPAN_TEST_PG_URL"); //$NON-NLS-1$
		}
		Assumptions.assumeTrue(url != null && !url.isBlank(), SKIPPED);
		prefix = "documents_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE); //$NON-NLS-1$
	}

	@Override
	StoreLocation location(int n) throws SQLException {
		String schema = prefix + "_" + n; //$NON-NLS-1$
		if (!SCHEMAS.contains(schema)) {
			execute("CREATE SCHEMA " + schema); //$NON-NLS-1$
			SCHEMAS.add(schema);
		}
		return new StoreLocation(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	@AfterAll
	static void dropSchemas() throws SQLException {
		for (String s : SCHEMAS) {
			execute("DROP SCHEMA IF EXISTS " + s + " CASCADE"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		SCHEMAS.clear();
	}

	private static void execute(String sql) throws SQLException {
		Properties credentials = new Properties();
		try (Connection c = new org.postgresql.Driver().connect(url, credentials); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}
}
