package org.harapan.growth.who.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.harapan.growth.Ages;
import org.harapan.growth.Indicator;
import org.harapan.growth.Measured;
import org.harapan.growth.Reason;
import org.harapan.growth.ScoreSheet;
import org.harapan.growth.who.ReferenceAssessor;
import org.harapan.growth.who.ReferenceTables;
import org.harapan.growth.who.tests.SharedReference.Csv;
import org.junit.jupiter.api.Test;

/**
 * WHO's 2007 survey example (933 children): zhfa, zwfa, zbfa and flags as WHO computed them, with the built-in
 * tables.
 * <p>
 * Rows that differ by design: the file was made by WHO's older who2007 macros, which score weight-for-age below 121
 * months and height- and BMI-for-age below 229 months. anthroplus 1.x scores them up to 120 and 228 months
 * inclusive, nothing beyond: zwfa of ids 614 (120.16 months), 251 (120.35), 285 (120.61) and 297 (120.66), zhfa
 * and zbfa of ids 320 (228.01), 265 (228.31), 634 (228.56) and 852 (228.59) are empty here.
 */
class Who2007SurveyTest {

    @Test
    void builtInTablesMatchEveryZScoreAndFlagWithinAnthroplusAges() throws Exception {
        ReferenceAssessor assessor = ReferenceAssessor.who(ReferenceTables.shipped());
        Csv csv = Csv.read(SharedReference.dir().resolve("testdata/who2007_survey_z.csv"));
        Map<String, Integer> c = csv.columns();
        String[][] cols = {{"zhfa", "fhfa"}, {"zwfa", "fwfa"}, {"zbfa", "fbfa"}};
        Indicator[] inds = {Indicator.LENGTH_HEIGHT_FOR_AGE, Indicator.WEIGHT_FOR_AGE, Indicator.BMI_FOR_AGE};
        double[] maxMonths = {228, 120, 228};
        List<String> bad = new ArrayList<>();
        List<String> byDesign = new ArrayList<>();
        int compared = 0;
        ScoreSheet sheet = new ScoreSheet();
        for (String[] r : csv.rows()) {
            double months = Csv.num(r[c.get("agemons")]);
            sheet.set((int) Csv.num(r[c.get("sex")]), Ages.monthsToDays(months), Csv.num(r[c.get("weight")]),
                    Csv.num(r[c.get("height")]), Measured.UNKNOWN, "y".equalsIgnoreCase(r[c.get("oedema")]));
            assessor.compute(sheet);
            for (int k = 0; k < 3; k++) {
                double expected = Csv.num(r[c.get(cols[k][0])]);
                double actual = sheet.reference() == null ? Double.NaN : sheet.z(inds[k]);
                if (months > maxMonths[k]) {
                    assertTrue(Double.isNaN(actual), "nothing past " + maxMonths[k] + " months: id " + r[c.get("id")]);
                    if (!Double.isNaN(expected)) {
                        byDesign.add(r[c.get("id")] + " " + cols[k][0]);
                    }
                    continue;
                }
                String expectedFlag = r[c.get(cols[k][1])];
                String actualFlag = Double.isNaN(actual) ? "" : sheet.flagged(inds[k]) ? "1" : "0";
                boolean same = Double.isNaN(expected) ? Double.isNaN(actual)
                        : Math.abs(expected - actual) <= 0.01 + 1e-9;
                if (!Double.isNaN(expected)) {
                    compared++;
                }
                if (!same || !expectedFlag.equals(actualFlag)) {
                    bad.add(String.format("id %s %s expected %s got %s flag %s/%s reason %s", r[c.get("id")],
                            cols[k][0], expected, actual, expectedFlag, actualFlag, sheet.reason(inds[k])));
                }
            }
        }
        bad.forEach(System.out::println);
        System.out.printf("WHO 2007 survey: %d z-scores compared, %d mismatches, by design: %s%n", compared,
                bad.size(), byDesign);
        assertEquals(List.of(), bad);
        assertTrue(compared > 2000);
        assertEquals(List.of("251 zwfa", "265 zbfa", "265 zhfa", "285 zwfa", "297 zwfa", "320 zbfa", "320 zhfa",
                "614 zwfa", "634 zbfa", "634 zhfa", "852 zbfa", "852 zhfa"), byDesign.stream().sorted().toList());
    }

    @Test
    void withoutTablesTheReasonSaysHowToInstallThem() {
        ReferenceAssessor assessor = ReferenceAssessor.who(ReferenceTables.empty());
        ScoreSheet sheet = new ScoreSheet().set(1, Ages.monthsToDays(100), 25, 128, Measured.STANDING, false);
        assessor.compute(sheet);
        assertEquals(Reason.TABLE_NOT_INSTALLED, sheet.reason(Indicator.LENGTH_HEIGHT_FOR_AGE));
        assertTrue(sheet.reason(Indicator.BMI_FOR_AGE).messageEn().contains("./harapan reference import DIR"));
    }
}
