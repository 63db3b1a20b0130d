package org.harapan.casework.decisions;

import java.time.LocalDate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.harapan.model.Household;
import org.harapan.rules.Evaluation;
import org.harapan.rules.GrowthScorer;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.store.HouseholdQuery;

/**
 * Evaluates a caseload: the source streams households on the calling thread while worker threads (one per core)
 * evaluate them. The sink is called for every household, one call at a time, in the order of the source.
 */
public final class CaseloadEvaluator {

	/** Households read ahead of the workers. */
	private static final int QUEUE = 256;

	/** A household and its place in the source's order. */
	private record Item(long seq, Household household) {
	}

	/** Hands results to the sink in source order. */
	private static final class Reorder {
		private final java.util.Map<Long, Object[]> waiting = new java.util.HashMap<>();
		private final BiConsumer<Household, Evaluation> sink;
		private long next;

		Reorder(BiConsumer<Household, Evaluation> sink) {
			this.sink = sink;
		}

		synchronized void done(long seq, Household h, Evaluation e) {
			waiting.put(seq, new Object[] { h, e });
			for (Object[] r = waiting.remove(next); r != null; r = waiting.remove(next)) {
				next++;
				sink.accept((Household) r[0], (Evaluation) r[1]);
			}
		}
	}

	private final RuleEngine engine;
	private final GrowthScorer scorer;
	private final int threads;

	public CaseloadEvaluator(RuleEngine engine, GrowthScorer scorer) {
		this(engine, scorer, Math.max(1, Runtime.getRuntime().availableProcessors()));
	}

	public CaseloadEvaluator(RuleEngine engine, GrowthScorer scorer, int threads) {
		this.engine = engine;
		this.scorer = scorer;
		this.threads = threads;
	}

	public RuleEngine engine() {
		return engine;
	}

	/** Evaluates every household of the query for {@code period} at {@code date}. */
	public void evaluate(HouseholdSource source, HouseholdQuery query, LocalDate date, Period period,
			BiConsumer<Household, Evaluation> sink, IProgressMonitor monitor) {
		// short: when the source pauses (the store lets a user's read go first) the workers soon pause too
		BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
		Item end = new Item(-1, null);
		long[] seq = { 0 };
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "Harapan rules"); //$NON-NLS-1$
			t.setDaemon(true);
			return t;
		});
		Reorder reorder = new Reorder(sink);
		List<Future<?>> workers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			workers.add(pool.submit(() -> {
				for (Item item = queue.take(); item != end; item = queue.take()) {
					reorder.done(item.seq(), item.household(), engine.evaluate(item.household(), date, period, scorer));
				}
				return null;
			}));
		}
		try {
			source.forEach(query, h -> {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				put(queue, new Item(seq[0]++, h), end, workers);
			}, monitor);
		} finally {
			for (int i = 0; i < threads && workers.stream().anyMatch(w -> !w.isDone()); i++) {
				put(queue, end, end, workers);
			}
			if (workers.stream().anyMatch(Future::isDone)) {
				pool.shutdownNow(); // a worker failed: stop the others
			} else {
				pool.shutdown();
			}
		}
		RuntimeException failure = null;
		for (Future<?> w : workers) {
			try {
				w.get();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			} catch (java.util.concurrent.CancellationException e) {
				// stopped after another worker failed
			} catch (ExecutionException e) {
				Throwable cause = e.getCause();
				if (!(cause instanceof InterruptedException) && failure == null) {
					failure = cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	private static void put(BlockingQueue<Item> queue, Item h, Item end, List<Future<?>> workers) {
		try {
			while (!queue.offer(h, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
				if (h != end && workers.stream().anyMatch(Future::isDone)
						|| h == end && workers.stream().allMatch(Future::isDone)) {
					return; // a worker failed; its error is reported after the source ends
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}
}
