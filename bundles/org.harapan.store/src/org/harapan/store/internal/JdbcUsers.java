package org.harapan.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.harapan.store.StoreException;
import org.harapan.store.UserAccount;
import org.harapan.store.UserDirectory;
import org.harapan.store.UserRole;

/** The users of a JDBC store: tables {@code app_user} and {@code user_region} (schema script V3). */
final class JdbcUsers implements UserDirectory {

	private final JdbcCaseStore store;

	JdbcUsers(JdbcCaseStore store) {
		this.store = store;
	}

	@Override
	public List<UserAccount> list() {
		return read(null);
	}

	@Override
	public Optional<UserAccount> find(String name) {
		return name == null ? Optional.empty() : read(name).stream().findFirst();
	}

	@Override
	public boolean isEmpty() {
		synchronized (store) {
			return store.run(() -> {
				try (PreparedStatement s = store.connection().prepareStatement("SELECT 1 FROM app_user LIMIT 1"); //$NON-NLS-1$
						ResultSet r = s.executeQuery()) {
					return !r.next();
				}
			});
		}
	}

	private List<UserAccount> read(String name) {
		synchronized (store) {
			return store.run(() -> {
				Map<String, Set<String>> regions = new HashMap<>();
				try (PreparedStatement s = prepare("SELECT user_name, region_code FROM user_region", name); //$NON-NLS-1$
						ResultSet r = s.executeQuery()) {
					while (r.next()) {
						regions.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(2));
					}
				}
				List<UserAccount> result = new ArrayList<>();
				try (PreparedStatement s = prepare("SELECT user_name, role, password_hash, failed_logins, disabled, " //$NON-NLS-1$
						+ "created_at FROM app_user", name); ResultSet r = s.executeQuery()) { //$NON-NLS-1$
					while (r.next()) {
						String user = r.getString(1);
						UserRole role = UserRole.of(r.getString(2)).orElseThrow(
								() -> new StoreException("Unknown role of user " + user)); //$NON-NLS-1$
						result.add(new UserAccount(user, role, regions.getOrDefault(user, Set.of()), r.getString(3),
								r.getInt(4), r.getBoolean(5), r.getObject(6, OffsetDateTime.class).toInstant()));
					}
				}
				return result;
			});
		}
	}

	private PreparedStatement prepare(String select, String name) throws SQLException {
		PreparedStatement s = store.connection()
				.prepareStatement(select + (name == null ? " ORDER BY user_name" : " WHERE user_name=?")); //$NON-NLS-1$ //$NON-NLS-2$
		if (name != null) {
			s.setString(1, name);
		}
		return s;
	}

	@Override
	public void add(UserAccount a) {
		if (find(a.name()).isPresent()) {
			throw new StoreException("There is already a user " + a.name()); //$NON-NLS-1$
		}
		write(() -> {
			try (PreparedStatement s = store.connection().prepareStatement("INSERT INTO app_user (user_name, role, " //$NON-NLS-1$
					+ "password_hash, failed_logins, disabled, created_at) VALUES (?,?,?,?,?,?)")) { //$NON-NLS-1$
				s.setString(1, a.name());
				s.setString(2, a.role().word());
				s.setString(3, a.passwordHash());
				s.setInt(4, a.failedLogins());
				s.setBoolean(5, a.disabled());
				s.setObject(6, OffsetDateTime.ofInstant(a.createdAt(), ZoneOffset.UTC));
				s.executeUpdate();
			}
			insertRegions(a.name(), a.regions());
			return 1;
		});
	}

	private void insertRegions(String name, Set<String> regions) throws SQLException {
		try (PreparedStatement s = store.connection()
				.prepareStatement("INSERT INTO user_region (user_name, region_code) VALUES (?,?)")) { //$NON-NLS-1$
			for (String code : new TreeSet<>(regions)) {
				s.setString(1, name);
				s.setString(2, code);
				s.addBatch();
			}
			s.executeBatch();
		}
	}

	@Override
	public void assign(String name, UserRole role, Set<String> regions) {
		write(() -> {
			int n = update("UPDATE app_user SET role=? WHERE user_name=?", role.word(), name); //$NON-NLS-1$
			update("DELETE FROM user_region WHERE user_name=?", name); //$NON-NLS-1$
			insertRegions(name, regions);
			return n;
		});
	}

	@Override
	public void setDisabled(String name, boolean disabled) {
		write(() -> disabled ? update("UPDATE app_user SET disabled=TRUE WHERE user_name=?", name) //$NON-NLS-1$
				: update("UPDATE app_user SET disabled=FALSE, failed_logins=0 WHERE user_name=?", name)); //$NON-NLS-1$
	}

	@Override
	public void setPasswordHash(String name, String passwordHash) {
		write(() -> update("UPDATE app_user SET password_hash=? WHERE user_name=?", passwordHash, name)); //$NON-NLS-1$
	}

	@Override
	public int loginFailed(String name) {
		write(() -> update("UPDATE app_user SET failed_logins=failed_logins+1 WHERE user_name=?", name)); //$NON-NLS-1$
		return find(name).map(UserAccount::failedLogins).orElse(0);
	}

	@Override
	public void loginSucceeded(String name) {
		write(() -> update("UPDATE app_user SET failed_logins=0 WHERE user_name=?", name)); //$NON-NLS-1$
	}

	/** Runs a write in one transaction; a user it names must exist. */
	private void write(JdbcCaseStore.SqlCall<Integer> call) {
		int changed;
		synchronized (store) {
			changed = AuditRows.write(store, call);
		}
		if (changed == 0) {
			throw new StoreException("No such user"); //$NON-NLS-1$
		}
	}

	private int update(String sql, Object... values) throws SQLException {
		try (PreparedStatement s = store.connection().prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				s.setObject(i + 1, values[i]);
			}
			return s.executeUpdate();
		}
	}
}
