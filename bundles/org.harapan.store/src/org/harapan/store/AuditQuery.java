package org.harapan.store;

import java.time.Instant;

/**
 * Which audit rows to read; {@code null} fields do not restrict.
 *
 * @param user  rows of this user
 * @param kpmId rows about this household
 * @param since rows at or after this instant
 * @param limit at most this many rows (the newest when more match), oldest first
 */
public record AuditQuery(String user, String kpmId, Instant since, int limit) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, Integer.MAX_VALUE);
	}
}
