package org.harapan.ui.rules.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of the decisions tree: its text, amount and source columns and the rows under it.
 *
 * @param text     what it says
 * @param amount   the amount in Rupiah as shown, or empty
 * @param source   rule set, version and rule, or empty
 * @param children the rows under it
 */
record DecisionNode(String text, String amount, String source, List<DecisionNode> children) {

	DecisionNode(String text) {
		this(text, "", "", new ArrayList<>()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	DecisionNode add(DecisionNode child) {
		children.add(child);
		return child;
	}

	/** Rows are themselves: two rows with the same texts (e.g. "Outcome: paid") are different rows of the tree. */
	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

	/** This row and every row under it, depth first. */
	List<DecisionNode> flatten() {
		List<DecisionNode> all = new ArrayList<>();
		all.add(this);
		children.forEach(c -> all.addAll(c.flatten()));
		return all;
	}
}
