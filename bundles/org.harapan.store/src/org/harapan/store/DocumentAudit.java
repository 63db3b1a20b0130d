package org.harapan.store;

import java.time.Instant;

/** One change of a document version in the audit trail: who did what ({@code saved}, {@code published}) when. */
public record DocumentAudit(String kind, String id, int version, String action, String user, Instant at,
		String change) {
}
