package org.harapan.ui.household.internal;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.harapan.store.CaseReader;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSummary;

/**
 * The result of one caseload search as the lazy table reads it: the number of households found and their rows,
 * fetched from the store a page at a time when the table first shows them (the first page with the count).
 */
final class CaseloadPage {

	static final int PAGE = 100;

	/** A search (text) shows at most this many households; more is reported as "more than". */
	static final int SEARCH_LIMIT = 10_000;

	private final CaseReader reader;
	private final HouseholdQuery query;
	private final long count;
	private final long nanos;
	private final ConcurrentHashMap<Integer, List<HouseholdSummary>> pages = new ConcurrentHashMap<>();

	private CaseloadPage(CaseReader reader, HouseholdQuery query, long count, List<HouseholdSummary> first,
			long nanos) {
		this.reader = reader;
		this.query = query;
		this.count = count;
		this.nanos = nanos;
		pages.put(0, first);
	}

	/** Runs {@code query}: counts the households and reads the first page. */
	static CaseloadPage run(CaseReader reader, HouseholdQuery query) {
		long start = System.nanoTime();
		boolean text = query.text() != null && !query.text().isBlank();
		long count = text ? reader.count(query, SEARCH_LIMIT + 1L) : reader.count(query);
		List<HouseholdSummary> first = count == 0 ? List.of() : reader.find(query.withPage(0, PAGE));
		return new CaseloadPage(reader, query, count, first, System.nanoTime() - start);
	}

	HouseholdQuery query() {
		return query;
	}

	/** Households found (every page); at most {@link #SEARCH_LIMIT} of a text search. */
	int count() {
		return (int) (more() ? SEARCH_LIMIT : Math.min(Integer.MAX_VALUE, count));
	}

	/** Whether a text search found more than {@link #SEARCH_LIMIT} households (only those are shown). */
	boolean more() {
		return query.text() != null && !query.text().isBlank() && count > SEARCH_LIMIT;
	}

	/** How long the store took to count and read the first page. */
	long queryNanos() {
		return nanos;
	}

	/** Row {@code index} (0-based), read from the store with its page when not read yet; null past the end. */
	HouseholdSummary row(int index) {
		List<HouseholdSummary> page = pages.computeIfAbsent(index / PAGE,
				p -> reader.find(query.withPage(p * PAGE, PAGE)));
		int i = index % PAGE;
		return i < page.size() ? page.get(i) : null;
	}
}
