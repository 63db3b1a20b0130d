package org.harapan.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.cli.CliCommand;
import org.harapan.growth.who.Who2006Standards;
import org.harapan.store.ChildQuery;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreLocation;
import org.harapan.store.Workplace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The demo goes into the store through casework, which indexes its children's growth. */
class DemoStoreTest {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	@TempDir
	Path dir;

	static <T> T service(Class<T> type) throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(DemoStoreTest.class);
		if (bundle.getBundleContext() == null) {
			bundle.start();
		}
		BundleContext context = bundle.getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(20_000);
		assertNotNull(service, type.getSimpleName() + " registered by SCR");
		return service;
	}

	@Test
	void theDemoIsStoredThroughCaseworkWithTheGrowthIndex() throws Exception {
		CaseworkService caseworks = service(CaseworkService.class);
		try (Casework casework = caseworks.open(StoreLocation.embedded(dir.resolve("demo")), null)) {
			DemoStore.Filled filled = DemoStore.fill(casework, new DemoGenerator(
					DemoSettings.paser(TODAY).withHouseholds(400), new Who2006Standards()), null);
			assertEquals(400, filled.result().inserted(), () -> filled.result().messages("en").toString());
			assertEquals(400, filled.households());
			long under5 = casework.findChildren(ChildQuery.under5In("64.01", TODAY)).stream()
					.filter(c -> !Double.isNaN(c.zlen())).count();
			long stunted = casework.findChildren(ChildQuery.under5In("64.01", TODAY).stunted()).size();
			assertTrue(under5 > 100, "scored under-fives " + under5);
			double share = stunted / (double) under5;
			assertTrue(share > 0.1 && share < 0.3, "stunted share " + share);
			assertEquals(casework.user(), casework.history("KPM-6401-000001").get(0).user());
		}
	}

	/** What a test does with the default store of {@link #dir} as the data folder. */
	interface InDataFolder {
		void run(CaseworkService caseworks) throws Exception;
	}

	/** Runs {@code test} with {@link #dir} as the data folder of the workplace, then restores the one before. */
	private void inDataFolder(InDataFolder test) throws Exception {
		CaseworkService caseworks = service(CaseworkService.class);
		Workplace workplace = service(Workplace.class);
		Optional<Path> before = workplace.dataFolder();
		workplace.setDataFolder(dir);
		try {
			test.run(caseworks);
		} finally {
			workplace.setDataFolder(before.orElse(null));
		}
	}

	@Test
	void ensureLeavesAnExistingDefaultStoreAlone() throws Exception {
		inDataFolder(caseworks -> {
			assertTrue(!DemoStore.exists(caseworks.defaultLocation()));
			try (Casework casework = caseworks.openDefault(null)) {
				assertTrue(casework.isEmpty());
			}
			assertTrue(DemoStore.exists(caseworks.defaultLocation()));
			assertTrue(DemoStore.ensure(caseworks, new Who2006Standards(), null).isEmpty());
		});
	}

	@Test
	void theFirstStartsDemoIsOfTheChosenKabupaten() throws Exception {
		inDataFolder(caseworks -> {
			DemoSettings lampungTimur = DemoSettings.kabupaten("18.07", TODAY); //$NON-NLS-1$
			assertEquals(DemoSettings.DEFAULT_HOUSEHOLDS, lampungTimur.households());
			DemoStore.Filled filled = DemoStore.ensure(caseworks, new Who2006Standards(), lampungTimur.withHouseholds(150),
					null).orElseThrow();
			assertEquals(150, filled.result().inserted(), () -> filled.result().messages("en").toString()); //$NON-NLS-1$
			try (Casework casework = caseworks.openDefault(null)) {
				assertEquals(150, casework.statistics().households());
				assertTrue(casework.statistics().byKecamatan().keySet().stream().allMatch(k -> k.startsWith("18.07.")), //$NON-NLS-1$
						() -> casework.statistics().byKecamatan().toString());

				// the user then chooses Paser: its demo joins the store; choosing it again adds nothing
				DemoSettings paser = DemoSettings.kabupaten("64.01", TODAY).withHouseholds(120); //$NON-NLS-1$
				assertEquals(120, DemoStore.addKabupaten(casework, new Who2006Standards(), paser, null).orElseThrow()
						.result().inserted());
				assertTrue(DemoStore.addKabupaten(casework, new Who2006Standards(), paser, null).isEmpty());
				assertTrue(DemoStore.addKabupaten(casework, new Who2006Standards(), lampungTimur, null).isEmpty());
				assertEquals(270, casework.statistics().households());
				assertTrue(casework.find(HouseholdQuery.all().withPage(0, 1000)).stream()
						.anyMatch(h -> h.kpmId().startsWith("KPM-6401-"))); //$NON-NLS-1$
			}
		});
	}

	@Test
	void theDemoBundleContributesTheDemoAndBenchStoreCommands() throws Exception {
		service(CaseworkService.class);
		BundleContext context = FrameworkUtil.getBundle(DemoStoreTest.class).getBundleContext();
		ServiceTracker<CliCommand, CliCommand> tracker = new ServiceTracker<>(context, CliCommand.class, null);
		tracker.open();
		try {
			long deadline = System.nanoTime() + 20_000_000_000L;
			List<String> names = List.of();
			while (System.nanoTime() < deadline) {
				names = tracker.getTracked().values().stream().map(c -> c.name() + " " + c.usage().split(" ")[0])
						.toList();
				if (names.stream().anyMatch(n -> n.startsWith("demo ")) && names.contains("bench store")) {
					break;
				}
				Thread.sleep(50);
			}
			assertTrue(names.stream().anyMatch(n -> n.startsWith("demo ")), names::toString);
			assertTrue(names.contains("bench store"), names::toString);
		} finally {
			tracker.close();
		}
	}
}
