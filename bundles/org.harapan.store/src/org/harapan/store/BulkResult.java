package org.harapan.store;

import java.util.List;

/**
 * What {@link CaseStore#saveAll} did.
 *
 * @param inserted  new households stored
 * @param updated   stored households that changed
 * @param unchanged households identical to what was stored (a re-import)
 * @param rejected  households refused: {@link SaveResult.Invalid} (with the diagnostic naming the object and
 *                  field) or {@link SaveResult.Conflict}
 */
public record BulkResult(long inserted, long updated, long unchanged, List<SaveResult> rejected) {

	public BulkResult {
		rejected = List.copyOf(rejected);
	}

	/** One line per refused household: {@code KPM-ID: reason; reason}. */
	public List<String> messages() {
		return rejected.stream().map(SaveResult::message).toList();
	}
}
