package org.harapan.store;

import java.time.Instant;
import java.util.List;

/** What a save did: saved, refused because someone else saved first, or refused as invalid. */
public sealed interface SaveResult {

	/** The household was stored with {@code version}. */
	record Saved(String kpmId, long version) implements SaveResult {
	}

	/**
	 * Refused: the stored household is at {@code storedVersion}, changed by {@code changedBy} at
	 * {@code changedAt}, while the save was made from {@code expectedVersion}.
	 */
	record Conflict(String kpmId, long expectedVersion, long storedVersion, String changedBy, Instant changedAt)
			implements SaveResult {
		public String message() {
			return "Household " + kpmId + " was changed by " + changedBy + " at " + changedAt //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ " (version " + storedVersion + ") after you loaded version " + expectedVersion //$NON-NLS-1$ //$NON-NLS-2$
					+ "; reload it and make your change again."; //$NON-NLS-1$
		}
	}

	/** Refused: the household breaks these validation rules (each message names the field). */
	record Invalid(String kpmId, List<String> problems) implements SaveResult {
	}

	default boolean isSaved() {
		return this instanceof Saved;
	}
}
