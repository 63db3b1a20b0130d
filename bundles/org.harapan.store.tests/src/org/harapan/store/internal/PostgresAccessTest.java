package org.harapan.store.internal;

import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Users, region scopes and the audit trail on PostgreSQL ({@link PostgresSchemas}: skipped without a server). */
class PostgresAccessTest extends AccessContractTest {

	@RegisterExtension
	static final PostgresSchemas SERVER = new PostgresSchemas();

	@Override
	StoreLocation location() {
		return SERVER.location();
	}
}
