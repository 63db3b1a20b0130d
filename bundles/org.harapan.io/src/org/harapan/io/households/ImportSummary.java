package org.harapan.io.households;

import java.util.List;
import java.util.Locale;

/**
 * What an import did.
 *
 * @param rows          data rows read (lines after the header, empty ones included)
 * @param rejectedRows  rows left out, each reported with line, column and reason
 * @param duplicateRows of those, rows whose member NIK (or measurement) was already on an earlier line
 * @param inserted      new households stored
 * @param updated       stored households changed
 * @param unchanged     households (or measurement rows) identical to what was stored
 * @param refused       households the store refused, each with its reason
 * @param millis        time taken
 */
public record ImportSummary(long rows, long rejectedRows, long duplicateRows, long inserted, long updated,
		long unchanged, List<String> refused, long millis) {

	public ImportSummary {
		refused = List.copyOf(refused);
	}

	/** Whether any row or household was left out. */
	public boolean anyRejected() {
		return rejectedRows > 0 || !refused.isEmpty();
	}

	/** One line for the end of a run. */
	public String line(String what) {
		return String.format(Locale.ROOT,
				"%d rows read: %d %s stored (%d new, %d updated), %d unchanged, %d rows rejected (%d duplicates)%s; %.1f s", //$NON-NLS-1$
				rows, inserted + updated, what, inserted, updated, unchanged, rejectedRows, duplicateRows,
				refused.isEmpty() ? "" : ", " + refused.size() + " refused by the store", millis / 1000.0); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
