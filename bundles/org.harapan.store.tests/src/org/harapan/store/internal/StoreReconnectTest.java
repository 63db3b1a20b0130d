package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.h2.tools.Server;
import org.harapan.model.Household;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSummary;
import org.harapan.store.RegionScope;
import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose connection is lost — the process that served a shared H2 file ended, a database server restarted —
 * connects again at its next call, with the same session, instead of failing until it is opened again.
 */
class StoreReconnectTest {

	@TempDir
	Path folder;

	private Server server(int port) throws Exception {
		return Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				folder.toString()).start();
	}

	@Test
	void aStoreConnectsAgainWithItsSessionWhenItsServerIsBack() throws Exception {
		Server server = server(0);
		int port = server.getPort();
		StoreLocation remote = new StoreLocation("jdbc:h2:tcp://127.0.0.1:" + port + "/./server", "sa", "sa"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Fixtures fixtures = new Fixtures(LocalDate.now());
		Household inside = fixtures.household(1);
		Household outside = fixtures.household(2);
		try (JdbcCaseStore owner = new JdbcCaseStoreService(Clock.systemDefaultZone()).openStore(remote,
				Fixtures.indexer(), new NullProgressMonitor())) {
			owner.saveAll(List.of(inside, outside).iterator(), "test", null, null); //$NON-NLS-1$
		}
		try (JdbcCaseStore store = new JdbcCaseStoreService(Clock.systemDefaultZone()).openStore(remote,
				Fixtures.indexer(), new NullProgressMonitor())) {
			store.restrictTo(RegionScope.of(Set.of(inside.getDesaCode())));
			store.setSearchCandidates(7);
			assertEquals(List.of(inside.getKpmId()), ids(store));

			server.stop(); // the connection is lost
			server = server(port);

			assertEquals(List.of(inside.getKpmId()), ids(store), "connected again, within the same regions"); //$NON-NLS-1$
			assertEquals(7, store.queries().maxCandidates());
			Household again = store.load(inside.getKpmId()).orElseThrow();
			again.setAddress("Jalan Baru 1"); //$NON-NLS-1$
			assertTrue(store.save(again, "ani", "address").isSaved()); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(store.load(outside.getKpmId()).isEmpty(), "outside the session's regions as before"); //$NON-NLS-1$

			Household later = store.load(inside.getKpmId()).orElseThrow();
			server.stop(); // lost again, the next call is a save
			server = server(port);
			later.setAddress("Jalan Baru 2"); //$NON-NLS-1$
			assertTrue(store.save(later, "ani", "address").isSaved()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals("Jalan Baru 2", store.load(inside.getKpmId()).orElseThrow().getAddress()); //$NON-NLS-1$
			assertEquals(3, store.load(inside.getKpmId()).orElseThrow().getVersion());

			server.stop(); // lost again, the next call streams the households (a job's forEach)
			server = server(port);
			List<String> streamed = new java.util.ArrayList<>();
			store.forEach(HouseholdQuery.all(), h -> streamed.add(h.getKpmId()), new NullProgressMonitor());
			assertEquals(List.of(inside.getKpmId()), streamed);
		} finally {
			server.stop();
		}
	}

	private static List<String> ids(JdbcCaseStore store) {
		return store.find(HouseholdQuery.all()).stream().map(HouseholdSummary::kpmId).toList();
	}
}
