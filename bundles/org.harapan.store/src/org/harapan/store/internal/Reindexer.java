package org.harapan.store.internal;

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

	private final JdbcCaseStore store;
	private final List<Household> batch = new ArrayList<>(BATCH);
	private final LocalDate today;
	private long done;

	Reindexer(JdbcCaseStore store) {
		this.store = store;
		this.today = store.today();
	}

	long reindex(IProgressMonitor monitor) {
		new HouseholdStream(store, HouseholdQuery.all(), store.pageSize()).forEach(h -> {
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
}
