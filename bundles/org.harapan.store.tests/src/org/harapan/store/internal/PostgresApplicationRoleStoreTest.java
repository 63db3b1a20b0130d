package org.harapan.store.internal;

import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store contract on PostgreSQL through the application role of {@code store grant}: every query and write of the
 * store under row-level security, with only the rights the role was granted.
 */
class PostgresApplicationRoleStoreTest extends StoreContractTest {

	@RegisterExtension
	static final PostgresSchemas SERVER = new PostgresSchemas();

	@RegisterExtension
	final PostgresAppRole role = new PostgresAppRole(SERVER);

	@Override
	StoreLocation location() {
		return role.location();
	}
}
