package org.harapan.io.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.demo.DemoGenerator;
import org.harapan.demo.DemoSettings;
import org.harapan.demo.DemoStore;
import org.harapan.growth.who.Who2006Standards;
import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The CSV round trip and the demo through the real casework service on the JDBC store (embedded H2). */
class StoreCsvTest {

	private static ServiceTracker<CaseworkService, CaseworkService> tracker;
	private static CaseworkService caseworks;

	@TempDir
	Path dir;

	@BeforeAll
	static void findTheCaseworkService() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(StoreCsvTest.class);
		if (bundle.getBundleContext() == null) {
			bundle.start();
		}
		BundleContext context = bundle.getBundleContext();
		tracker = new ServiceTracker<>(context, CaseworkService.class, null);
		tracker.open();
		caseworks = tracker.waitForService(20_000);
		assertNotNull(caseworks, "CaseworkService registered by SCR");
	}

	@AfterAll
	static void close() {
		tracker.close();
	}

	private Casework open(String name) {
		return caseworks.open(StoreLocation.embedded(dir.resolve(name)), null);
	}

	@Test
	void demoExportImportIntoAnEmptyStoreExportGivesTheSameFile() throws Exception {
		List<RowProblem> problems = new ArrayList<>();
		try (Casework full = open("demo"); Casework empty = open("empty")) {
			DemoStore.Filled filled = DemoStore.fill(full, new DemoGenerator(
					DemoSettings.paser(LocalDate.of(2025, 6, 30)).withHouseholds(300), new Who2006Standards()), null);
			assertEquals(300, filled.result().inserted(), filled.result().rejected()::toString);
			HouseholdCsvTest.roundTrip(full, empty, dir, problems);
		}
	}

	@Test
	void measurementsImportIntoTheStoreAndReimportChangesNothing() throws Exception {
		List<RowProblem> problems = new ArrayList<>();
		try (Casework full = open("demo"); Casework copy = open("copy")) {
			DemoStore.fill(full, new DemoGenerator(DemoSettings.paser(LocalDate.of(2025, 6, 30)).withHouseholds(60),
					new Who2006Standards()), null);
			HouseholdCsv.exportFile(full, dir.resolve("h.csv"), null);
			HouseholdCsv.importFile(copy, dir.resolve("h.csv"), problems::add, null);
			long rows = MeasurementCsv.exportFile(full, dir.resolve("m.csv"), null);
			ImportSummary first = MeasurementCsv.importFile(copy, dir.resolve("m.csv"), problems::add, null);
			ImportSummary again = MeasurementCsv.importFile(copy, dir.resolve("m.csv"), problems::add, null);
			assertEquals(List.of(), problems);
			assertEquals(rows, first.inserted());
			assertEquals(rows, again.unchanged());
			assertTrue(rows > 0);
		}
	}
}
