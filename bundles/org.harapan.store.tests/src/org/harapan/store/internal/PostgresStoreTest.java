package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store contract on a real PostgreSQL server ({@link PostgresSchemas}: skipped without one). */
class PostgresStoreTest extends StoreContractTest {

	@RegisterExtension
	static final PostgresSchemas SERVER = new PostgresSchemas();

	@Override
	StoreLocation location() {
		return SERVER.location();
	}

	@Test
	void theStoreRunsOnPostgres() {
		assertTrue(open().info().product().startsWith("PostgreSQL"), () -> open().info().product()); //$NON-NLS-1$
	}
}
