package org.harapan.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.harapan.model.Household;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreException;

/**
 * Streams the households of a query in id order, in three stages on three threads: a reader thread fetches pages
 * of serialized households (one keyset query per page, {@code kpm_id > last ORDER BY kpm_id}, with a JDBC fetch
 * size of a page; each page holds the store's lock only while it is read), a decoder thread inflates and decodes
 * them into EMF trees, and the calling thread hands them to the action. At most a few pages wait between stages,
 * so memory stays small whatever the number of households.
 */
final class HouseholdStream {

	private static final int AHEAD = 4;

	private record Raw(String kpmId, long version, byte[] content) {
	}

	private static final Object END = new Object();

	private final JdbcCaseStore store;
	private final HouseholdQuery query;
	private final int pageSize;
	private final BlockingQueue<Object> raw = new ArrayBlockingQueue<>(AHEAD);
	private final BlockingQueue<Object> decoded = new ArrayBlockingQueue<>(AHEAD);
	private volatile boolean stopped;

	HouseholdStream(JdbcCaseStore store, HouseholdQuery query, int pageSize) {
		this.store = store;
		this.query = query;
		this.pageSize = pageSize;
	}

	/** Streams every matching household to {@code action} on this thread. */
	@SuppressWarnings("unchecked")
	void forEach(Consumer<Household> action, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading households", IProgressMonitor.UNKNOWN); //$NON-NLS-1$
		Thread reader = start("Harapan store: reading households", this::read); //$NON-NLS-1$
		Thread decoder = start("Harapan store: decoding households", this::decode); //$NON-NLS-1$
		try {
			long done = 0;
			for (Object item = take(decoded); item != END; item = take(decoded)) {
				rethrow(item);
				for (Household h : (List<Household>) item) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					action.accept(h);
				}
				done += ((List<Household>) item).size();
				progress.setWorkRemaining(1000).split(1);
				progress.subTask(done + " households"); //$NON-NLS-1$
			}
		} finally {
			stopped = true;
			raw.clear();
			decoded.clear();
			join(reader);
			join(decoder);
			progress.done();
		}
	}

	private void read() {
		try {
			String last = null;
			long remaining = query.limit() < Integer.MAX_VALUE ? Math.max(0, query.limit()) : Long.MAX_VALUE;
			while (!stopped && remaining > 0) {
				List<Raw> page = page(last, (int) Math.min(pageSize, remaining));
				if (page.isEmpty()) {
					break;
				}
				put(raw, page);
				last = page.get(page.size() - 1).kpmId();
				remaining -= page.size();
				if (page.size() < pageSize) {
					break;
				}
			}
			put(raw, END);
		} catch (Throwable t) {
			put(raw, t);
		}
	}

	private List<Raw> page(String after, int size) throws SQLException {
		StoreQueries.Sql where = StoreQueries.where(query);
		String sql = "SELECT h.kpm_id, h.version, h.content" + where.text() //$NON-NLS-1$
				+ (after == null ? "" : " AND h.kpm_id>?") + " ORDER BY h.kpm_id LIMIT " + size; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<Raw> result = new ArrayList<>(size);
		synchronized (store) {
			try (PreparedStatement s = store.connection().prepareStatement(sql)) {
				int i = 1;
				for (Object p : where.parameters()) {
					s.setObject(i++, p);
				}
				if (after != null) {
					s.setString(i, after);
				}
				s.setFetchSize(size);
				try (ResultSet r = s.executeQuery()) {
					while (r.next()) {
						result.add(new Raw(r.getString(1), r.getLong(2), r.getBytes(3)));
					}
				}
				store.connection().commit();
			} catch (SQLException e) {
				store.rollback();
				throw store.failure("Reading households", e); //$NON-NLS-1$
			}
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private void decode() {
		try {
			for (Object item = take(raw); item != END; item = take(raw)) {
				rethrow(item);
				List<Raw> page = (List<Raw>) item;
				List<Household> households = new ArrayList<>(page.size());
				for (Raw r : page) {
					Household h = HouseholdCodec.decode(r.kpmId(), r.content());
					h.setVersion(r.version());
					households.add(h);
				}
				put(decoded, households);
			}
			put(decoded, END);
		} catch (Throwable t) {
			put(decoded, t);
		}
	}

	private Thread start(String name, Runnable task) {
		Thread t = new Thread(task, name);
		t.setDaemon(true);
		t.start();
		return t;
	}

	private void put(BlockingQueue<Object> queue, Object item) {
		try {
			while (!stopped && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
				// the next stage is busy: wait
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			stopped = true;
		}
	}

	private Object take(BlockingQueue<Object> queue) {
		try {
			Object item = null;
			while (item == null) {
				if (stopped) {
					return END;
				}
				item = queue.poll(100, TimeUnit.MILLISECONDS);
			}
			return item;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}

	private static void rethrow(Object item) {
		if (item instanceof RuntimeException e) {
			throw e;
		}
		if (item instanceof Error e) {
			throw e;
		}
		if (item instanceof Throwable t) {
			throw new StoreException("Reading households failed: " + t.getMessage(), t); //$NON-NLS-1$
		}
	}

	private static void join(Thread t) {
		try {
			t.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
