package org.harapan.store;

import java.util.List;

/**
 * What {@link CaseStore#saveAll} did.
 *
 * @param inserted  new households stored
 * @param updated   stored households that changed
 * @param unchanged households identical to what was stored (a re-import)
 * @param rejected  households refused, each with the reason naming the household and field
 */
public record BulkResult(long inserted, long updated, long unchanged, List<String> rejected) {
}
