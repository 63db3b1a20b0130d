package org.harapan.ui.household.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.harapan.store.CaseReader;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSummary;

/**
 * The result of one caseload search as the lazy table reads it: the first page of households at once, their number
 * later ({@link #countRows()}, run after the first page is shown and only when the page is full), the other rows
 * fetched from the store a page at a time when the table first shows them.
 */
final class CaseloadPage {

	static final int PAGE = 100;

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	/** A search (text) shows at most this many households; more is reported as "more than". */
	static final int SEARCH_LIMIT = 1_000;

	private final CaseReader reader;
	private final HouseholdQuery query;
	private final long nanos;
	private final long cpuNanos;
	private final ConcurrentHashMap<Integer, List<HouseholdSummary>> pages = new ConcurrentHashMap<>();
	/** The households found, or -1 until counted. */
	private volatile long count;
	private volatile long countNanos;

	private CaseloadPage(CaseReader reader, HouseholdQuery query, List<HouseholdSummary> first, long nanos,
			long cpuNanos) {
		this.reader = reader;
		this.query = query;
		this.nanos = nanos;
		this.cpuNanos = cpuNanos;
		this.count = first.size() < PAGE ? first.size() : -1;
		pages.put(0, first);
	}

	/** Runs {@code query}: reads the first page (a short page is the whole result: it is counted too). */
	static CaseloadPage run(CaseReader reader, HouseholdQuery query) {
		long start = System.nanoTime();
		long cpu = CPU.getCurrentThreadCpuTime();
		List<HouseholdSummary> first = reader.find(query.withPage(0, PAGE));
		return new CaseloadPage(reader, query, first, System.nanoTime() - start, CPU.getCurrentThreadCpuTime() - cpu);
	}

	/** Counts the households found (a text search up to {@link #SEARCH_LIMIT}), unless known. */
	void countRows() {
		if (count < 0) {
			long start = System.nanoTime();
			count = isText() ? reader.count(query, SEARCH_LIMIT + 1L) : reader.count(query);
			countNanos = System.nanoTime() - start;
		}
	}

	private boolean isText() {
		return query.text() != null && !query.text().isBlank();
	}

	HouseholdQuery query() {
		return query;
	}

	/** Whether the households are counted; before, {@link #rows()} is the first page. */
	boolean counted() {
		return count >= 0;
	}

	/** The rows the table shows: the households found (at most {@link #SEARCH_LIMIT} of a text search). */
	int rows() {
		long n = count;
		if (n < 0) {
			return pages.get(0).size();
		}
		return (int) (more() ? SEARCH_LIMIT : Math.min(Integer.MAX_VALUE, n));
	}

	/** Whether a text search found more than {@link #SEARCH_LIMIT} households (only those are shown). */
	boolean more() {
		return isText() && count > SEARCH_LIMIT;
	}

	/** How long the store took to read the first page. */
	long queryNanos() {
		return nanos;
	}

	/** The CPU time of the thread that read the first page while it did (the rest of {@link #queryNanos} waited). */
	long queryCpuNanos() {
		return cpuNanos;
	}

	/** How long the store took to count (0 when the first page was the whole result). */
	long countNanos() {
		return countNanos;
	}

	/** Row {@code index} (0-based), read from the store with its page when not read yet; null past the end. */
	HouseholdSummary row(int index) {
		List<HouseholdSummary> page = pages.computeIfAbsent(index / PAGE,
				p -> reader.find(query.withPage(p * PAGE, PAGE)));
		int i = index % PAGE;
		return i < page.size() ? page.get(i) : null;
	}
}
