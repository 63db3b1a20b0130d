package org.harapan.ui;

/** The job that opens the case store at start-up (and fills the demo kabupaten on a fresh machine). */
public final class CaseStoreJobs {

	/** Its job family. */
	public static final Object FAMILY = CaseStoreJobs.class;

	private static volatile boolean done;

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
}
