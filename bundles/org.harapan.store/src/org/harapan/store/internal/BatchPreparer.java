package org.harapan.store.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.Diagnostic;
import org.harapan.model.Household;
import org.harapan.model.validation.HouseholdValidation;
import org.harapan.store.ChildIndexer;

/**
 * Reads households from an iterator on a thread of its own, in batches, and does for each what needs no
 * database: validation (all rules but NIK uniqueness across households, which the writer checks against
 * the store) and serialization into {@link Rows}. At most two prepared batches wait, so an import streams.
 * The iterator is consumed on that thread; {@link #close()} waits for it to end.
 */
final class BatchPreparer implements AutoCloseable {

	record Prepared(Household household, String id, List<String> errors, Diagnostic diagnostic, Rows rows) {
	}

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
	private final Thread thread;
	private volatile boolean stopped;
	private boolean ended;

	BatchPreparer(Iterator<Household> households, int batchSize, ChildIndexer indexer, Clock clock) {
		Map<Object, Object> context = HouseholdValidation.context(null, clock);
		thread = new Thread(() -> run(households, batchSize, indexer, clock, context),
				"Harapan store: preparing households"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
	}

	private void run(Iterator<Household> households, int batchSize, ChildIndexer indexer, Clock clock,
			Map<Object, Object> context) {
		try {
			LocalDate today = LocalDate.now(clock);
			List<Prepared> batch = new ArrayList<>(batchSize);
			while (!stopped && households.hasNext()) {
				batch.add(prepare(households.next(), context, indexer, today));
				if (batch.size() == batchSize) {
					put(batch);
					batch = new ArrayList<>(batchSize);
				}
			}
			if (!batch.isEmpty()) {
				put(batch);
			}
			put(END);
		} catch (Throwable t) {
			put(t);
		}
	}

	private static Prepared prepare(Household h, Map<Object, Object> context, ChildIndexer indexer,
			LocalDate today) {
		String id = h.getKpmId();
		if (id == null || id.isBlank()) {
			List<String> errors = List.of("the household has no KPM id"); //$NON-NLS-1$
			return new Prepared(h, id, errors, null, null);
		}
		Diagnostic diagnostic = HouseholdValidation.validate(h, context);
		List<String> errors = problems(diagnostic);
		return new Prepared(h, id, errors, diagnostic, errors.isEmpty() ? Rows.of(h, indexer, today) : null);
	}

	private void put(Object item) {
		try {
			while (!stopped && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
				// the writer is busy: wait
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The next prepared batch, or {@code null} after the last. */
	@SuppressWarnings("unchecked")
	List<Prepared> next() throws InterruptedException {
		if (ended) {
			return null;
		}
		Object item = queue.take();
		if (item == END) {
			ended = true;
			return null;
		}
		if (item instanceof RuntimeException e) {
			ended = true;
			throw e;
		}
		if (item instanceof Error e) {
			ended = true;
			throw e;
		}
		if (item instanceof Throwable t) {
			ended = true;
			throw new IllegalStateException(t);
		}
		return (List<Prepared>) item;
	}

	/** Stops reading (when the writer gave up early) and waits for the thread to end. */
	@Override
	public void close() throws InterruptedException {
		stopped = true;
		queue.clear();
		thread.join();
	}

	/** The error messages of a validation result, each naming the household, member and field. */
	static List<String> problems(Diagnostic diagnostic) {
		List<String> result = new ArrayList<>();
		for (Diagnostic d : diagnostic.getChildren().isEmpty() ? List.of(diagnostic) : diagnostic.getChildren()) {
			if (d.getSeverity() >= Diagnostic.ERROR) {
				result.addAll(d.getChildren().isEmpty() ? List.of(d.getMessage()) : problems(d));
			}
		}
		return result;
	}
}
