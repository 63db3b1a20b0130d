package org.harapan.rules;

/**
 * A fact a rule used: its name, its value as text, and the record it came from in words a case worker can find
 * in the household file (e.g. {@code member 6401054506150001 (Siti)}, {@code measurement 2024-03-05 of ...}).
 */
public record Fact(String name, String value, String source) {

	@Override
	public String toString() {
		return name + " = " + value + (source == null || source.isEmpty() ? "" : " [" + source + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
