package org.harapan.growth.who.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.harapan.growth.AgeLimit;
import org.harapan.growth.Ages;
import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.GrowthReference;
import org.harapan.growth.Indicator;
import org.harapan.growth.Measured;
import org.harapan.growth.Reason;
import org.harapan.growth.ReferenceTableService;
import org.harapan.growth.ScoreSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Inside OSGi: SCR registers the assessor and both WHO references, and the assessor picks one by age. */
class GrowthServicesTest {

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(GrowthServicesTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        assertNotNull(service, type.getName() + " registered by SCR");
        return service;
    }

    @Test
    void assessorServicePicksTheReferenceByAge() throws Exception {
        GrowthAssessor assessor = service(GrowthAssessor.class);
        long deadline = System.currentTimeMillis() + 10_000;
        while (assessor.references().size() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        List<String> ids = assessor.references().stream().map(GrowthReference::id).toList();
        assertEquals(List.of("who2006", "who2007"), ids, "both references, youngest first");

        ScoreSheet sheet = new ScoreSheet();
        assessor.compute(sheet.set(1, 0, 3.35, 49.9, Measured.LYING, false));
        assertEquals("who2006", sheet.reference().id());
        assertEquals(0.0, sheet.z(Indicator.WEIGHT_FOR_AGE), 0.05);

        assessor.compute(sheet.set(2, 1826, 18, 109, Measured.STANDING, false));
        assertEquals("who2006", sheet.reference().id(), "1826 days (59.99 months): still the 2006 standards");
        assertFalse(Double.isNaN(sheet.z(Indicator.LENGTH_HEIGHT_FOR_AGE)));

        assessor.compute(sheet.set(2, Ages.monthsToDays(60), 18.5, 110, Measured.STANDING, false));
        assertEquals("who2007", sheet.reference().id(), "60 months: the 2007 reference");
        assertTrue(sheet.schoolAge());
        assertFalse(Double.isNaN(sheet.z(Indicator.WEIGHT_FOR_AGE)), "built-in 2007 tables");

        assessor.compute(sheet.set(1, Ages.monthsToDays(12 * 25), 70, 175, Measured.STANDING, false));
        assertNull(sheet.reference(), "25 years: no reference");
        assertEquals(Reason.NO_REFERENCE, sheet.reason(Indicator.WEIGHT_FOR_AGE));
    }

    @Test
    void tableServiceReportsEveryTableBuiltIn() throws Exception {
        ReferenceTableService tables = service(ReferenceTableService.class);
        List<ReferenceTableService.Table> all = tables.tables();
        assertEquals(12, all.size());
        for (ReferenceTableService.Table table : all) {
            assertTrue(table.installed() && !table.imported(), table.name());
        }
        ReferenceTableService.Table hfa = all.stream().filter(t -> t.name().equals("hfawho2007")).findFirst().get();
        assertEquals("who2007", hfa.reference());
        assertEquals("hfawho2007.txt", hfa.fileName());
    }

    @Test
    void oneRunTablesAreValidatedBeforeUse(@TempDir Path dir) throws Exception {
        ReferenceTableService tables = service(ReferenceTableService.class);
        Files.writeString(dir.resolve("weianthro.txt"), "sex\tage\tl\tm\ts\n1\t0\t0.3487\t3.3464\t0.14602\n");
        IOException e = assertThrows(IOException.class, () -> tables.assessorWith(dir));
        assertTrue(e.getMessage().contains("weianthro"), e.getMessage());
        IOException none = assertThrows(IOException.class, () -> tables.assessorWith(dir.resolve("..").resolve("nothing")));
        assertNotNull(none.getMessage());
        GrowthAssessor oneRun = tables.assessorWith(SharedReference.dir().resolve("who2007"));
        ScoreSheet sheet = new ScoreSheet().set(1, Ages.monthsToDays(100), 25, 128, Measured.STANDING, false);
        oneRun.compute(sheet);
        assertFalse(Double.isNaN(sheet.z(Indicator.LENGTH_HEIGHT_FOR_AGE)), "2007 tables of the folder used");
        assertTrue(sheet.reference().title().contains("imported from"), sheet.reference().title());
    }

    @Test
    void ageLimitForOneRunLeavesTheServicesAlone() throws Exception {
        ReferenceTableService tables = service(ReferenceTableService.class);
        GrowthAssessor igrowup = tables.assessor(null, AgeLimit.UP_TO_1856_DAYS);
        ScoreSheet sheet = new ScoreSheet().set(1, 1840, 18, 110, Measured.STANDING, false);
        igrowup.compute(sheet);
        assertEquals("who2006", sheet.reference().id());
        assertFalse(Double.isNaN(sheet.z(Indicator.WEIGHT_FOR_HEIGHT)));
        service(GrowthAssessor.class).compute(sheet);
        assertEquals("who2007", sheet.reference().id(), "services unchanged");
        assertEquals(Reason.UNDER_60_MONTHS_ONLY, sheet.reason(Indicator.WEIGHT_FOR_HEIGHT));
    }
}
