package org.harapan.growth.who.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.Indicator;
import org.harapan.growth.Measured;
import org.harapan.growth.ScoreSheet;
import org.harapan.growth.who.tests.SharedReference.Csv;

/** Runs WHO's igrowup survey file (498 children, WHO-computed z-scores) through an assessor. */
final class IgrowupSurvey {

    static final String FILE = "testdata/who2006_igrowup_survey_z_rc.csv";
    static final String[] Z_COLUMNS = {"_ZWEI", "_ZLEN", "_ZWFL", "_ZBMI"};
    static final String[] F_COLUMNS = {"_FWEI", "_FLEN", "_FWFL", "_FBMI"};

    /** One compared value. */
    record Comparison(String id, String column, double expected, double actual, String expectedFlag,
            String actualFlag, String row) {

        double error() {
            if (Double.isNaN(expected) && Double.isNaN(actual)) {
                return 0;
            }
            if (Double.isNaN(expected) || Double.isNaN(actual)) {
                return Double.POSITIVE_INFINITY;
            }
            return Math.abs(expected - actual);
        }

        boolean flagMatches() {
            return expectedFlag.equals(actualFlag);
        }

        @Override
        public String toString() {
            return String.format("id %s %s expected %s got %s (flag %s/%s) | %s", id, column, expected, actual,
                    expectedFlag, actualFlag, row);
        }
    }

    static List<Comparison> run(GrowthAssessor assessor) throws IOException {
        Csv csv = Csv.read(SharedReference.dir().resolve(FILE));
        Map<String, Integer> c = csv.columns();
        List<Comparison> out = new ArrayList<>();
        ScoreSheet sheet = new ScoreSheet();
        for (String[] r : csv.rows()) {
            sheet.set((int) Csv.num(r[c.get("GENDER")]), Csv.num(r[c.get("_agedays")]), Csv.num(r[c.get("WEIGHT")]),
                    Csv.num(r[c.get("HEIGHT")]), Measured.parse(r[c.get("measure")]),
                    "y".equalsIgnoreCase(r[c.get("oedema")]));
            sheet.headCm = Csv.num(r[c.get("HEAD")]);
            sheet.muacCm = Csv.num(r[c.get("MUAC")]);
            sheet.tricepsMm = Csv.num(r[c.get("TRI")]);
            sheet.subscapularMm = Csv.num(r[c.get("SUB")]);
            assessor.compute(sheet);
            boolean plus = sheet.schoolAge(); // WHO 2007 scored the child: no 2006 z-score
            Indicator[] inds = {Indicator.WEIGHT_FOR_AGE, Indicator.LENGTH_HEIGHT_FOR_AGE, sheet.wflOrWfh(),
                    Indicator.BMI_FOR_AGE};
            String row = String.join(",", r);
            for (int k = 0; k < 4; k++) {
                double z = plus ? Double.NaN : sheet.z(inds[k]);
                String flag = Double.isNaN(z) ? "" : sheet.flagged(inds[k]) ? "1" : "0";
                out.add(new Comparison(r[c.get("id")], Z_COLUMNS[k], Csv.num(r[c.get(Z_COLUMNS[k])]), z,
                        r[c.get(F_COLUMNS[k])], flag, row + " | reason " + sheet.reason(inds[k]) + " | reference "
                                + (sheet.reference() == null ? "none" : sheet.reference().id())));
            }
            // clenhei as a side check
            double clen = Csv.num(r[c.get("_CLENHEI")]);
            out.add(new Comparison(r[c.get("id")], "_CLENHEI", clen, sheet.clenhei(), "", "", row));
        }
        return out;
    }

    private IgrowupSurvey() {
    }
}
