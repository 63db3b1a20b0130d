package org.harapan.io.anthro.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.harapan.growth.GrowthAssessor;
import org.harapan.io.anthro.AnthroCsv;
import org.harapan.io.anthro.tests.AnthroFiles.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prevalence on WHO's igrowup survey: the counts equal those from WHO's own z-scores and flags (flagged values
 * excluded), the percentages follow from them, and the 95% intervals hold the estimate; by region the groups add
 * up to the whole.
 */
class AnthroPrevalenceTest {

    @TempDir
    Path dir;

    @Test
    void igrowupPrevalenceAgreesWithWhoZScoresAndIsConsistent() throws Exception {
        GrowthAssessor assessor = AnthroFiles.tables().assessorWith(AnthroFiles.reference().resolve("who2006-daily"));
        Path prevalence = dir.resolve("prevalence.csv");
        AnthroCsv.process(AnthroFiles.igrowupInput(dir), dir.resolve("out.csv"), assessor,
                new AnthroCsv.Options(prevalence, "region", null));
        Table p = Table.read(prevalence);
        assertEquals(java.util.List.of("group", "indicator", "cutoff", "n", "cases", "prevalence_pct", "ci95_lower_pct",
                "ci95_upper_pct", "mean_z"), p.header());
        Map<String, long[]> rows = new HashMap<>();
        for (int i = 0; i < p.rows().size(); i++) {
            long n = Long.parseLong(p.get(i, "n"));
            long cases = Long.parseLong(p.get(i, "cases"));
            double pct = AnthroFiles.num(p.get(i, "prevalence_pct"));
            double lower = AnthroFiles.num(p.get(i, "ci95_lower_pct"));
            double upper = AnthroFiles.num(p.get(i, "ci95_upper_pct"));
            String key = p.get(i, "group") + "|" + p.get(i, "indicator") + "|" + p.get(i, "cutoff");
            rows.put(key, new long[] {n, cases});
            assertEquals(100.0 * cases / n, pct, 0.051, key);
            assertTrue(lower <= pct + 1e-9 && pct <= upper + 1e-9 && lower >= 0 && upper <= 100, key + " " + lower
                    + " " + pct + " " + upper);
            assertTrue(cases == 0 || upper - lower > 0, key);
        }
        // the whole sample from WHO's own z-scores: stunting and underweight (wasting counts oedema specially)
        Table who = Table.read(AnthroFiles.reference().resolve("testdata/who2006_igrowup_survey_z_rc.csv"));
        assertEquals(expected(who, "_ZLEN", "_FLEN", -2, false), rows.get("All|stunting (zlen)|<-2")[1]);
        assertEquals(expected(who, "_ZLEN", "_FLEN", -3, false), rows.get("All|stunting (zlen)|<-3")[1]);
        assertEquals(expected(who, "_ZLEN", "_FLEN", 0, true), rows.get("All|stunting (zlen)|<-2")[0]);
        assertEquals(expected(who, "_ZWFL", "_FWFL", 2, false), rows.get("All|overweight (zwfl)|>+2")[1]);
        // groups add up
        for (String outcome : new String[] {"stunting (zlen)|<-2", "underweight (zwei)|<-2", "wasting (zwfl)|<-3"}) {
            long n = 0;
            long cases = 0;
            for (Map.Entry<String, long[]> e : rows.entrySet()) {
                if (e.getKey().startsWith("region=") && e.getKey().endsWith(outcome)) {
                    n += e.getValue()[0];
                    cases += e.getValue()[1];
                }
            }
            assertEquals(rows.get("All|" + outcome)[0], n, outcome);
            assertEquals(rows.get("All|" + outcome)[1], cases, outcome);
        }
    }

    /**
     * As WHO anthro: children of 0-1826 days (rounded) or of unknown age are counted; a child with oedema counts
     * below -3 SD for the weight-based indicators whatever else is missing, also at 1826.3 days (60.0 months), where
     * there is no WHO 2006 z-score; 1826.6 days rounds to 1827 and is left out.
     */
    @Test
    void oedemaAndTheAgeWindowAsWhoAnthro() throws Exception {
        Path input = dir.resolve("edge.csv");
        java.nio.file.Files.writeString(input, "id,sex,age_days,weight_kg,lenhei_cm,measure,oedema\n"
                + "normal,1,400,9.5,75,l,n\nnoage,2,,,80,l,y\nsixty,1,1826.3,17,108,h,y\nolder,1,1826.6,17,108,h,y\n");
        Path prevalence = dir.resolve("edge-prevalence.csv");
        AnthroCsv.process(input, dir.resolve("edge-out.csv"), AnthroFiles.assessor(),
                new AnthroCsv.Options(prevalence, null, null));
        Table p = Table.read(prevalence);
        Map<String, String[]> rows = new HashMap<>();
        for (int i = 0; i < p.rows().size(); i++) {
            rows.put(p.get(i, "indicator") + "|" + p.get(i, "cutoff"), new String[] {p.get(i, "n"), p.get(i, "cases")});
        }
        assertEquals(List.of("3", "2"), List.of(rows.get("underweight (zwei)|<-3")));
        assertEquals(List.of("3", "2"), List.of(rows.get("wasting (zwfl)|<-3")));
        assertEquals(List.of("3", "0"), List.of(rows.get("overweight (zwfl)|>+2")));
        assertEquals(List.of("1", "0"), List.of(rows.get("stunting (zlen)|<-2")));
    }

    /** Cases (or with {@code count} the denominator) from WHO's z column, unflagged, 0-1826 days. */
    private static long expected(Table who, String z, String flag, double cutoff, boolean count) {
        long result = 0;
        for (int i = 0; i < who.rows().size(); i++) {
            double v = AnthroFiles.num(who.get(i, z));
            double days = AnthroFiles.num(who.get(i, "_agedays"));
            if (Double.isNaN(v) || !"0".equals(who.get(i, flag)) || days > 1826) {
                continue;
            }
            if (count || (cutoff > 0 ? v > cutoff : v < cutoff)) {
                result++;
            }
        }
        return result;
    }

    @Test
    void clusteredIntervalsKeepThePointEstimateInside() throws Exception {
        GrowthAssessor assessor = AnthroFiles.tables().assessorWith(AnthroFiles.reference().resolve("who2006-daily"));
        Path simple = dir.resolve("srs.csv");
        Path clustered = dir.resolve("cluster.csv");
        Path input = AnthroFiles.igrowupInput(dir);
        AnthroCsv.process(input, dir.resolve("o1.csv"), assessor, new AnthroCsv.Options(simple, null, null));
        AnthroCsv.process(input, dir.resolve("o2.csv"), assessor, new AnthroCsv.Options(clustered, null, "region"));
        Table a = Table.read(simple);
        Table b = Table.read(clustered);
        assertEquals(a.rows().size(), b.rows().size());
        for (int i = 0; i < a.rows().size(); i++) {
            assertEquals(a.get(i, "prevalence_pct"), b.get(i, "prevalence_pct"), "same point estimate");
            double lower = AnthroFiles.num(b.get(i, "ci95_lower_pct"));
            double upper = AnthroFiles.num(b.get(i, "ci95_upper_pct"));
            double pct = AnthroFiles.num(b.get(i, "prevalence_pct"));
            assertTrue(Double.isNaN(lower) || (lower <= pct + 1e-9 && pct <= upper + 1e-9), "clustered CI holds " + pct);
        }
    }
}
