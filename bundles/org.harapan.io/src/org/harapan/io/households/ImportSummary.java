package org.harapan.io.households;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

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
 * @param windows1252   whether the file was not valid UTF-8 and was read as Windows-1252
 */
public record ImportSummary(long rows, long rejectedRows, long duplicateRows, long inserted, long updated,
		long unchanged, List<String> refused, long millis, boolean windows1252) {

	public ImportSummary {
		refused = List.copyOf(refused);
	}

	/** Whether any row or household was left out. */
	public boolean anyRejected() {
		return rejectedRows > 0 || !refused.isEmpty();
	}

	/** One line for the end of a run. */
	public String line(String what) {
		String line = NLS.bind(Messages.summary,
				new Object[] { Long.toString(rows), Long.toString(inserted + updated), what, Long.toString(inserted),
						Long.toString(updated), Long.toString(unchanged), Long.toString(rejectedRows),
						Long.toString(duplicateRows),
						refused.isEmpty() ? "" : NLS.bind(Messages.summaryRefused, Integer.toString(refused.size())), //$NON-NLS-1$
						String.format(Locale.ROOT, "%.1f", millis / 1000.0) }); //$NON-NLS-1$
		return windows1252 ? line + "; " + Messages.windows1252 : line; //$NON-NLS-1$
	}
}
