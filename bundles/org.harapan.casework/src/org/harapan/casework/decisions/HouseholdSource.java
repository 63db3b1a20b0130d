package org.harapan.casework.decisions;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.harapan.model.Household;
import org.harapan.store.HouseholdQuery;

/** Streams the households of a query (the casework's {@code forEach}). */
@FunctionalInterface
public interface HouseholdSource {

	void forEach(HouseholdQuery query, Consumer<Household> action, IProgressMonitor monitor);
}
