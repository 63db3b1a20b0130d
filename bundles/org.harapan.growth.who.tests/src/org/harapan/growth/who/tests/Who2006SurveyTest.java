package org.harapan.growth.who.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.harapan.growth.who.ReferenceAssessor;
import org.harapan.growth.who.ReferenceTables;
import org.harapan.growth.who.tests.IgrowupSurvey.Comparison;
import org.junit.jupiter.api.Test;

/** WHO's igrowup survey file: z-scores and flags as WHO computed them. */
class Who2006SurveyTest {

    @Test
    void dailyTablesMatchEveryZScoreAndFlag() throws Exception {
        ReferenceTables daily = ReferenceTables.load(SharedReference.dir().resolve("who2006-daily"));
        List<Comparison> all = IgrowupSurvey.run(ReferenceAssessor.who(daily));
        List<Comparison> bad = all.stream().filter(c -> c.error() > 0.01 + 1e-9 || !c.flagMatches()).toList();
        bad.forEach(c -> System.out.println("MISMATCH " + c));
        long values = all.stream().filter(c -> !Double.isNaN(c.expected())).count();
        System.out.printf("igrowup with WHO daily tables: %d values compared, %d mismatches%n", values, bad.size());
        assertEquals(List.of(), bad);
        assertTrue(values > 1500);
    }

    @Test
    void shippedTablesMatchAtLeast995PerMille() throws Exception {
        List<Comparison> all = IgrowupSurvey.run(ReferenceAssessor.who(ReferenceTables.shipped()));
        List<Comparison> z = all.stream().filter(c -> c.column().startsWith("_Z") && !Double.isNaN(c.expected()))
                .toList();
        long within = z.stream().filter(c -> c.error() <= 0.01 + 1e-9).count();
        double share = (double) within / z.size();
        System.out.printf("igrowup with shipped tables: %d of %d z-scores within 0.01 (%.2f%%); worst:%n", within,
                z.size(), 100 * share);
        z.stream().sorted(Comparator.comparingDouble(Comparison::error).reversed()).limit(8)
                .forEach(c -> System.out.printf("  |dz| %.3f  %s%n", c.error(), c));
        long missing = all.stream().filter(c -> c.column().startsWith("_Z")
                && Double.isNaN(c.expected()) != Double.isNaN(c.actual())).count();
        assertEquals(0, missing, "z-scores present/absent as in WHO's file");
        assertTrue(share >= 0.995, "at least 99.5% within 0.01, was " + share);
    }
}
