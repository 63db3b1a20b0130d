package org.harapan.casework;

import java.util.List;

/**
 * What {@link Casework#saveAll} did.
 *
 * @param inserted  new households stored
 * @param updated   stored households that changed
 * @param unchanged households identical to what was stored
 * @param rejected  households refused ({@link ChangeResult.Outcome#INVALID} with the diagnostic, or
 *                  {@link ChangeResult.Outcome#CONFLICT}), in the order met
 */
public record BulkResult(long inserted, long updated, long unchanged, List<ChangeResult> rejected) {

	public BulkResult {
		rejected = List.copyOf(rejected);
	}

	/** Households stored (inserted or updated). */
	public long stored() {
		return inserted + updated;
	}

	/** One sentence per refused household in {@code language} ({@link ChangeResult#message(String)}). */
	public List<String> messages(String language) {
		return rejected.stream().map(r -> r.message(language)).toList();
	}
}
