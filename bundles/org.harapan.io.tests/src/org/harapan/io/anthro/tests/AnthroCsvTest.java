package org.harapan.io.anthro.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.harapan.growth.AgeLimit;
import org.harapan.growth.GrowthAssessor;
import org.harapan.io.anthro.AnthroCsv;
import org.harapan.io.anthro.tests.AnthroFiles.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The anthro CSV batch against WHO's own results, through the growth services. */
class AnthroCsvTest {

    private static final String[][] IGROWUP = {{"zwei", "_ZWEI", "fwei", "_FWEI"}, {"zlen", "_ZLEN", "flen", "_FLEN"},
        {"zwfl", "_ZWFL", "fwfl", "_FWFL"}, {"zbmi", "_ZBMI", "fbmi", "_FBMI"}};

    @TempDir
    Path dir;

    @Test
    void igrowupRoundTripWithIgrowupAgeLimitMatchesEveryZScoreAndFlag() throws Exception {
        GrowthAssessor assessor = AnthroFiles.tables().assessor(null, AgeLimit.UP_TO_1856_DAYS);
        List<String> bad = compareIgrowup(assessor, 0.01);
        assertEquals(List.of(), bad);
    }

    /**
     * By default (anthro 1.x) the WHO 2006 standards stop below 60.0 months; WHO's file comes from igrowup, which
     * scores to 1856 days: ids 4, 44, 95 and 343 (60.2-60.8 months) differ by design and are scored by WHO 2007.
     */
    @Test
    void igrowupRoundTripWithBuiltInTablesMatchesWhereAnthroAgrees() throws Exception {
        List<String> bad = compareIgrowup(AnthroFiles.assessor(), 0.01);
        List<String> byDesign = bad.stream().map(b -> b.substring(0, b.indexOf(' ', 3))).distinct().toList();
        assertEquals(List.of("id 4", "id 44", "id 95", "id 343"), byDesign, String.join("\n", bad));
        assertEquals(16, bad.size(), "zwei, zlen, zwfl, zbmi of each");
        Table out = Table.read(dir.resolve("out.csv"));
        for (int i = 0; i < out.rows().size(); i++) {
            if (List.of("4", "44", "95", "343").contains(out.get(i, "id"))) {
                assertEquals("who2007", out.get(i, "reference"));
                assertEquals("", out.get(i, "zlen"));
                assertFalse(out.get(i, "zhfa").isEmpty());
            }
        }
    }

    /** Runs igrowup through AnthroCsv; returns the z-scores beyond {@code tolerance} and differing flags. */
    private List<String> compareIgrowup(GrowthAssessor assessor, double tolerance) throws Exception {
        Path input = AnthroFiles.igrowupInput(dir);
        Path output = dir.resolve("out.csv");
        AnthroCsv.Summary summary = AnthroCsv.process(input, output, assessor, AnthroCsv.Options.none());
        Table who = Table.read(AnthroFiles.reference().resolve("testdata/who2006_igrowup_survey_z_rc.csv"));
        Table in = Table.read(input);
        Table out = Table.read(output);
        assertEquals(498, summary.rows());
        assertEquals(who.rows().size(), out.rows().size());
        assertEquals(in.header(), out.header().subList(0, in.header().size()), "input columns first, unchanged");
        for (int i = 0; i < in.rows().size(); i++) {
            assertEquals(in.rows().get(i), out.rows().get(i).subList(0, in.header().size()), "row " + i);
        }
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < who.rows().size(); i++) {
            assertEquals(who.get(i, "id"), out.get(i, "id"), "rows in input order");
            for (String[] c : IGROWUP) {
                double expected = AnthroFiles.num(who.get(i, c[1]));
                double actual = AnthroFiles.num(out.get(i, c[0]));
                boolean same = Double.isNaN(expected) ? Double.isNaN(actual)
                        : Math.abs(expected - actual) <= tolerance + 1e-9;
                if (!same || !who.get(i, c[3]).equals(out.get(i, c[2]))) {
                    bad.add("id " + who.get(i, "id") + " " + c[0] + " WHO " + who.get(i, c[1]) + "/" + who.get(i, c[3])
                            + " got " + out.get(i, c[0]) + "/" + out.get(i, c[2]) + " reason " + out.get(i, "reason"));
                }
            }
            double clen = AnthroFiles.num(who.get(i, "_CLENHEI"));
            if (!Double.isNaN(clen)) {
                assertEquals(clen, AnthroFiles.num(out.get(i, "clenhei")), 1e-6, "clenhei of id " + who.get(i, "id"));
            }
        }
        return bad;
    }

    /**
     * WHO's 2007 survey file, with the built-in tables. It was made by WHO's older who2007 macros (weight-for-age
     * below 121 months, height and BMI below 229); anthroplus 1.x stops at 120 and 228 months inclusive, so those
     * values (ids 614, 251, 285, 297 zwfa; 320, 265, 634, 852 zhfa and zbfa) are empty here by design.
     */
    @Test
    void who2007SurveyMatchesAnthroplusWithTheBuiltInTables() throws Exception {
        Table who = Table.read(AnthroFiles.reference().resolve("testdata/who2007_survey_z.csv"));
        StringBuilder text = new StringBuilder("id,sex,age_months,weight_kg,lenhei_cm,oedema\n");
        for (int i = 0; i < who.rows().size(); i++) {
            text.append(who.get(i, "id")).append(',').append(who.get(i, "sex")).append(',')
                    .append(who.get(i, "agemons")).append(',').append(who.get(i, "weight")).append(',')
                    .append(who.get(i, "height")).append(',').append(who.get(i, "oedema")).append('\n');
        }
        Path input = dir.resolve("who2007.csv");
        Files.writeString(input, text, StandardCharsets.UTF_8);
        Path output = dir.resolve("out2007.csv");
        AnthroCsv.process(input, output, AnthroFiles.assessor(), AnthroCsv.Options.none());
        Table out = Table.read(output);
        assertEquals(who.rows().size(), out.rows().size());
        List<String> bad = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < who.rows().size(); i++) {
            double months = AnthroFiles.num(who.get(i, "agemons"));
            for (String z : new String[] {"zhfa", "zwfa", "zbfa"}) {
                String f = "f" + z.substring(1);
                double expected = months > (z.equals("zwfa") ? 120 : 228) ? Double.NaN : AnthroFiles.num(who.get(i, z));
                double actual = AnthroFiles.num(out.get(i, z));
                compared += Double.isNaN(expected) ? 0 : 1;
                boolean same = Double.isNaN(expected) ? Double.isNaN(actual) : Math.abs(expected - actual) <= 0.01 + 1e-9;
                String expectedFlag = Double.isNaN(expected) ? "" : who.get(i, f);
                if (!same || !expectedFlag.equals(out.get(i, f))) {
                    bad.add("id " + who.get(i, "id") + " " + z + " WHO " + who.get(i, z) + " got " + out.get(i, z)
                            + " reason " + out.get(i, "reason"));
                }
            }
            assertEquals(months > 228 ? "" : "who2007", out.get(i, "reference"));
            assertEquals("", out.get(i, "zlen"), "no 2006 columns for 5-19 years");
        }
        assertEquals(List.of(), bad);
        assertTrue(compared > 2000, compared + " z-scores compared");
    }

    @Test
    void schoolChildrenAreScoredWithTheBuiltInTablesAndThe2006OnlyMeasuresSaySo() throws Exception {
        Path input = dir.resolve("school.csv");
        Files.writeString(input, "id,sex,age_months,weight_kg,lenhei_cm,muac_cm,headc_cm\n1,1,100,25,128,,\n"
                + "2,2,60.1,18,109,16.5,50\n3,2,59.9,18,109,16.5,50\n4,1,229,70,176,,\n");
        Path output = dir.resolve("school-out.csv");
        AnthroCsv.process(input, output, AnthroFiles.assessor(), AnthroCsv.Options.none());
        Table out = Table.read(output);
        assertFalse(out.get(0, "zhfa").isEmpty());
        assertEquals("", out.get(0, "reason"));
        assertEquals("", out.get(1, "zac"));
        assertEquals("zhc, zac: WHO 2006 z-scores only below 60 months (age in days / 30.4375)",
                out.get(1, "reason"));
        assertFalse(out.get(1, "zhfa").isEmpty());
        assertFalse(out.get(2, "zac").isEmpty());
        assertFalse(out.get(2, "zhc").isEmpty());
        assertEquals("", out.get(2, "reason"));
        assertTrue(out.get(3, "reason").startsWith("zhfa, zwfa, zbfa: no growth reference covers this age"),
                out.get(3, "reason"));
        assertEquals("", out.get(3, "reference"));
    }
}
