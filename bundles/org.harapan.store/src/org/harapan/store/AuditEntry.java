package org.harapan.store;

import java.time.Instant;

/** One change of a household: who, when, what, and the version it produced. */
public record AuditEntry(String kpmId, long version, String user, Instant at, String change) {
}
