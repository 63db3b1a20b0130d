package org.harapan.ui;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.harapan.casework.Casework;
import org.harapan.store.StoreStatistics;

/** The job that opens the case store at start-up (and fills the demo kabupaten on a fresh machine). */
public final class CaseStoreJobs {

	/** Its job family. */
	public static final Object FAMILY = CaseStoreJobs.class;

	private static volatile boolean done;
	/** The casework session the start-up job opened, until the caseload takes it over. */
	private static final AtomicReference<Opened> opened = new AtomicReference<>();

	/** A casework session on the default store and what the store held when it was opened. */
	public record Opened(Casework session, StoreStatistics statistics) {
	}

	private CaseStoreJobs() {
	}

	/** Whether the start-up store job has finished (successfully or not): casework can open the default store. */
	public static boolean isDone() {
		return done;
	}

	/** Called by the start-up store job when it ends. */
	public static void markDone() {
		done = true;
	}

	/**
	 * Called by the start-up store job when it ends with the casework session it opened on the default store and its
	 * statistics (read while the workbench window is built), so that the caseload does not open the store again ({@link #takeOpened()}).
	 */
	public static void markDone(Opened session) {
		Opened before = opened.getAndSet(session);
		if (before != null) {
			before.session().close();
		}
		done = true;
	}

	/** The casework session the start-up job opened on the default store, once (the caller closes it). */
	public static Optional<Opened> takeOpened() {
		return Optional.ofNullable(opened.getAndSet(null));
	}
}
