package org.harapan.ui.household.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.harapan.store.CaseReader;
import org.harapan.store.HouseholdQuery;

/**
 * Runs the caseload's searches off the UI thread, newest first: a search asked for while another runs replaces any
 * waiting one, and a result that is already stale when it arrives is dropped (typing faster than the store answers
 * runs one query per answer, not one per keystroke). The first page is shown at once; the households are counted
 * afterwards, only once typing has paused for {@link #COUNT_DELAY_MILLIS} and the search is still the newest, so
 * that a count never holds up the next keystroke's page.
 */
final class CaseloadSearch {

	/** One search: what, when the user asked for it (nanoTime), and its number. */
	record Request(HouseholdQuery query, long askedAt, long number) {
	}

	static final long COUNT_DELAY_MILLIS = 250;

	private final Display display;
	private final BiConsumer<Request, CaseloadPage> shown;
	private final AtomicLong numbers = new AtomicLong();
	private final AtomicReference<Request> waiting = new AtomicReference<>();
	private final AtomicReference<Counting> counting = new AtomicReference<>();
	private final Job pages;
	private final Job counts;
	private volatile CaseReader reader;

	private record Counting(Request request, CaseloadPage page) {
	}

	/**
	 * {@code shown} is called on the UI thread with each result of the newest search: once with the first page, and
	 * again when counted (unless the first page was the whole result).
	 */
	CaseloadSearch(Display display, BiConsumer<Request, CaseloadPage> shown) {
		this.display = display;
		this.shown = shown;
		counts = Job.create(Messages.Caseload_Searching, monitor -> {
			Counting c = counting.getAndSet(null);
			if (c != null && isNewest(c.request()) && waiting.get() == null) {
				c.page().countRows();
				publish(c.request(), c.page());
			}
			return Status.OK_STATUS;
		});
		counts.setSystem(true);
		pages = Job.create(Messages.Caseload_Searching, monitor -> {
			Request request = waiting.getAndSet(null);
			if (request != null && isNewest(request)) {
				CaseloadPage page = CaseloadPage.run(reader, request.query());
				CaseloadView.step("page"); //$NON-NLS-1$
				publish(request, page);
				countLater(request, page);
			}
			return Status.OK_STATUS;
		});
		pages.setSystem(true);
	}

	/** Searches {@code query} in {@code store}; {@code askedAt}: when the user changed the search (nanoTime). */
	void search(CaseReader store, HouseholdQuery query, long askedAt) {
		reader = store;
		waiting.set(new Request(query, askedAt, numbers.incrementAndGet()));
		pages.schedule(); // (a running job runs again when done)
	}

	/** Shows {@code page}, read beforehand for the search the user is shown first, as the newest search's result. */
	void show(CaseReader store, CaseloadPage page, long askedAt) {
		reader = store;
		Request request = new Request(page.query(), askedAt, numbers.incrementAndGet());
		shown.accept(request, page);
		countLater(request, page);
	}

	private void countLater(Request request, CaseloadPage page) {
		if (!page.counted()) {
			counting.set(new Counting(request, page));
			counts.schedule(COUNT_DELAY_MILLIS);
		}
	}

	private boolean isNewest(Request request) {
		return request.number() == numbers.get();
	}

	private void publish(Request request, CaseloadPage page) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (isNewest(request)) {
					shown.accept(request, page);
				}
			});
		}
	}

	/** Stops searching (the view is closed). */
	void cancel() {
		numbers.incrementAndGet();
		pages.cancel();
		counts.cancel();
	}
}
