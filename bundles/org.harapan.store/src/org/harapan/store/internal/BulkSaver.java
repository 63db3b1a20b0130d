package org.harapan.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.harapan.model.Household;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.harapan.model.HarapanPackage;
import org.harapan.model.Member;
import org.harapan.store.BulkResult;
import org.harapan.store.RegionScope;
import org.harapan.store.SaveResult;

/**
 * Saves many households in batches, one transaction per batch. A {@link BatchPreparer} thread reads the
 * households and validates and serializes them (everything that needs no database) while this thread
 * writes the previous batch: it reads the stored versions, content hashes and NIK holders of the batch
 * with a few queries, checks what depends on them and on order, and writes the rows with JDBC batches.
 * A batch that fails in the database is rolled back and saved again one household at a time through the
 * single save path, so one bad household does not cost its neighbours.
 */
final class BulkSaver {

	private static final int IN_CHUNK = 500;

	private final JdbcCaseStore store;
	private final Connection connection;
	private final RowWriter writer;
	private final int batchSize;
	private long inserted;
	private long updated;
	private long unchanged;
	private final List<SaveResult> rejected = new ArrayList<>();

	BulkSaver(JdbcCaseStore store, Connection connection, RowWriter writer, int batchSize) {
		this.store = store;
		this.connection = connection;
		this.writer = writer;
		this.batchSize = batchSize;
	}

	BulkResult saveAll(Iterator<Household> households, String user, String change, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, "Saving households", 1000); //$NON-NLS-1$
		long done = 0;
		try (BatchPreparer preparer = new BatchPreparer(households, batchSize, store.indexer(), store.clock())) {
			for (List<BatchPreparer.Prepared> batch = preparer.next(); batch != null; batch = preparer.next()) {
				saveBatch(batch, user, change);
				done += batch.size();
				sub.setWorkRemaining(1000);
				sub.split(1);
				sub.subTask(done + " households"); //$NON-NLS-1$
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
		return new BulkResult(inserted, updated, unchanged, List.copyOf(rejected));
	}

	private record Stored(long version, String hash, String desa) {
	}

	private void saveBatch(List<BatchPreparer.Prepared> batch, String user, String change) {
		try {
			Map<String, Stored> stored = stored(batch);
			Map<String, String> holders = nikHolders(batch);
			OffsetDateTime at = store.now();
			List<Household> written = new ArrayList<>();
			List<Long> versions = new ArrayList<>();
			Map<String, String> seen = new HashMap<>();
			long[] counts = new long[3];
			List<SaveResult> problems = new ArrayList<>();
			for (BatchPreparer.Prepared p : batch) {
				Household h = p.household();
				String id = p.id();
				Diagnostic taken = takenNik(h, id, holders);
				if (!p.errors().isEmpty() || taken != null) {
					problems.add(invalid(p, taken));
					continue;
				}
				Rows rows = p.rows();
				String previous = seen.putIfAbsent(id, rows.hash());
				if (previous != null) {
					if (previous.equals(rows.hash())) {
						counts[2]++;
					} else {
						problems.add(SaveResult.Invalid.of(id, h,
								List.of("the household occurs twice with different content"))); //$NON-NLS-1$
					}
					continue;
				}
				Stored s = stored.get(id);
				RegionScope scope = store.scope();
				if (!scope.contains(rows.desa()) || s != null && !scope.contains(s.desa())) {
					problems.add(SaveResult.Invalid.of(id, h,
							List.of("outside the regions of this session (" + scope + ")"))); //$NON-NLS-1$ //$NON-NLS-2$
					continue;
				}
				if (s == null) {
					writer.insert(rows, user, at);
					writer.audit(id, 1, user, at, change);
					written.add(h);
					versions.add(1L);
					counts[0]++;
				} else if (s.hash().equals(rows.hash())) {
					h.setVersion(s.version());
					counts[2]++;
				} else if (writer.update(rows, s.version(), user, at)) {
					writer.audit(id, s.version() + 1, user, at, change);
					written.add(h);
					versions.add(s.version() + 1);
					counts[1]++;
				} else {
					problems.add(SaveResult.Invalid.of(id, h,
							List.of("changed by someone else during the import; not overwritten"))); //$NON-NLS-1$
					continue;
				}
				// later households of this batch must not take this household's NIKs
				for (Member m : h.getMembers()) {
					if (m.getNik() != null && !m.getNik().isBlank()) {
						holders.put(m.getNik(), id);
					}
				}
			}
			writer.flush();
			store.commitWrites();
			for (int i = 0; i < written.size(); i++) {
				written.get(i).setVersion(versions.get(i));
			}
			inserted += counts[0];
			updated += counts[1];
			unchanged += counts[2];
			rejected.addAll(problems);
		} catch (SQLException e) {
			store.rollback();
			for (BatchPreparer.Prepared p : batch) {
				saveOne(p, user, change, batch.size() == 1 ? e : null);
			}
		}
	}

	/** An error about the member whose NIK belongs to another household (stored or earlier in the batch). */
	private static Diagnostic takenNik(Household h, String id, Map<String, String> holders) {
		for (Member m : h.getMembers()) {
			String other = m.getNik() == null ? null : holders.get(m.getNik());
			if (other != null && !other.equals(id)) {
				return new BasicDiagnostic(Diagnostic.ERROR, SaveResult.DIAGNOSTIC_SOURCE, 0,
						"NIK of member " + m.getName() + ": " + m.getNik() //$NON-NLS-1$ //$NON-NLS-2$
								+ " is already registered in KPM (household) " + other + ".", //$NON-NLS-1$ //$NON-NLS-2$
						new Object[] { m, HarapanPackage.Literals.MEMBER__NIK });
			}
		}
		return null;
	}

	/** The refusal of a household with validation errors and/or a NIK taken by another household. */
	private static SaveResult.Invalid invalid(BatchPreparer.Prepared p, Diagnostic taken) {
		List<String> errors = new ArrayList<>(p.errors());
		BasicDiagnostic d = new BasicDiagnostic(SaveResult.DIAGNOSTIC_SOURCE, 0, p.id(),
				new Object[] { p.household() });
		if (p.diagnostic() != null) {
			d.merge(p.diagnostic());
		} else {
			p.errors().forEach(e -> d.add(new BasicDiagnostic(Diagnostic.ERROR, SaveResult.DIAGNOSTIC_SOURCE, 0, e,
					new Object[] { p.household() })));
		}
		if (taken != null) {
			errors.add(taken.getMessage());
			d.add(taken);
		}
		return new SaveResult.Invalid(p.id(), errors, d);
	}

	/** The single save path for a household whose batch failed: it validates again and reports conflicts. */
	private void saveOne(BatchPreparer.Prepared p, String user, String change, SQLException cause) {
		if (!p.errors().isEmpty()) {
			rejected.add(invalid(p, null));
			return;
		}
		Household h = p.household();
		long before = h.getVersion();
		SaveResult r = store.save(h, user, change);
		switch (r) {
			case SaveResult.Saved s when s.version() == 1 && before == 0 -> inserted++;
			case SaveResult.Saved s when s.version() != before -> updated++;
			case SaveResult.Saved s -> unchanged++;
			case SaveResult.Conflict c -> rejected.add(c);
			case SaveResult.Invalid i -> rejected.add(cause == null ? i
					: new SaveResult.Invalid(i.kpmId(), append(i.problems(), cause.getMessage()), i.diagnostic()));
		}
	}

	private static List<String> append(List<String> list, String more) {
		List<String> result = new ArrayList<>(list);
		result.add("(" + more + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		return result;
	}

	private Map<String, Stored> stored(List<BatchPreparer.Prepared> batch) throws SQLException {
		List<String> ids = new ArrayList<>(batch.size());
		for (BatchPreparer.Prepared p : batch) {
			if (p.id() != null && p.errors().isEmpty()) {
				ids.add(p.id());
			}
		}
		Map<String, Stored> result = new HashMap<>();
		select("SELECT kpm_id, version, content_hash, desa_code FROM household WHERE kpm_id IN ", ids, //$NON-NLS-1$
				r -> result.put(r.getString(1), new Stored(r.getLong(2), r.getString(3), r.getString(4))));
		return result;
	}

	private Map<String, String> nikHolders(List<BatchPreparer.Prepared> batch) throws SQLException {
		List<String> niks = new ArrayList<>();
		for (BatchPreparer.Prepared p : batch) {
			for (Member m : p.household().getMembers()) {
				if (m.getNik() != null && !m.getNik().isBlank()) {
					niks.add(m.getNik());
				}
			}
		}
		Map<String, String> result = new HashMap<>();
		select("SELECT nik, kpm_id FROM member WHERE nik IN ", niks, r -> result.put(r.getString(1), r.getString(2))); //$NON-NLS-1$
		return result;
	}

	private interface RowHandler {
		void row(ResultSet r) throws SQLException;
	}

	/** Runs {@code sql (?, ?, …)} over the keys in chunks. */
	private void select(String sql, Collection<String> keys, RowHandler handler) throws SQLException {
		List<String> all = new ArrayList<>(keys);
		for (int from = 0; from < all.size(); from += IN_CHUNK) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
			StringBuilder q = new StringBuilder(sql).append('(');
			for (int i = 0; i < chunk.size(); i++) {
				q.append(i == 0 ? "?" : ",?"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			q.append(')');
			try (PreparedStatement p = connection.prepareStatement(q.toString())) {
				for (int i = 0; i < chunk.size(); i++) {
					p.setString(i + 1, chunk.get(i));
				}
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						handler.row(r);
					}
				}
			}
		}
	}
}
