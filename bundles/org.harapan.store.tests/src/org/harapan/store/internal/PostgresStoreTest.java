package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store contract on a real PostgreSQL server ({@link PostgresSchemas}: skipped without one). */
class PostgresStoreTest extends StoreContractTest {

	private static final PostgresSchemas SERVER = new PostgresSchemas();
	private StoreLocation location;

	@BeforeAll
	static void server() {
		SERVER.announce();
	}

	@BeforeEach
	void freshSchema() throws SQLException {
		location = SERVER.freshSchema();
	}

	@AfterAll
	static void dropSchemas() throws SQLException {
		SERVER.dropAll();
	}

	@Override
	StoreLocation location() {
		return location;
	}

	@Test
	void theStoreRunsOnPostgres() {
		assertTrue(open().info().product().startsWith("PostgreSQL"), () -> open().info().product()); //$NON-NLS-1$
	}
}
