package org.harapan.casework;

import org.harapan.model.Household;

/** A change of one household (from an import row, an editor, a rule decision), applied by {@link Casework#change}. */
@FunctionalInterface
public interface HouseholdChange {

	void apply(Household household);
}
