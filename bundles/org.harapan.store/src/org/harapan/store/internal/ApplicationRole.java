package org.harapan.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.harapan.store.StoreException;
import org.postgresql.PGConnection;

/**
 * The PostgreSQL role the workbenches of a central store connect with: a login role that is not the owner of the
 * tables, not a superuser, without BYPASSRLS, with only the data rights the store uses (no right to create,
 * alter or drop anything; audit rows only added and read), so that the row-level security of
 * {@code V6__row_level_security.sql} applies to every connection. Made or updated by the owner, who keeps
 * running the migrations.
 */
final class ApplicationRole {

	/** A plain lower-case PostgreSQL identifier: no quoting needed wherever it is written. */
	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}"); //$NON-NLS-1$

	/** The tables whose rows the store reads and writes. */
	static final List<String> READ_WRITE = List.of("household", "member", "child_growth", "app_user", "user_region", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"document"); //$NON-NLS-1$
	/** The trails: rows are added and read, never changed. */
	static final List<String> APPEND_ONLY = List.of("audit", "document_audit"); //$NON-NLS-1$ //$NON-NLS-2$
	/** Read only. */
	static final List<String> READ_ONLY = List.of("schema_version"); //$NON-NLS-1$

	private ApplicationRole() {
	}

	/**
	 * Creates {@code role} (with {@code password}, required for a new role) or updates it (its password when one is
	 * given) and grants it exactly the store's rights on the schema of {@code owner}'s connection, revoking any
	 * others on its tables. Returns what was done, one line each. Refuses a role that is the connecting one, a
	 * superuser, has BYPASSRLS or is a member of the connecting role.
	 */
	static List<String> grant(Connection owner, String role, char[] password) throws SQLException {
		if (role == null || !NAME.matcher(role).matches()) {
			throw new StoreException("The application role name '" + role //$NON-NLS-1$
					+ "' is not a plain PostgreSQL name (lower-case letters, digits, underscores)"); //$NON-NLS-1$
		}
		List<String> done = new ArrayList<>();
		String schema = single(owner, "SELECT current_schema()", null); //$NON-NLS-1$
		String me = single(owner, "SELECT current_user", null); //$NON-NLS-1$
		if (role.equals(me)) {
			throw new StoreException("The application role must not be " + me //$NON-NLS-1$
					+ ", the owner who migrates the store: row-level security would be the owner's to turn off"); //$NON-NLS-1$
		}
		String found = single(owner, "SELECT CASE WHEN rolsuper THEN 'a superuser' WHEN rolbypassrls THEN " //$NON-NLS-1$
				+ "'a role with BYPASSRLS' WHEN pg_has_role(rolname, current_user, 'USAGE') THEN 'a member of ' || " //$NON-NLS-1$
				+ "current_user ELSE '' END FROM pg_roles WHERE rolname=?", role); //$NON-NLS-1$
		if (found != null && !found.isEmpty()) {
			throw new StoreException("The role " + role + " is " + found //$NON-NLS-1$ //$NON-NLS-2$
					+ ": it would not be held by the row-level security; choose another role"); //$NON-NLS-1$
		}
		try (Statement s = owner.createStatement()) {
			if (found == null) {
				if (password == null || password.length == 0) {
					throw new StoreException("A new application role " + role + " needs a password"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				s.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT"); //$NON-NLS-1$ //$NON-NLS-2$
				done.add("created the login role " + role + " (NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS)"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (password != null && password.length > 0) {
				// the driver sends a SCRAM verifier: the password itself reaches neither the server nor its log
				owner.unwrap(PGConnection.class).alterUserPassword(role, password, "scram-sha-256"); //$NON-NLS-1$
				done.add("set the password of " + role); //$NON-NLS-1$
			}
			String db = quoted(owner, single(owner, "SELECT current_database()", null)); //$NON-NLS-1$
			String sch = quoted(owner, schema);
			s.execute("GRANT CONNECT ON DATABASE " + db + " TO " + role); //$NON-NLS-1$ //$NON-NLS-2$
			s.execute("GRANT USAGE ON SCHEMA " + sch + " TO " + role); //$NON-NLS-1$ //$NON-NLS-2$
			s.execute("REVOKE ALL ON ALL TABLES IN SCHEMA " + sch + " FROM " + role); //$NON-NLS-1$ //$NON-NLS-2$
			s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + tables(sch, READ_WRITE) + " TO " + role); //$NON-NLS-1$ //$NON-NLS-2$
			s.execute("GRANT SELECT, INSERT ON " + tables(sch, APPEND_ONLY) + " TO " + role); //$NON-NLS-1$ //$NON-NLS-2$
			s.execute("GRANT SELECT ON " + tables(sch, READ_ONLY) + " TO " + role); //$NON-NLS-1$ //$NON-NLS-2$
			done.add("granted " + role + " on schema " + schema + ": SELECT, INSERT, UPDATE, DELETE on " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ String.join(", ", READ_WRITE) + "; SELECT, INSERT on " + String.join(", ", APPEND_ONLY) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "; SELECT on " + String.join(", ", READ_ONLY) + "; nothing else"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		owner.commit();
		return done;
	}

	private static String tables(String schema, List<String> names) {
		return String.join(", ", names.stream().map(t -> schema + "." + t).toList()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@code name} as a quoted identifier (by the server). */
	private static String quoted(Connection c, String name) throws SQLException {
		return single(c, "SELECT quote_ident(?)", name); //$NON-NLS-1$
	}

	/** The first column of the first row of {@code sql} with one optional parameter; null when no row. */
	private static String single(Connection c, String sql, String parameter) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(sql)) {
			if (parameter != null) {
				p.setString(1, parameter);
			}
			try (ResultSet r = p.executeQuery()) {
				return r.next() ? r.getString(1) : null;
			}
		}
	}
}
