package org.harapan.store.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;

/** A test on an empty store of its own, on H2 or PostgreSQL: the stores it opens are closed after it. */
abstract class StoreTestBase {

	final LocalDate today = LocalDate.now();
	final JdbcCaseStoreService service = new JdbcCaseStoreService(Clock.systemDefaultZone());
	final List<JdbcCaseStore> opened = new ArrayList<>();

	/** An empty store for this test. */
	abstract StoreLocation location();

	JdbcCaseStore open() {
		JdbcCaseStore store = service.openStore(location(), Fixtures.indexer(), new NullProgressMonitor());
		opened.add(store);
		return store;
	}

	@AfterEach
	void closeStores() {
		opened.forEach(JdbcCaseStore::close);
	}
}
