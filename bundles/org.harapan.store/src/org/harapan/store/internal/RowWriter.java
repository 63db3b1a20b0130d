package org.harapan.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;

/**
 * The statements that write households, their index rows and audit rows on one connection. Inserts and
 * deletes are batched ({@link #flush()} executes them: deletes first, then inserts); the optimistic update
 * runs at once because its row count decides between saved, unchanged and conflict.
 */
final class RowWriter implements AutoCloseable {

	private static final int MAX_CHANGE = 2000;

	private final PreparedStatement insertHousehold;
	private final PreparedStatement updateHousehold;
	private final PreparedStatement deleteMembers;
	private final PreparedStatement deleteChildren;
	private final PreparedStatement insertMember;
	private final PreparedStatement insertChild;
	private final PreparedStatement insertAudit;
	private final PreparedStatement updateFlags;
	private boolean pendingFlags;
	private boolean pendingDeletes;
	private boolean pendingInserts;

	RowWriter(Connection c) throws SQLException {
		insertHousehold = c.prepareStatement("INSERT INTO household (no_kk, desa_code, kecamatan_code, " //$NON-NLS-1$
				+ "kabupaten_code, facilitator, status, head_name, head_name_upper, member_count, content_hash, " //$NON-NLS-1$
				+ "content, updated_by, updated_at, pregnant, sanctioned, referral_open, last_verified, search_keys, kpm_id, " //$NON-NLS-1$
				+ "version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)"); //$NON-NLS-1$
		updateHousehold = c.prepareStatement("UPDATE household SET no_kk=?, desa_code=?, kecamatan_code=?, " //$NON-NLS-1$
				+ "kabupaten_code=?, facilitator=?, status=?, head_name=?, head_name_upper=?, member_count=?, " //$NON-NLS-1$
				+ "content_hash=?, content=?, updated_by=?, updated_at=?, pregnant=?, sanctioned=?, referral_open=?, " //$NON-NLS-1$
				+ "last_verified=?, search_keys=?, version=version+1 " //$NON-NLS-1$
				+ "WHERE kpm_id=? AND version=? AND content_hash<>?"); //$NON-NLS-1$
		deleteMembers = c.prepareStatement("DELETE FROM member WHERE kpm_id=?"); //$NON-NLS-1$
		deleteChildren = c.prepareStatement("DELETE FROM child_growth WHERE kpm_id=?"); //$NON-NLS-1$
		insertMember = c.prepareStatement(
				"INSERT INTO member (kpm_id, pos, nik, name, sex, birth_date) VALUES (?,?,?,?,?,?)"); //$NON-NLS-1$
		insertChild = c.prepareStatement("INSERT INTO child_growth (kpm_id, pos, nik, name, sex, birth_date, " //$NON-NLS-1$
				+ "desa_code, kecamatan_code, kabupaten_code, measured_on, zlen, zwei, zwfl, stunting) " //$NON-NLS-1$
				+ "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"); //$NON-NLS-1$
		insertAudit = c.prepareStatement(
				"INSERT INTO audit (kpm_id, version, user_name, changed_at, change_text) VALUES (?,?,?,?,?)"); //$NON-NLS-1$
		updateFlags = c.prepareStatement("UPDATE household SET pregnant=?, sanctioned=?, referral_open=?, " //$NON-NLS-1$
				+ "last_verified=?, search_keys=? WHERE kpm_id=?"); //$NON-NLS-1$
	}

	/** Queues the insert of a new household (version 1) with its index rows. */
	void insert(Rows r, String user, OffsetDateTime at) throws SQLException {
		householdColumns(insertHousehold, r, user, at);
		insertHousehold.setString(19, r.kpmId());
		insertHousehold.addBatch();
		indexRows(r);
		pendingInserts = true;
	}

	/**
	 * Updates a stored household at {@code expectedVersion} whose content changed; returns false when no row
	 * matched (another version is stored, or the content is unchanged). On success the index rows are
	 * queued for replacement.
	 */
	boolean update(Rows r, long expectedVersion, String user, OffsetDateTime at) throws SQLException {
		householdColumns(updateHousehold, r, user, at);
		updateHousehold.setString(19, r.kpmId());
		updateHousehold.setLong(20, expectedVersion);
		updateHousehold.setString(21, r.hash());
		if (updateHousehold.executeUpdate() == 0) {
			return false;
		}
		deleteMembers.setString(1, r.kpmId());
		deleteMembers.addBatch();
		deleteChildren.setString(1, r.kpmId());
		deleteChildren.addBatch();
		pendingDeletes = true;
		indexRows(r);
		pendingInserts = true;
		return true;
	}

	/** Queues an audit row; without a description of the change it says "created" (version 1) or "changed". */
	void audit(String kpmId, long version, String user, OffsetDateTime at, String description) throws SQLException {
		String change = description != null && !description.isBlank() ? description
				: version == 1 ? "created" : "changed"; //$NON-NLS-1$ //$NON-NLS-2$
		insertAudit.setString(1, kpmId);
		insertAudit.setLong(2, version);
		insertAudit.setString(3, user);
		insertAudit.setObject(4, at);
		insertAudit.setString(5, change == null || change.length() <= MAX_CHANGE ? change
				: change.substring(0, MAX_CHANGE - 1) + '\u2026');
		insertAudit.addBatch();
		pendingInserts = true;
	}

	/** Executes the queued statements: deletes, then household, member, child and audit inserts. */
	void flush() throws SQLException {
		if (pendingDeletes) {
			deleteMembers.executeBatch();
			deleteChildren.executeBatch();
			pendingDeletes = false;
		}
		if (pendingFlags) {
			updateFlags.executeBatch();
			pendingFlags = false;
		}
		if (pendingInserts) {
			insertHousehold.executeBatch();
			insertMember.executeBatch();
			insertChild.executeBatch();
			insertAudit.executeBatch();
			pendingInserts = false;
		}
	}

	/** Drops queued statements (after a failed transaction). */
	void clear() throws SQLException {
		for (PreparedStatement p : new PreparedStatement[] { insertHousehold, deleteMembers, deleteChildren,
				insertMember, insertChild, insertAudit, updateFlags }) {
			p.clearBatch();
		}
		pendingFlags = false;
		pendingDeletes = false;
		pendingInserts = false;
	}

	private static void householdColumns(PreparedStatement p, Rows r, String user, OffsetDateTime at)
			throws SQLException {
		p.setString(1, r.noKK());
		p.setString(2, r.desa());
		p.setString(3, r.kecamatan());
		p.setString(4, r.kabupaten());
		p.setString(5, r.facilitator());
		p.setString(6, r.status());
		p.setString(7, r.headName());
		p.setString(8, r.headNameUpper());
		p.setInt(9, r.memberCount());
		p.setString(10, r.hash());
		p.setBytes(11, r.content());
		p.setString(12, user);
		p.setObject(13, at);
		flagColumns(p, 14, r.flags());
		p.setString(18, r.searchKeys());
	}

	private static void flagColumns(PreparedStatement p, int first, Rows.Flags f) throws SQLException {
		p.setBoolean(first, f.pregnant());
		p.setBoolean(first + 1, f.sanctioned());
		p.setBoolean(first + 2, f.referralOpen());
		p.setString(first + 3, f.lastVerified());
	}

	/** Queues the update of a household's case-work conditions and search keys (re-indexing). */
	void replaceFlags(String kpmId, Rows.Flags flags, String searchKeys) throws SQLException {
		flagColumns(updateFlags, 1, flags);
		updateFlags.setString(5, searchKeys);
		updateFlags.setString(6, kpmId);
		updateFlags.addBatch();
		pendingFlags = true;
	}

	private void indexRows(Rows r) throws SQLException {
		for (Rows.MemberRow m : r.members()) {
			insertMember.setString(1, r.kpmId());
			insertMember.setInt(2, m.pos());
			insertMember.setString(3, m.nik());
			insertMember.setString(4, m.name());
			insertMember.setString(5, m.sex());
			insertMember.setObject(6, m.birthDate());
			insertMember.addBatch();
		}
		for (Rows.ChildRow ch : r.children()) {
			queueChild(r.kpmId(), r.desa(), r.kecamatan(), r.kabupaten(), ch);
		}
	}

	/** Queues the replacement of a household's growth index rows (re-indexing). */
	void replaceChildren(String kpmId, String desa, String kecamatan, String kabupaten, Iterable<Rows.ChildRow> children)
			throws SQLException {
		deleteChildren.setString(1, kpmId);
		deleteChildren.addBatch();
		pendingDeletes = true;
		for (Rows.ChildRow ch : children) {
			queueChild(kpmId, desa, kecamatan, kabupaten, ch);
			pendingInserts = true;
		}
	}

	private void queueChild(String kpmId, String desa, String kecamatan, String kabupaten, Rows.ChildRow ch)
			throws SQLException {
		insertChild.setString(1, kpmId);
		insertChild.setInt(2, ch.pos());
		insertChild.setString(3, ch.nik());
		insertChild.setString(4, ch.name());
		insertChild.setString(5, ch.sex());
		insertChild.setObject(6, ch.birthDate());
		insertChild.setString(7, desa);
		insertChild.setString(8, kecamatan);
		insertChild.setString(9, kabupaten);
		insertChild.setObject(10, ch.measuredOn());
		setDouble(insertChild, 11, ch.zlen());
		setDouble(insertChild, 12, ch.zwei());
		setDouble(insertChild, 13, ch.zwfl());
		insertChild.setString(14, ch.stunting());
		insertChild.addBatch();
	}

	private static void setDouble(PreparedStatement p, int index, Double value) throws SQLException {
		if (value == null) {
			p.setNull(index, Types.DOUBLE);
		} else {
			p.setDouble(index, value);
		}
	}

	@Override
	public void close() throws SQLException {
		for (PreparedStatement p : new PreparedStatement[] { insertHousehold, updateHousehold, deleteMembers,
				deleteChildren, insertMember, insertChild, insertAudit, updateFlags }) {
			p.close();
		}
	}
}
