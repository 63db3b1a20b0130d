package org.harapan.io.households;

import org.eclipse.osgi.util.NLS;

/**
 * A rejected CSV row (or a rejected household, when {@code line} is 0).
 *
 * @param line   1-based line of the file where the row starts (the header is line 1)
 * @param column the column at fault, or {@code null} when the whole row is
 * @param reason what is wrong, naming the value
 */
public record RowProblem(long line, String column, String reason) {

	/** E.g. {@code line 12, column nik: must be 16 digits, found "12345"}. */
	@Override
	public String toString() {
		return (line > 0 ? NLS.bind(Messages.line, Long.toString(line)) : Messages.file)
				+ (column == null ? "" : NLS.bind(Messages.column, column)) + ": " + reason; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
