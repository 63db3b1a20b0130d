package org.harapan.store.internal;

import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store's contracts on PostgreSQL through the application role of {@code store grant}: every query and write of
 * the store under row-level security, with only the rights the role was granted.
 */
class PostgresApplicationRoleTest {

	@RegisterExtension
	static final PostgresSchemas SERVER = new PostgresSchemas();

	@RegisterExtension
	final PostgresAppRole role = new PostgresAppRole(SERVER);

	/** Households, queries, saves, documents and migrations. */
	@Nested
	class Store extends StoreContractTest {
		@Override
		StoreLocation location() {
			return role.location();
		}
	}

	/** Users, region scopes and the audit trail. */
	@Nested
	class Access extends AccessContractTest {
		@Override
		StoreLocation location() {
			return role.location();
		}
	}
}
