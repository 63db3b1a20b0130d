package org.harapan.store.internal;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets the short reads a user waits for (a page of the caseload, a count, a household file) go before the streams
 * that read every household of a region for a background job (the findings of the rules over a kabupaten, the monthly
 * verification): while such a read runs in a store opened by the same {@link JdbcCaseStoreService}, the streams stop
 * between households, each time for at most {@code maxPause}, so that a burst of reads slows them but never stops
 * them. On a laptop of two cores a stream's reader, decoders and the rules' workers otherwise take both cores, and a
 * keystroke's query waits for the processor most of its time.
 */
final class InteractiveFirst {

	/** How long a stream waits at most each time it finds a read running. */
	static final long MAX_PAUSE_MILLIS = 250;

	private final long maxPauseNanos;
	/** The reads running (changed while holding this object's lock; read without it on the way of a stream). */
	private volatile int running;

	InteractiveFirst(long maxPauseMillis) {
		this.maxPauseNanos = TimeUnit.MILLISECONDS.toNanos(maxPauseMillis);
	}

	/** Runs {@code read} as a read a user waits for. */
	<T> T during(Supplier<T> read) {
		synchronized (this) {
			running = running + 1;
		}
		try {
			return read.get();
		} finally {
			synchronized (this) {
				running = running - 1;
				if (running == 0) {
					notifyAll();
				}
			}
		}
	}

	/** Waits while a read a user waits for runs, at most the longest pause; returns at once when none runs. */
	void pause() {
		if (running > 0) {
			waitForReads();
		}
	}

	private synchronized void waitForReads() {
		long deadline = System.nanoTime() + maxPauseNanos;
		try {
			for (long left = maxPauseNanos; running > 0 && left > 0; left = deadline - System.nanoTime()) {
				TimeUnit.NANOSECONDS.timedWait(this, left);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt(); // the stream stops on its own interruption
		}
	}
}
