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

/** WHO's 2007 survey example (anthroplus): zhfa, zwfa, zbfa and flags as WHO computed them. */
class Who2007SurveyTest {

    @Test
    void importedTablesMatchEveryZScoreAndFlag() throws Exception {
        ReferenceTables tables = ReferenceTables.load(SharedReference.dir().resolve("who2007"));
        ReferenceAssessor assessor = ReferenceAssessor.who(ReferenceTables.shipped().overriddenBy(tables));
        Csv csv = Csv.read(SharedReference.dir().resolve("testdata/who2007_survey_z.csv"));
        Map<String, Integer> c = csv.columns();
        String[][] cols = {{"zhfa", "fhfa"}, {"zwfa", "fwfa"}, {"zbfa", "fbfa"}};
        Indicator[] inds = {Indicator.LENGTH_HEIGHT_FOR_AGE, Indicator.WEIGHT_FOR_AGE, Indicator.BMI_FOR_AGE};
        List<String> bad = new ArrayList<>();
        int compared = 0;
        ScoreSheet sheet = new ScoreSheet();
        for (String[] r : csv.rows()) {
            sheet.set((int) Csv.num(r[c.get("sex")]), Ages.monthsToDays(Csv.num(r[c.get("agemons")])),
                    Csv.num(r[c.get("weight")]), Csv.num(r[c.get("height")]), Measured.UNKNOWN,
                    "y".equalsIgnoreCase(r[c.get("oedema")]));
            assessor.compute(sheet);
            for (int k = 0; k < 3; k++) {
                double expected = Csv.num(r[c.get(cols[k][0])]);
                double actual = sheet.z(inds[k]);
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
        System.out.printf("WHO 2007 survey: %d z-scores compared, %d mismatches%n", compared, bad.size());
        assertEquals(List.of(), bad);
        assertTrue(compared > 2000);
    }

    @Test
    void withoutImportedTablesTheReasonSaysWhatToImport() {
        ReferenceAssessor assessor = ReferenceAssessor.who(ReferenceTables.shipped());
        ScoreSheet sheet = new ScoreSheet().set(1, Ages.monthsToDays(100), 25, 128, Measured.STANDING, false);
        assessor.compute(sheet);
        assertEquals(Reason.TABLES_NOT_INSTALLED, sheet.reason(Indicator.LENGTH_HEIGHT_FOR_AGE));
        assertTrue(sheet.reason(Indicator.BMI_FOR_AGE).messageEn()
                .contains("import WHO 2007 tables with ./harapan reference import DIR"));
    }
}
