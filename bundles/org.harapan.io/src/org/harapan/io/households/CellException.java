package org.harapan.io.households;

/** A cell that cannot be read: names the column and says why. */
public final class CellException extends Exception {
	private static final long serialVersionUID = 1L;

	private final String column;

	public CellException(String column, String reason) {
		super(reason);
		this.column = column;
	}

	public String column() {
		return column;
	}
}
