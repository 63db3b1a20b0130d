package org.harapan.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.harapan.model.Household;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreException;

/**
 * Streams the households of a query in id order. A reader thread fetches pages of serialized households (one
 * keyset query per page, {@code kpm_id > last ORDER BY kpm_id}, with a JDBC fetch size of a page; each page holds
 * the store's lock only while it is read) and hands each page to a pool of decoder threads (one per processor:
 * inflating and decoding the EMF trees is most of the work); the calling thread takes the decoded pages in order
 * and gives their households to the action. At most a few pages are ahead, so memory stays small whatever the
 * number of households. All three wait between households while a read a user waits for runs ({@link InteractiveFirst}).
 */
final class HouseholdStream {

	private record Raw(String kpmId, long version, byte[] content) {
	}

	private static final Object END = new Object();

	private final JdbcCaseStore store;
	private final HouseholdQuery query;
	private final int pageSize;
	/** Between households the stream waits while a read a user waits for runs. */
	private final InteractiveFirst interactiveFirst;
	private final int decoders = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
	private final BlockingQueue<Object> pages = new ArrayBlockingQueue<>(2 * decoders + 1);
	private volatile boolean stopped;

	HouseholdStream(JdbcCaseStore store, HouseholdQuery query, int pageSize, InteractiveFirst interactiveFirst) {
		this.store = store;
		this.interactiveFirst = interactiveFirst;
		this.query = query;
		this.pageSize = pageSize;
	}

	/** Streams every matching household to {@code action} on this thread. */
	@SuppressWarnings("unchecked")
	void forEach(Consumer<Household> action, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading households", IProgressMonitor.UNKNOWN); //$NON-NLS-1$
		ExecutorService pool = Executors.newFixedThreadPool(decoders, task -> {
			Thread t = new Thread(task, "Harapan store: decoding households"); //$NON-NLS-1$
			t.setDaemon(true);
			return t;
		});
		Thread reader = new Thread(() -> read(pool), "Harapan store: reading households"); //$NON-NLS-1$
		reader.setDaemon(true);
		reader.start();
		try {
			long done = 0;
			for (Object item = take(); item != END; item = take()) {
				List<Household> page = result(item);
				for (Household h : page) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					interactiveFirst.pause();
					action.accept(h);
				}
				done += page.size();
				progress.setWorkRemaining(1000).split(1);
				progress.subTask(done + " households"); //$NON-NLS-1$
			}
		} finally {
			stopped = true;
			pages.forEach(item -> {
				if (item instanceof Future<?> f) {
					f.cancel(false);
				}
			});
			pages.clear();
			pool.shutdownNow();
			join(reader);
			progress.done();
		}
	}

	private void read(ExecutorService pool) {
		try {
			String last = null;
			long remaining = query.limit() < Integer.MAX_VALUE ? Math.max(0, query.limit()) : Long.MAX_VALUE;
			while (!stopped && remaining > 0) {
				interactiveFirst.pause();
				List<Raw> page = page(last, (int) Math.min(pageSize, remaining));
				if (page.isEmpty()) {
					break;
				}
				put(pool.submit(() -> decode(page)));
				last = page.get(page.size() - 1).kpmId();
				remaining -= page.size();
				if (page.size() < pageSize) {
					break;
				}
			}
			put(END);
		} catch (Throwable t) {
			put(t);
		}
	}

	private List<Raw> page(String after, int size) {
		StoreQueries.Sql where = store.queries().where(query);
		String sql = "SELECT h.kpm_id, h.version, h.content" + where.text() //$NON-NLS-1$
				+ (after == null ? "" : " AND h.kpm_id>?") + " ORDER BY h.kpm_id LIMIT " + size; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		synchronized (store) { // a page is one query of the store (connected again when its connection was lost)
			return store.run(() -> {
				List<Raw> result = new ArrayList<>(size);
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
				}
				return result;
			});
		}
	}

	private List<Household> decode(List<Raw> page) {
		List<Household> households = new ArrayList<>(page.size());
		for (Raw r : page) {
			interactiveFirst.pause();
			Household h = HouseholdCodec.decode(r.kpmId(), r.content());
			h.setVersion(r.version());
			households.add(h);
		}
		return households;
	}

	private void put(Object item) {
		try {
			while (!stopped && !pages.offer(item, 100, TimeUnit.MILLISECONDS)) {
				// the caller is busy: wait
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			stopped = true;
		}
		if (stopped && item instanceof Future<?> f) {
			f.cancel(false);
		}
	}

	private Object take() {
		try {
			return pages.take();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}

	/** The decoded page of a queue item, or what went wrong thrown. */
	@SuppressWarnings("unchecked")
	private static List<Household> result(Object item) {
		try {
			if (item instanceof Future<?> f) {
				return (List<Household>) f.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		} catch (ExecutionException e) {
			item = e.getCause();
		}
		if (item instanceof RuntimeException e) {
			throw e;
		}
		if (item instanceof Error e) {
			throw e;
		}
		Throwable t = (Throwable) item;
		throw new StoreException("Reading households failed: " + t.getMessage(), t); //$NON-NLS-1$
	}

	private static void join(Thread t) {
		try {
			t.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
