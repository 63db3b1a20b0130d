package org.harapan.io.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.harapan.growth.who.Who2006Standards;
import org.harapan.io.demo.DemoGenerator;
import org.harapan.io.demo.DemoSettings;
import org.harapan.io.demo.DemoStore;
import org.harapan.store.CaseStore;
import org.harapan.store.CaseStoreService;
import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The CSV round trip and the demo through the real store service (embedded H2). */
class StoreCsvTest {

	private static ServiceTracker<CaseStoreService, CaseStoreService> tracker;
	private static CaseStoreService stores;

	@TempDir
	Path dir;

	@BeforeAll
	static void findTheStoreService() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(StoreCsvTest.class);
		if (bundle.getBundleContext() == null) {
			bundle.start();
		}
		BundleContext context = bundle.getBundleContext();
		tracker = new ServiceTracker<>(context, CaseStoreService.class, null);
		tracker.open();
		stores = tracker.waitForService(20_000);
		assertNotNull(stores, "CaseStoreService registered by SCR");
	}

	@AfterAll
	static void close() {
		tracker.close();
	}

	private CaseStore open(String name) {
		return stores.open(StoreLocation.embedded(dir.resolve(name)), null);
	}

	@Test
	void demoExportImportIntoAnEmptyStoreExportGivesTheSameFile() throws Exception {
		List<RowProblem> problems = new ArrayList<>();
		try (CaseStore full = open("demo"); CaseStore empty = open("empty")) {
			DemoStore.Filled filled = DemoStore.fill(full, new DemoGenerator(
					DemoSettings.paser(LocalDate.of(2025, 6, 30)).withHouseholds(300), new Who2006Standards()), null);
			assertEquals(300, filled.result().inserted(), filled.result().rejected()::toString);
			HouseholdCsvTest.roundTrip(full, empty, dir, problems);
		}
	}

	@Test
	void measurementsImportIntoTheStoreAndReimportChangesNothing() throws Exception {
		List<RowProblem> problems = new ArrayList<>();
		try (CaseStore full = open("demo"); CaseStore copy = open("copy")) {
			DemoStore.fill(full, new DemoGenerator(DemoSettings.paser(LocalDate.of(2025, 6, 30)).withHouseholds(60),
					new Who2006Standards()), null);
			HouseholdCsv.exportFile(full, dir.resolve("h.csv"), null);
			HouseholdCsv.importFile(copy, dir.resolve("h.csv"), "test", problems::add, null);
			long rows = MeasurementCsv.exportFile(full, dir.resolve("m.csv"), null);
			ImportSummary first = MeasurementCsv.importFile(copy, dir.resolve("m.csv"), "test", problems::add, null);
			ImportSummary again = MeasurementCsv.importFile(copy, dir.resolve("m.csv"), "test", problems::add, null);
			assertEquals(List.of(), problems);
			assertEquals(rows, first.inserted());
			assertEquals(rows, again.unchanged());
			assertTrue(rows > 0);
		}
	}

	@Test
	void ensureMakesTheDefaultStoreOnlyOnce() {
		assertTrue(!DemoStore.exists(dir));
		// small: ensure always makes the full Paser demo, so this only checks the no-op path
		dir.resolve("store").toFile().mkdirs();
		try (CaseStore store = stores.open(StoreLocation.inDataFolder(dir), null)) {
			assertNotNull(store.info());
		}
		assertTrue(DemoStore.exists(dir));
		assertTrue(DemoStore.ensure(dir, stores, new Who2006Standards(), null).isEmpty());
	}
}
