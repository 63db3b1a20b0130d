package org.harapan.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Application roles made on the test server as {@code harapan store grant} makes them (the test server's role may
 * create roles: releng/postgres-test-server): before each test one on the test's schema of {@link PostgresSchemas}
 * ({@link #location()}: the store as that role connects to it), revoked and dropped after the test (after its
 * stores are closed). A JUnit extension: register it as an instance field ({@code @RegisterExtension}) after the
 * {@link PostgresSchemas} field.
 */
final class PostgresAppRole implements BeforeEachCallback, AfterEachCallback {

	static final String PASSWORD = "app-role-password"; //$NON-NLS-1$

	private final PostgresSchemas server;
	private final List<String> roles = new ArrayList<>();
	private StoreLocation owner;
	private StoreLocation application;

	PostgresAppRole(PostgresSchemas server) {
		this.server = server;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		application = grant(new JdbcCaseStoreService(), server.location());
	}

	/** The test's store as the application role connects to it. */
	StoreLocation location() {
		return application;
	}

	/**
	 * Migrates the store at {@code ownerLocation} (as its owner), grants a new application role on it and returns the
	 * same store as that role connects to it.
	 */
	StoreLocation grant(JdbcCaseStoreService service, StoreLocation ownerLocation) {
		owner = ownerLocation;
		String role = "harapan_app_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE); //$NON-NLS-1$
		service.grantApplicationRole(ownerLocation, role, PASSWORD.toCharArray(), null);
		roles.add(role);
		return new StoreLocation(withoutCredentials(ownerLocation.jdbcUrl()), role, PASSWORD);
	}

	/** {@code url} without its {@code user} and {@code password} parameters (which would win over the location's). */
	static String withoutCredentials(String url) {
		int q = url.indexOf('?');
		if (q < 0) {
			return url;
		}
		List<String> kept = new ArrayList<>();
		for (String p : url.substring(q + 1).split("&")) { //$NON-NLS-1$
			if (!p.startsWith("user=") && !p.startsWith("password=")) { //$NON-NLS-1$ //$NON-NLS-2$
				kept.add(p);
			}
		}
		return url.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public void afterEach(ExtensionContext context) throws SQLException {
		dropAll();
	}

	/** Revokes what the roles were granted and drops them. */
	void dropAll() throws SQLException {
		if (roles.isEmpty()) {
			return;
		}
		try (Connection c = Dialect.POSTGRESQL.connect(owner); Statement s = c.createStatement()) {
			String schema;
			String database;
			try (ResultSet r = s.executeQuery("SELECT quote_ident(current_schema()), quote_ident(current_database())")) { //$NON-NLS-1$
				r.next();
				schema = r.getString(1);
				database = r.getString(2);
			}
			for (String role : roles) {
				s.execute("REVOKE ALL ON ALL TABLES IN SCHEMA " + schema + " FROM " + role); //$NON-NLS-1$ //$NON-NLS-2$
				s.execute("REVOKE ALL ON SCHEMA " + schema + " FROM " + role); //$NON-NLS-1$ //$NON-NLS-2$
				s.execute("REVOKE ALL ON DATABASE " + database + " FROM " + role); //$NON-NLS-1$ //$NON-NLS-2$
				s.execute("DROP ROLE " + role); //$NON-NLS-1$
			}
			c.commit();
		}
		roles.clear();
	}
}
