package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.harapan.store.HouseholdQuery;
import org.harapan.store.RegionScope;
import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users, region scopes and the audit trail on an embedded H2 file. */
class H2AccessTest extends AccessContractTest {

	@TempDir
	Path folder;

	@Test
	void aScopedQueryUsesTheRegionIndexes() {
		filled();
		JdbcCaseStore store = open();
		store.restrictTo(RegionScope.of(Set.of(desa(0))));
		String plan = store.explain(HouseholdQuery.all().withPage(0, 50));
		assertTrue(plan.contains("HOUSEHOLD_DESA"), plan); //$NON-NLS-1$
		JdbcCaseStore kabupaten = open();
		kabupaten.restrictTo(RegionScope.of(Set.of("64.01"))); //$NON-NLS-1$
		assertTrue(kabupaten.explain(HouseholdQuery.all().withDesa(desa(0))).contains("HOUSEHOLD_DESA")); //$NON-NLS-1$
	}

	@Override
	StoreLocation location() {
		return StoreLocation.embedded(folder.resolve("store").resolve("harapan")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
