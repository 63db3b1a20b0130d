package org.harapan.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.harapan.model.Household;
import org.harapan.store.SaveResult;

/**
 * What a single save becomes when the optimistic update matched no row (unchanged, a conflict, or not stored yet)
 * or a unique key refused it (created or a NIK taken meanwhile): a conflict is refused with who saved and when,
 * never merged.
 */
final class RefusedSave implements AutoCloseable {

	private static final String SELECT_STAMP = "SELECT version, updated_by, updated_at FROM household WHERE kpm_id=?"; //$NON-NLS-1$

	private final JdbcCaseStore store;
	private final Connection connection;
	private final PreparedStatement selectStamp;

	RefusedSave(JdbcCaseStore store, Connection connection) throws SQLException {
		this.store = store;
		this.connection = connection;
		this.selectStamp = connection.prepareStatement(SELECT_STAMP);
	}

	/** A unique key refused the save: the household was created meanwhile, or a NIK was taken meanwhile. */
	SaveResult uniqueViolation(Household household, long expected, SQLException e) {
		String kpmId = household.getKpmId();
		try {
			SaveResult conflict = conflict(kpmId, expected);
			if (conflict != null) {
				return conflict;
			}
		} catch (SQLException again) {
			e.addSuppressed(again);
			store.rollback();
		}
		return SaveResult.Invalid.of(kpmId, household, List.of("A NIK of household " + kpmId //$NON-NLS-1$
				+ " was stored in another household meanwhile: " + e.getMessage())); //$NON-NLS-1$
	}

	/** The update matched no row: the household is unchanged, stored at another version, or not stored. */
	SaveResult notUpdated(Household household, Rows rows, String user, String change) throws SQLException {
		String kpmId = household.getKpmId();
		SaveResult conflict = conflict(kpmId, household.getVersion());
		if (conflict != null) {
			return conflict;
		}
		selectStamp.setString(1, kpmId);
		try (ResultSet r = selectStamp.executeQuery()) {
			if (r.next()) {
				connection.commit();
				return new SaveResult.Saved(kpmId, r.getLong(1)); // unchanged: nothing to write
			}
		}
		// not stored (e.g. copied from another store): insert it
		OffsetDateTime at = store.now();
		try {
			store.writer().insert(rows, user, at);
			store.writer().audit(kpmId, 1, user, at, change);
			store.writer().flush();
			store.commitWrites();
		} catch (SQLException e) {
			store.rollback();
			throw e;
		}
		household.setVersion(1);
		return new SaveResult.Saved(kpmId, 1);
	}

	/** A conflict when the stored version differs from {@code expected}, else {@code null}. */
	private SaveResult.Conflict conflict(String kpmId, long expected) throws SQLException {
		selectStamp.setString(1, kpmId);
		try (ResultSet r = selectStamp.executeQuery()) {
			SaveResult.Conflict result = null;
			if (r.next() && r.getLong(1) != expected) {
				OffsetDateTime at = r.getObject(3, OffsetDateTime.class);
				result = new SaveResult.Conflict(kpmId, expected, r.getLong(1), r.getString(2),
						at == null ? null : at.toInstant());
			}
			connection.commit();
			return result;
		}
	}

	@Override
	public void close() throws SQLException {
		selectStamp.close();
	}
}
