package org.harapan.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.harapan.store.AuditEvent;
import org.harapan.store.AuditQuery;

/** Audit rows other than changes (reads, exports, logins, …) and the audit trail as a whole. Rows are never updated. */
final class AuditRows {

	private static final int MAX_TEXT = 2000;

	private AuditRows() {
	}

	/** {@link JdbcCaseStore#run} of a call that writes: committed durably ({@link JdbcCaseStore#commitWrites()}). */
	static <T> T write(JdbcCaseStore store, JdbcCaseStore.SqlCall<T> call) {
		return store.run(() -> {
			T result = call.call();
			store.commitWrites();
			return result;
		});
	}

	/** Writes one audit row in a transaction of its own. */
	static void record(JdbcCaseStore store, String user, String action, String kpmId, String detail) {
		synchronized (store) {
			write(store, () -> {
				try (PreparedStatement s = store.connection().prepareStatement("INSERT INTO audit (kpm_id, version, " //$NON-NLS-1$
						+ "user_name, changed_at, change_text, action) VALUES (?,0,?,?,?,?)")) { //$NON-NLS-1$
					s.setString(1, kpmId);
					s.setString(2, user);
					s.setObject(3, store.now());
					s.setString(4, detail == null || detail.length() <= MAX_TEXT ? detail : detail.substring(0, MAX_TEXT));
					s.setString(5, action);
					return s.executeUpdate();
				}
			});
		}
	}

	/** The rows matching {@code q}, oldest first (the newest {@code q.limit()} when more match). */
	static List<AuditEvent> read(JdbcCaseStore store, AuditQuery q) {
		StringBuilder sql = new StringBuilder("SELECT changed_at, user_name, action, kpm_id, version, change_text " //$NON-NLS-1$
				+ "FROM audit WHERE 1=1"); //$NON-NLS-1$
		List<Object> p = new ArrayList<>();
		if (q.user() != null) {
			sql.append(" AND user_name=?"); //$NON-NLS-1$
			p.add(q.user());
		}
		if (q.kpmId() != null) {
			sql.append(" AND kpm_id=?"); //$NON-NLS-1$
			p.add(q.kpmId());
		}
		if (q.since() != null) {
			sql.append(" AND changed_at>=?"); //$NON-NLS-1$
			p.add(OffsetDateTime.ofInstant(q.since(), ZoneOffset.UTC));
		}
		sql.append(" ORDER BY id DESC"); //$NON-NLS-1$
		if (q.limit() < Integer.MAX_VALUE) {
			sql.append(" LIMIT ").append(Math.max(0, q.limit())); //$NON-NLS-1$
		}
		synchronized (store) {
			return store.run(() -> {
				List<AuditEvent> result = new ArrayList<>();
				try (PreparedStatement s = store.connection().prepareStatement(sql.toString())) {
					for (int i = 0; i < p.size(); i++) {
						s.setObject(i + 1, p.get(i));
					}
					try (ResultSet r = s.executeQuery()) {
						while (r.next()) {
							result.add(event(r));
						}
					}
				}
				Collections.reverse(result);
				return result;
			});
		}
	}

	private static AuditEvent event(ResultSet r) throws SQLException {
		OffsetDateTime at = r.getObject(1, OffsetDateTime.class);
		return new AuditEvent(at == null ? null : at.toInstant(), r.getString(2), r.getString(3), r.getString(4),
				r.getLong(5), r.getString(6));
	}
}
