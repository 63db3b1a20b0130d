package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.h2.tools.Server;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.store.CaseStore;
import org.harapan.store.CaseStoreService;
import org.harapan.store.ChildQuery;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.SaveResult;
import org.harapan.store.StoreException;
import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The store contract on an embedded H2 file, plus what only H2 shows: plans, server mode, the DS service. */
class H2StoreTest extends StoreContractTest {

	@TempDir
	Path folder;

	@Override
	StoreLocation location() {
		return StoreLocation.embedded(folder.resolve("store").resolve("harapan")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void everyQueryUsesAnIndex() {
		JdbcCaseStore store = open();
		store.saveAll(fixtures(30).iterator(), "import", null, null); //$NON-NLS-1$
		assertPlan(store.explain(HouseholdQuery.all().withDesa("64.01.01.2009")), "HOUSEHOLD_DESA"); //$NON-NLS-1$ //$NON-NLS-2$
		assertPlan(store.explain(HouseholdQuery.all().withKecamatan("64.01.01")), "HOUSEHOLD_KECAMATAN"); //$NON-NLS-1$ //$NON-NLS-2$
		assertPlan(store.explain(HouseholdQuery.all().withFacilitator("Pendamping 1")), "HOUSEHOLD_FACILITATOR"); //$NON-NLS-1$ //$NON-NLS-2$
		assertPlan(store.explain(HouseholdQuery.all().withStatus(HouseholdStatus.SUSPENDED)), "HOUSEHOLD_STATUS"); //$NON-NLS-1$
		assertPlan(store.explain(HouseholdQuery.all().withNoKK("6401010000000001")), "HOUSEHOLD_NO_KK"); //$NON-NLS-1$ //$NON-NLS-2$
		assertPlan(store.explain(HouseholdQuery.all().withNik("6401014101900001")), "MEMBER_NIK"); //$NON-NLS-1$ //$NON-NLS-2$
		assertPlan(store.explain(HouseholdQuery.all().withNamePrefix("Ah")), "HOUSEHOLD_HEAD_NAME"); //$NON-NLS-1$ //$NON-NLS-2$
		assertPlan(store.explain(ChildQuery.under5In("64.01.01", today).stunted()), "CHILD_GROWTH_KECAMATAN"); //$NON-NLS-1$ //$NON-NLS-2$
		assertPlan(store.explain(ChildQuery.under5In("64.01.01.2009", today)), "CHILD_GROWTH_DESA"); //$NON-NLS-1$ //$NON-NLS-2$
		assertPlan(store.explain(ChildQuery.under5In("64.01", today)), "CHILD_GROWTH_KECAMATAN"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void assertPlan(String plan, String index) {
		assertTrue(plan.contains(index), () -> "expected index " + index + " in\n" + plan); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aStoreWithANewerSchemaIsRefused() throws Exception {
		open().close();
		try (Connection c = Dialect.H2.connect(location()); Statement s = c.createStatement()) {
			s.execute("INSERT INTO schema_version VALUES (99, 'from the future', CURRENT_TIMESTAMP)"); //$NON-NLS-1$
			c.commit();
		}
		StoreException e = assertThrows(StoreException.class, this::open);
		assertTrue(e.getMessage().contains("99") && e.getMessage().contains("newer"), e::getMessage); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aWrongUrlGivesAClearError() {
		StoreException e = assertThrows(StoreException.class,
				() -> service.open(new StoreLocation("jdbc:h2:tcp://127.0.0.1:1/nothing", "", ""), null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(e.getMessage().contains("jdbc:h2:tcp://127.0.0.1:1/nothing"), e::getMessage); //$NON-NLS-1$
	}

	@Test
	void twoSessionsThroughAnH2ServerConflict() throws Exception {
		Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", folder.toString()).start(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		try {
			StoreLocation remote = new StoreLocation("jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/./server", "sa", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"sa"); //$NON-NLS-1$
			try (CaseStore first = service.open(remote, null); CaseStore second = service.open(remote, null)) {
				Household h = fixtures(1).get(0);
				first.save(h, "ani", null); //$NON-NLS-1$
				Household a = first.load(h.getKpmId()).orElseThrow();
				Household b = second.load(h.getKpmId()).orElseThrow();
				a.setAddress("a"); //$NON-NLS-1$
				b.setAddress("b"); //$NON-NLS-1$
				assertTrue(first.save(a, "ani", null).isSaved()); //$NON-NLS-1$
				assertEquals("ani", //$NON-NLS-1$
						assertInstanceOf(SaveResult.Conflict.class, second.save(b, "budi", null)).changedBy()); //$NON-NLS-1$
			}
		} finally {
			server.stop();
		}
		assertTrue(Files.exists(folder.resolve("server.mv.db"))); //$NON-NLS-1$
	}

	@Test
	void theServiceIsADeclarativeServicesComponent() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<CaseStoreService, CaseStoreService> tracker = new ServiceTracker<>(context,
				CaseStoreService.class, null);
		tracker.open();
		try {
			CaseStoreService s = tracker.waitForService(10_000);
			assertNotNull(s, "CaseStoreService registered by SCR"); //$NON-NLS-1$
			try (CaseStore store = s.open(location(), null)) {
				Household h = fixtures(1).get(0);
				assertTrue(store.save(EcoreUtil.copy(h), "ani", null).isSaved()); //$NON-NLS-1$
				assertTrue(store.info().product().startsWith("H2"), store.info()::toString); //$NON-NLS-1$
			}
		} finally {
			tracker.close();
		}
	}

	@Test
	void twoStoresOnOneFileInOneProcessShareIt() {
		JdbcCaseStore first = open();
		JdbcCaseStore second = open();
		first.save(fixtures(1).get(0), "ani", null); //$NON-NLS-1$
		assertEquals(1, second.count(HouseholdQuery.all()));
	}
}
