package org.harapan.store.internal;

import java.sql.SQLException;

import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Users, region scopes and the audit trail on PostgreSQL ({@link PostgresSchemas}: skipped without a server). */
class PostgresAccessTest extends AccessContractTest {

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
}
