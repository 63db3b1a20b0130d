package org.harapan.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.harapan.model.Household;
import org.harapan.store.HouseholdQuery;

/**
 * Recomputes the growth index ({@code child_growth}) and the case-work conditions and search keys of every household with the store's indexer, as of today:
 * streams the households ({@link HouseholdStream}) and replaces their index rows a batch at a time, one
 * transaction per batch. Versions, content and audit trail stay as they are.
 */
final class Reindexer {

	private static final int BATCH = 500;

	/** A reindex (asked for, or at the first open after an upgrade) does not wait for other reads. */
	private static final InteractiveFirst NO_PAUSE = new InteractiveFirst(0);

	private final JdbcCaseStore store;
	private final List<Household> batch = new ArrayList<>(BATCH);
	private final LocalDate today;
	private long done;

	Reindexer(JdbcCaseStore store) {
		this.store = store;
		this.today = store.today();
	}

	long reindex(IProgressMonitor monitor) {
		new HouseholdStream(store, HouseholdQuery.all(), store.pageSize(), NO_PAUSE).forEach(h -> {
			batch.add(h);
			if (batch.size() == BATCH) {
				write();
			}
		}, monitor);
		write();
		return done;
	}

	private void write() {
		if (batch.isEmpty()) {
			return;
		}
		List<List<Rows.ChildRow>> children = new ArrayList<>(batch.size());
		for (Household h : batch) {
			children.add(Rows.children(h, store.indexer(), today));
		}
		synchronized (store) {
			try {
				RowWriter writer = store.writer();
				for (int i = 0; i < batch.size(); i++) {
					Household h = batch.get(i);
					writer.replaceChildren(h.getKpmId(), h.getDesaCode(), h.kecamatanCode(), h.kabupatenCode(),
							children.get(i));
					writer.replaceFlags(h.getKpmId(), Rows.Flags.of(h), SearchText.keys(h));
				}
				writer.flush();
				store.commitWrites();
			} catch (SQLException e) {
				store.rollback();
				throw store.failure("Re-indexing households", e); //$NON-NLS-1$
			}
		}
		done += batch.size();
		batch.clear();
	}

	/**
	 * Re-indexes every household when some have no case-work conditions or search keys yet (stored before the
	 * schema had them).
	 *
	 * @return whether it re-indexed
	 */
	static boolean completeIndex(JdbcCaseStore store, IProgressMonitor monitor) {
		boolean missing;
		synchronized (store) {
			missing = store.run(() -> {
				try (java.sql.Statement s = store.connection().createStatement();
						ResultSet r = s.executeQuery("SELECT kpm_id FROM household " //$NON-NLS-1$
								+ "WHERE pregnant IS NULL OR search_keys IS NULL LIMIT 1")) { //$NON-NLS-1$
					return r.next();
				}
			});
		}
		if (missing) {
			store.reindex(monitor);
		}
		return missing;
	}
}
