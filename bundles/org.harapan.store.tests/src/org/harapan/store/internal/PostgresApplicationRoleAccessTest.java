package org.harapan.store.internal;

import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Users, region scopes and the audit trail on PostgreSQL through the application role of {@code store grant}: every
 * query and write of the store under row-level security, with only the rights the role was granted.
 */
class PostgresApplicationRoleAccessTest extends AccessContractTest {

	@RegisterExtension
	static final PostgresSchemas SERVER = new PostgresSchemas();

	@RegisterExtension
	final PostgresAppRole role = new PostgresAppRole(SERVER);

	@Override
	StoreLocation location() {
		return role.location();
	}
}
