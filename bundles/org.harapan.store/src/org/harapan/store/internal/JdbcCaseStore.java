package org.harapan.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.harapan.model.Household;
import org.harapan.store.AuditEntry;
import org.harapan.store.AuditEvent;
import org.harapan.store.AuditQuery;
import org.harapan.store.BulkResult;
import org.harapan.store.CaseStore;
import org.harapan.store.ChildIndexer;
import org.harapan.store.ChildQuery;
import org.harapan.store.ChildSummary;
import org.harapan.store.DocumentStore;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSummary;
import org.harapan.store.RegionScope;
import org.harapan.store.SaveResult;
import org.harapan.store.StoreException;
import org.harapan.store.StoreInfo;
import org.harapan.store.StoreLocation;
import org.harapan.store.StoreStatistics;
import org.harapan.store.UserDirectory;

/**
 * A case store on one JDBC connection (H2 or PostgreSQL). Calls are serialized on this object; open one
 * store per session. Each save is one transaction; {@link #saveAll} is done by {@link BulkSaver}.
 */
public final class JdbcCaseStore implements CaseStore {

	private static final String SELECT_CONTENT = "SELECT version, content, desa_code FROM household WHERE kpm_id=?"; //$NON-NLS-1$
	/** Bulk-written households after which closing an embedded H2 store compacts its file. */
	static final int COMPACT_AFTER = 10_000;

	private final StoreLocation location;
	private final Dialect dialect;
	private Connection connection;
	private final int schemaVersion;
	private final ChildIndexer indexer;
	private final Clock clock;
	private RowWriter writer;
	private StoreQueries queries;
	private PreparedStatement selectContent;
	private RefusedSave refused;
	private java.sql.Statement checkpoint;
	private final JdbcDocumentStore documents;
	private int batchSize = 1000;
	private volatile int pageSize = 500;
	private long bulkWritten; // households written by saveAll since open
	private boolean closed;
	private final InteractiveFirst interactiveFirst; // shared by the stores of one service

	JdbcCaseStore(StoreLocation location, Dialect dialect, Connection connection, int schemaVersion,
			ChildIndexer indexer, Clock clock, InteractiveFirst interactiveFirst) throws SQLException {
		this.interactiveFirst = interactiveFirst;
		this.location = location;
		this.dialect = dialect;
		this.connection = connection;
		this.schemaVersion = schemaVersion;
		this.indexer = indexer;
		this.clock = clock;
		this.documents = new JdbcDocumentStore(this);
		prepare(RegionScope.ALL, SearchText.MAX_CANDIDATES);
	}

	/** Prepares the statements of this store on {@link #connection} for a session of {@code scope}. */
	private void prepare(RegionScope scope, int maxCandidates) throws SQLException {
		writer = new RowWriter(connection);
		queries = new StoreQueries(connection, dialect);
		if (!scope.isAll()) {
			queries.restrictTo(scope);
		}
		queries.setMaxCandidates(maxCandidates);
		selectContent = connection.prepareStatement(SELECT_CONTENT);
		refused = new RefusedSave(this, connection);
		checkpoint = Dialect.checkpointAfterCommit(location.jdbcUrl()) ? connection.createStatement() : null;
		dialect.applyScope(connection, scope);
	}

	/** The same session on a new connection after it was lost (the process serving a shared file ended). */
	private void reconnect(SQLException lost) {
		RegionScope scope = queries.scope();
		int max = queries.maxCandidates();
		StoreClosing.quietly(writer, queries, selectContent, refused, checkpoint, connection);
		try {
			connection = dialect.connect(location);
			prepare(scope, max);
		} catch (SQLException e) {
			e.addSuppressed(lost);
			throw failure("Connecting again", e); //$NON-NLS-1$
		}
	}

	/** Commits a transaction that wrote, durably enough that a killed process keeps it. */
	void commitWrites() throws SQLException {
		connection.commit();
		if (checkpoint != null) {
			checkpoint.execute("CHECKPOINT"); //$NON-NLS-1$
		}
	}

	/** Households per transaction in {@link #saveAll} (default 1,000). */
	public synchronized void setBatchSize(int households) {
		this.batchSize = Math.max(1, households);
	}

	/** Households per page in {@link #forEach} and {@link #reindex} (default 500). */
	public void setPageSize(int households) {
		this.pageSize = Math.max(1, households);
	}

	/**
	 * How many households a digit search may read by KPM id ({@link DigitSearchPlanner}; default
	 * {@link SearchText#MAX_CANDIDATES}; 0: every digit search on the household rows).
	 */
	public void setSearchCandidates(int households) {
		queries.setMaxCandidates(households);
	}

	int pageSize() {
		return pageSize;
	}

	@Override
	public synchronized StoreInfo info() {
		return run(() -> {
			var meta = connection.getMetaData();
			String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(); //$NON-NLS-1$
			return new StoreInfo(location, product, schemaVersion, queries.count(HouseholdQuery.all(), today()));
		});
	}

	@Override
	public synchronized Optional<Household> load(String kpmId) {
		return interactiveFirst.during(() -> run(() -> {
			selectContent.setString(1, kpmId);
			try (ResultSet r = selectContent.executeQuery()) {
				if (!r.next()) {
					return Optional.empty();
				}
				long version = r.getLong(1);
				if (!queries.scope().contains(r.getString(3))) {
					return Optional.empty(); // outside this session's regions: as if not stored
				}
				Household h = HouseholdCodec.decode(kpmId, r.getBytes(2));
				h.setVersion(version);
				return Optional.of(h);
			}
		}));
	}

	@Override
	public synchronized SaveResult save(Household household, String user, String change) {
		String kpmId = household.getKpmId();
		if (kpmId == null || kpmId.isBlank()) {
			return SaveResult.Invalid.of(kpmId, household, List.of("The household has no KPM id")); //$NON-NLS-1$
		}
		checkOpen();
		SaveResult.Invalid invalid = SingleSave.check(this, household);
		if (invalid != null) {
			return invalid;
		}
		try {
			return SingleSave.write(this, household, user, change);
		} catch (SQLException e) {
			rollback();
			if (Dialect.isUniqueViolation(e)) {
				return refused.uniqueViolation(household, household.getVersion(), e);
			}
			if (SharedFile.connectionLost(e)) {
				reconnect(e); // not saved; the next call works on a new connection
			}
			throw failure("Saving household " + kpmId, e); //$NON-NLS-1$
		}
	}

	@Override
	public synchronized BulkResult saveAll(Iterator<Household> households, String user, String change,
			IProgressMonitor monitor) {
		checkOpen();
		BulkResult result = new BulkSaver(this, connection, writer, batchSize).saveAll(households, user, change,
				monitor);
		bulkWritten += result.inserted() + result.updated();
		return result;
	}

	@Override
	public void forEach(HouseholdQuery query, Consumer<Household> action, IProgressMonitor monitor) {
		checkOpen();
		new HouseholdStream(this, query, pageSize(), interactiveFirst).forEach(action, monitor);
	}

	@Override
	public long reindex(IProgressMonitor monitor) {
		checkOpen();
		return new Reindexer(this).reindex(monitor);
	}

	@Override
	public DocumentStore documents() {
		checkOpen();
		return documents;
	}

	@Override
	public synchronized List<HouseholdSummary> find(HouseholdQuery query) {
		return interactiveFirst.during(() -> run(() -> queries.find(query, today())));
	}

	@Override
	public synchronized long count(HouseholdQuery query) {
		return interactiveFirst.during(() -> run(() -> queries.count(query, today())));
	}

	@Override
	public synchronized long count(HouseholdQuery query, long atMost) {
		return interactiveFirst.during(() -> run(() -> queries.count(query, today(), atMost)));
	}

	@Override
	public synchronized List<ChildSummary> findChildren(ChildQuery query) {
		return run(() -> queries.findChildren(query));
	}

	@Override
	public synchronized List<AuditEntry> history(String kpmId) {
		return run(() -> queries.history(kpmId));
	}

	@Override
	public synchronized Optional<String> householdOfNik(String nik) {
		return run(() -> queries.householdOfNikInScope(nik));
	}

	@Override
	public UserDirectory users() {
		return new JdbcUsers(this);
	}

	@Override
	public synchronized void restrictTo(RegionScope scope) {
		queries.restrictTo(scope);
		run(() -> dialect.applyScope(connection, scope)); // PostgreSQL's row-level security: the second wall
	}

	@Override
	public RegionScope scope() {
		return queries.scope();
	}

	@Override
	public synchronized Optional<String> storedDesa(String kpmId) {
		return run(() -> queries.storedDesa(kpmId));
	}

	@Override
	public void audit(String user, String action, String kpmId, String detail) {
		AuditRows.record(this, user, action, kpmId, detail);
	}

	@Override
	public List<AuditEvent> auditTrail(AuditQuery query) {
		return AuditRows.read(this, query);
	}

	@Override
	public synchronized StoreStatistics statistics() {
		return run(queries::statistics);
	}

	/** The SQL plan of a {@link HouseholdQuery} or a {@link ChildQuery} (for tests and diagnostics). */
	public synchronized String explain(Record query) {
		return run(() -> query instanceof ChildQuery c ? queries.explain(c) : queries.explain((HouseholdQuery) query));
	}

	/**
	 * Closes the connection. An embedded H2 file grows to several times its data during a large import (H2 keeps the
	 * old versions of rewritten index pages for 45 s), so after {@link #COMPACT_AFTER} bulk writes the store compacts
	 * the file when no other session uses it ({@link SharedFile#compactIfAlone}).
	 */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			connection.rollback();
			if (checkpoint != null && bulkWritten >= COMPACT_AFTER) {
				SharedFile.compactIfAlone(checkpoint);
			}
		} catch (SQLException e) {
			if (!SharedFile.connectionLost(e)) { // closing only rolls back
				throw failure("Closing the store", e); //$NON-NLS-1$
			}
		} finally {
			StoreClosing.quietly(writer, queries, selectContent, refused, checkpoint, connection);
		}
	}

	// ---- shared with BulkSaver

	ChildIndexer indexer() {
		return indexer;
	}

	Connection connection() {
		return connection;
	}

	RowWriter writer() {
		return writer;
	}

	RefusedSave refused() {
		return refused;
	}

	Clock clock() {
		return clock;
	}

	Dialect dialect() {
		return dialect;
	}

	StoreQueries queries() {
		return queries;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

	void rollback() {
		try {
			writer.clear();
			connection.rollback();
		} catch (SQLException e) {
			// the connection is broken; the next call reports it
		}
	}

	StoreException failure(String what, SQLException e) {
		return new StoreException(what + " in the store at " + location + " failed: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void checkOpen() {
		if (closed) {
			throw new StoreException("The store at " + location + " is closed"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	interface SqlCall<T> {
		T call() throws SQLException;
	}

	/** Runs {@code call} as one transaction; on a lost connection it connects again and runs it once more. */
	<T> T run(SqlCall<T> call) {
		checkOpen();
		for (boolean again = false;; again = true) {
			try {
				return SharedFile.waitingWhileExclusive(() -> {
					try {
						T result = call.call();
						connection.commit();
						return result;
					} catch (SQLException e) {
						rollback();
						throw e;
					}
				});
			} catch (SQLException e) {
				if (again || !SharedFile.connectionLost(e)) {
					throw failure("A query", e); //$NON-NLS-1$
				}
				reconnect(e);
			}
		}
	}
}
