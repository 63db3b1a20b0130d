package org.harapan.store.internal;

import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A NIK prefix naming a kecamatan, on PostgreSQL ({@link PostgresSchemas}: skipped without a server). */
class PostgresPrefixSearchTest extends PrefixSearchContractTest {

	@RegisterExtension
	static final PostgresSchemas SERVER = new PostgresSchemas();

	@Override
	StoreLocation location() {
		return SERVER.location();
	}
}
