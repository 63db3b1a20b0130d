package org.harapan.store.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.harapan.store.DocumentAudit;
import org.harapan.store.DocumentInfo;
import org.harapan.store.DocumentResult;
import org.harapan.store.DocumentState;
import org.harapan.store.DocumentStore;
import org.harapan.store.StoredDocument;

/** The documents of a {@link JdbcCaseStore}, on its connection and under its lock. */
final class JdbcDocumentStore implements DocumentStore {

	private static final String COLUMNS = "kind, doc_id, version, state, effective_from, title, based_on, " //$NON-NLS-1$
			+ "saved_by, saved_at, published_by, published_at"; //$NON-NLS-1$
	private static final String SAVED = "saved"; //$NON-NLS-1$
	private static final String PUBLISHED = "published"; //$NON-NLS-1$

	private final JdbcCaseStore store;

	JdbcDocumentStore(JdbcCaseStore store) {
		this.store = store;
	}

	@Override
	public List<DocumentInfo> list(String kind) {
		synchronized (store) {
			return store.run(() -> infos("SELECT " + COLUMNS + " FROM document WHERE kind=? ORDER BY doc_id, version", //$NON-NLS-1$ //$NON-NLS-2$
					kind));
		}
	}

	@Override
	public List<DocumentInfo> versions(String kind, String id) {
		synchronized (store) {
			return store.run(() -> infos("SELECT " + COLUMNS //$NON-NLS-1$
					+ " FROM document WHERE kind=? AND doc_id=? ORDER BY version", kind, id)); //$NON-NLS-1$
		}
	}

	@Override
	public Optional<StoredDocument> load(String kind, String id, int version) {
		synchronized (store) {
			return store.run(() -> {
				try (PreparedStatement s = store.connection().prepareStatement("SELECT " + COLUMNS //$NON-NLS-1$
						+ ", content FROM document WHERE kind=? AND doc_id=? AND version=?")) { //$NON-NLS-1$
					s.setString(1, kind);
					s.setString(2, id);
					s.setInt(3, version);
					try (ResultSet r = s.executeQuery()) {
						return r.next() ? Optional.of(new StoredDocument(info(r), r.getBytes(12))) : Optional.empty();
					}
				}
			});
		}
	}

	@Override
	public DocumentResult saveDraft(DocumentInfo info, byte[] content, String user, String change) {
		synchronized (store) {
			return store.run(() -> {
				Optional<DocumentInfo> stored = one(info.kind(), info.id(), info.version());
				if (stored.isPresent() && stored.get().isPublished()) {
					return DocumentResult.refused(NLS.bind(Messages.documentPublished, name(info)));
				}
				OffsetDateTime at = store.now();
				String sql = stored.isPresent()
						? "UPDATE document SET title=?, based_on=?, saved_by=?, saved_at=?, content_hash=?, content=? " //$NON-NLS-1$
								+ "WHERE kind=? AND doc_id=? AND version=? AND state='draft'" //$NON-NLS-1$
						: "INSERT INTO document (title, based_on, saved_by, saved_at, content_hash, content, " //$NON-NLS-1$
								+ "kind, doc_id, version, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft')"; //$NON-NLS-1$
				int rows;
				try (PreparedStatement s = store.connection().prepareStatement(sql)) {
					s.setString(1, info.title());
					s.setString(2, info.basedOn() == null ? "" : info.basedOn()); //$NON-NLS-1$
					s.setString(3, user);
					s.setObject(4, at);
					s.setString(5, hash(content));
					s.setBytes(6, content);
					key(s, 7, info.kind(), info.id(), info.version());
					rows = s.executeUpdate();
				} catch (SQLException e) {
					if (Dialect.isUniqueViolation(e)) {
						store.rollback();
						return DocumentResult.refused(NLS.bind(Messages.documentStoredMeanwhile, name(info)));
					}
					throw e;
				}
				if (rows != 1) {
					store.rollback();
					return DocumentResult.refused(NLS.bind(Messages.documentPublished, name(info)));
				}
				return written(info.kind(), info.id(), info.version(), SAVED, user, at, change);
			});
		}
	}

	@Override
	public DocumentResult publish(String kind, String id, int version, LocalDate effectiveFrom, byte[] content,
			String user) {
		synchronized (store) {
			return store.run(() -> {
				OffsetDateTime at = store.now();
				int rows;
				try (PreparedStatement s = store.connection().prepareStatement("UPDATE document SET state='published', " //$NON-NLS-1$
						+ "effective_from=?, published_by=?, published_at=?, content_hash=?, content=? " //$NON-NLS-1$
						+ "WHERE kind=? AND doc_id=? AND version=? AND state='draft'")) { //$NON-NLS-1$
					s.setObject(1, effectiveFrom);
					s.setString(2, user);
					s.setObject(3, at);
					s.setString(4, hash(content));
					s.setBytes(5, content);
					key(s, 6, kind, id, version);
					rows = s.executeUpdate();
				}
				if (rows != 1) {
					String name = kind + " " + id + " " + version; //$NON-NLS-1$ //$NON-NLS-2$
					return DocumentResult.refused(one(kind, id, version).isPresent()
							? NLS.bind(Messages.documentPublished, name)
							: NLS.bind(Messages.documentMissing, name));
				}
				return written(kind, id, version, PUBLISHED, user, at, "effective from " + effectiveFrom); //$NON-NLS-1$
			});
		}
	}

	@Override
	public List<DocumentAudit> history(String kind, String id) {
		synchronized (store) {
			return store.run(() -> {
				List<DocumentAudit> result = new ArrayList<>();
				try (PreparedStatement s = store.connection().prepareStatement("SELECT version, action, user_name, changed_at, " //$NON-NLS-1$
						+ "change_text FROM document_audit WHERE kind=? AND doc_id=? ORDER BY id")) { //$NON-NLS-1$
					s.setString(1, kind);
					s.setString(2, id);
					try (ResultSet r = s.executeQuery()) {
						while (r.next()) {
							OffsetDateTime at = r.getObject(4, OffsetDateTime.class);
							result.add(new DocumentAudit(kind, id, r.getInt(1), r.getString(2), r.getString(3),
									at == null ? null : at.toInstant(), r.getString(5)));
						}
					}
				}
				return result;
			});
		}
	}

	/** Writes the audit row, commits and returns the stored metadata. */
	private DocumentResult written(String kind, String id, int version, String action, String user, OffsetDateTime at,
			String change) throws SQLException {
		try (PreparedStatement s = store.connection().prepareStatement("INSERT INTO document_audit (kind, doc_id, version, " //$NON-NLS-1$
				+ "action, user_name, changed_at, change_text) VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			key(s, 1, kind, id, version);
			s.setString(4, action);
			s.setString(5, user);
			s.setObject(6, at);
			s.setString(7, change == null ? null : change.length() > 2000 ? change.substring(0, 2000) : change);
			s.executeUpdate();
		}
		DocumentInfo info = one(kind, id, version).orElseThrow();
		store.commitWrites();
		return DocumentResult.written(info);
	}

	private Optional<DocumentInfo> one(String kind, String id, int version) throws SQLException {
		List<DocumentInfo> found = infos("SELECT " + COLUMNS //$NON-NLS-1$
				+ " FROM document WHERE kind=? AND doc_id=? AND version=?", kind, id, version); //$NON-NLS-1$
		return found.stream().findFirst();
	}

	private List<DocumentInfo> infos(String sql, Object... parameters) throws SQLException {
		List<DocumentInfo> result = new ArrayList<>();
		try (PreparedStatement s = store.connection().prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				s.setObject(i + 1, parameters[i]);
			}
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					result.add(info(r));
				}
			}
		}
		return result;
	}

	private static DocumentInfo info(ResultSet r) throws SQLException {
		OffsetDateTime saved = r.getObject(9, OffsetDateTime.class);
		OffsetDateTime published = r.getObject(11, OffsetDateTime.class);
		return new DocumentInfo(r.getString(1), r.getString(2), r.getInt(3), DocumentState.of(r.getString(4)),
				r.getObject(5, LocalDate.class), r.getString(6), r.getString(7), r.getString(8),
				saved == null ? null : saved.toInstant(), r.getString(10),
				published == null ? null : published.toInstant());
	}

	private static void key(PreparedStatement s, int first, String kind, String id, int version) throws SQLException {
		s.setString(first, kind);
		s.setString(first + 1, id);
		s.setInt(first + 2, version);
	}

	private static String name(DocumentInfo info) {
		return info.kind() + " " + info.id() + " " + info.version(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String hash(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
