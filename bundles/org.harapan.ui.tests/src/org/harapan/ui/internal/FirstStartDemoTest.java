package org.harapan.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.demo.DemoGenerator;
import org.harapan.demo.DemoSettings;
import org.harapan.demo.DemoStore;
import org.harapan.growth.GrowthReference;
import org.harapan.growth.who.Who2006Standards;
import org.harapan.store.StoreLocation;
import org.harapan.ui.CaseStoreJobs;
import org.harapan.ui.Role;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo of a first start is of the kabupaten the user chose or the district's workbench names (else Paser);
 * when it was made before the user chose, the kabupaten the user then chooses gets its demo in the same store.
 */
class FirstStartDemoTest {

	@TempDir
	Path dir;

	@AfterEach
	void restore() {
		DefaultScope.INSTANCE.getNode(WorkingRegion.NODE).remove(WorkingRegion.KABUPATEN);
		WorkingRegion.clear();
	}

	@Test
	void theDemoIsOfTheChosenOrTheDistrictsKabupatenElsePaser() {
		WorkingRegion.clear();
		assertEquals("64.01", FirstStartDemo.kabupaten()); //$NON-NLS-1$
		DefaultScope.INSTANCE.getNode(WorkingRegion.NODE).put(WorkingRegion.KABUPATEN, "18.07"); // a package //$NON-NLS-1$
		assertEquals("18.07", FirstStartDemo.kabupaten()); //$NON-NLS-1$
		new WorkingRegion(Role.DISTRICT_SUPERVISOR, "16.05", List.of()).store(); //$NON-NLS-1$
		assertEquals("16.05", FirstStartDemo.kabupaten()); //$NON-NLS-1$
		DemoSettings demo = FirstStartDemo.settings("16.05"); //$NON-NLS-1$
		assertEquals("16.05", demo.regionCode()); //$NON-NLS-1$
		assertEquals(LocalDate.now(), demo.today());
		assertEquals("Kabupaten Musi Rawas", FirstStartDemo.name("16.05")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theFirstKabupatenChosenAfterTheDemoWasMadeGetsItsDemoToo() throws Exception {
		Workbench.waitUntil(CaseStoreJobs::isDone, "the store of the first start", 600); //$NON-NLS-1$
		// the workbench's own first start may follow the first choice too: choose its kabupaten first
		WorkingRegion.clear();
		new WorkingRegion(Role.DISTRICT_SUPERVISOR, FirstStartDemo.kabupaten(), List.of()).store();
		WorkingRegion.clear();

		CaseworkService service = Workbench.service(CaseworkService.class);
		GrowthReference who2006 = new Who2006Standards();
		StoreLocation location = StoreLocation.embedded(dir.resolve("first-start")); //$NON-NLS-1$
		try (Casework casework = service.open(location, null)) {
			DemoStore.fill(casework, new DemoGenerator(DemoSettings.paser(LocalDate.now()).withHouseholds(100), who2006),
					null);
		}
		FirstStartDemo follower = new FirstStartDemo(service, who2006, location, "64.01", //$NON-NLS-1$
				k -> FirstStartDemo.settings(k).withHouseholds(150));
		assertNull(follower.chosen("64.01"), "the demo made is of the kabupaten chosen: nothing to add"); //$NON-NLS-1$ //$NON-NLS-2$
		WorkingRegion.preferences().addPropertyChangeListener(follower);
		new WorkingRegion(Role.DISTRICT_SUPERVISOR, "18.07", List.of()).store(); //$NON-NLS-1$
		Job.getJobManager().join(CaseStoreJobs.FAMILY, null);
		new WorkingRegion(Role.DISTRICT_SUPERVISOR, "11.01", List.of()).store(); // only the first choice //$NON-NLS-1$
		Job.getJobManager().join(CaseStoreJobs.FAMILY, null);
		WorkingRegion.preferences().removePropertyChangeListener(follower);

		try (Casework casework = service.open(location, null)) {
			assertEquals(250, casework.statistics().households());
			assertTrue(casework.statistics().byKecamatan().keySet().stream().anyMatch(k -> k.startsWith("18.07.")), //$NON-NLS-1$
					() -> casework.statistics().byKecamatan().toString());
			assertTrue(casework.statistics().byKecamatan().keySet().stream().noneMatch(k -> k.startsWith("11.01.")), //$NON-NLS-1$
					() -> casework.statistics().byKecamatan().toString());
		}
	}
}
