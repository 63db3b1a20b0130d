package org.harapan.growth.who.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.harapan.growth.Ages;
import org.harapan.growth.Indicator;
import org.harapan.growth.Measured;
import org.harapan.growth.Reason;
import org.harapan.growth.ScoreSheet;
import org.harapan.growth.who.ReferenceAssessor;
import org.harapan.growth.who.ReferenceTables;
import org.junit.jupiter.api.Test;

/**
 * The age rules of the WHO R packages anthro 1.x and anthroplus 1.x (issue 8), with the built-in tables. The
 * expected z-scores were worked out by hand from the rows of WHO's files in {@code ../shared/reference/}:
 * z = ((y/M)^L - 1) / (S L), beyond +-3 SD WHO's restricted tail, 2007 L, M and S moved from the whole month
 * towards the next by the fraction of a month.
 */
class AnthroRulesTest {

    private final ReferenceAssessor assessor = ReferenceAssessor.who(ReferenceTables.shipped());

    private ScoreSheet run(int sex, double months, double kg, double cm, Measured how) {
        ScoreSheet s = new ScoreSheet().set(sex, Ages.monthsToDays(months), kg, cm, how, false);
        assessor.compute(s);
        return s;
    }

    /**
     * Girl, 68.0 cm standing, 7.8 kg. 8.9 months = 270.89 days (day 271: lenanthro L 1, M 70.0116, S 0.03444):
     * standing is implausible below 9 months, so no +0.7 cm: zlen (68.0/70.0116 - 1)/0.03444 = -0.834; wfl at
     * 68.0 cm (L -0.3833, M 7.7448, S 0.0909) 0.078; BMI 16.8685 at day 271 0.078. 9.1 months = 276.98 days (day
     * 277: M 70.2805, S 0.03445): the usual +0.7 cm, 68.7 cm: zlen -0.653; wfl at 68.7 cm (M 7.893, S 0.09083)
     * -0.131; BMI 16.5265 -0.137.
     */
    @Test
    void standingBelowNineMonthsIsTakenAsUnknownPosition() {
        ScoreSheet young = run(2, 8.9, 7.8, 68.0, Measured.STANDING);
        assertEquals(68.0, young.clenhei(), 1e-9, "no +0.7 cm at 8.9 months");
        assertEquals(-0.83, young.z(Indicator.LENGTH_HEIGHT_FOR_AGE));
        assertEquals(0.08, young.z(Indicator.WEIGHT_FOR_LENGTH));
        assertEquals(Reason.NOT_APPLICABLE, young.reason(Indicator.WEIGHT_FOR_HEIGHT), "by age: weight-for-length");
        assertEquals(0.08, young.z(Indicator.BMI_FOR_AGE));

        ScoreSheet older = run(2, 9.1, 7.8, 68.0, Measured.STANDING);
        assertEquals(68.7, older.clenhei(), 1e-9, "+0.7 cm from 9 months");
        assertEquals(-0.65, older.z(Indicator.LENGTH_HEIGHT_FOR_AGE));
        assertEquals(-0.13, older.z(Indicator.WEIGHT_FOR_LENGTH));
        assertEquals(-0.14, older.z(Indicator.BMI_FOR_AGE));

        // lying below 9 months is the right position: measured as given
        assertEquals(68.0, run(2, 8.9, 7.8, 68.0, Measured.LYING).clenhei(), 1e-9);
    }

    /**
     * Boy, 110 cm standing, 18.5 kg. 59.9 months = 1823.2 days (day 1823: weianthro L -0.1503, M 18.319,
     * S 0.13511): zwei 0.073, zlen 0.020. 60.1 months: no WHO 2006 z-score; WHO 2007 between months 60 and 61:
     * zhfa 0.048, zwfa 0.063, zbfa 0.017.
     */
    @Test
    void who2006OnlyBelowSixtyMonths() {
        ScoreSheet before = run(1, 59.9, 18.5, 110, Measured.STANDING);
        assertEquals("who2006", before.reference().id());
        assertEquals(0.07, before.z(Indicator.WEIGHT_FOR_AGE));
        assertEquals(0.02, before.z(Indicator.LENGTH_HEIGHT_FOR_AGE));
        assertFalse(Double.isNaN(before.z(Indicator.WEIGHT_FOR_HEIGHT)));

        ScoreSheet after = run(1, 60.1, 18.5, 110, Measured.STANDING);
        after.headCm = 50;
        after.muacCm = 16;
        assessor.compute(after);
        assertEquals("who2007", after.reference().id());
        assertTrue(after.schoolAge());
        for (Indicator only2006 : new Indicator[] {Indicator.WEIGHT_FOR_LENGTH, Indicator.WEIGHT_FOR_HEIGHT,
                Indicator.HEAD_CIRCUMFERENCE_FOR_AGE, Indicator.ARM_CIRCUMFERENCE_FOR_AGE}) {
            assertEquals(Reason.UNDER_60_MONTHS_ONLY, after.reason(only2006), only2006.name());
        }
        assertEquals(0.05, after.z(Indicator.LENGTH_HEIGHT_FOR_AGE));
        assertEquals(0.06, after.z(Indicator.WEIGHT_FOR_AGE));
        assertEquals(0.02, after.z(Indicator.BMI_FOR_AGE));
    }

    /**
     * Girl, 32 kg, 140 cm. 120 months (wfawho2007 L -0.5958, M 31.8578, S 0.17262): zwfa 0.026; 119.5 months
     * (halfway to month 120) 0.055; above 120 months none.
     */
    @Test
    void who2007WeightForAgeTo120MonthsInclusive() {
        ScoreSheet at120 = run(2, 120, 32, 140, Measured.STANDING);
        assertEquals(0.03, at120.z(Indicator.WEIGHT_FOR_AGE));
        assertEquals(0.21, at120.z(Indicator.LENGTH_HEIGHT_FOR_AGE));
        assertEquals(0.06, run(2, 119.5, 32, 140, Measured.STANDING).z(Indicator.WEIGHT_FOR_AGE));
        for (double months : new double[] {120.01, 120.5, 121}) {
            ScoreSheet past = run(2, months, 32, 140, Measured.STANDING);
            assertTrue(Double.isNaN(past.z(Indicator.WEIGHT_FOR_AGE)), months + " months");
            assertEquals(Reason.WEIGHT_FOR_AGE_TO_120_MONTHS, past.reason(Indicator.WEIGHT_FOR_AGE));
            assertFalse(Double.isNaN(past.z(Indicator.LENGTH_HEIGHT_FOR_AGE)), "height-for-age goes on");
        }
    }

    /** Boy, 176 cm, 70 kg. 228 months: zhfa -0.074, zbfa 0.140; 227.5: zhfa -0.073; 228.5 and 229: nothing. */
    @Test
    void who2007HeightAndBmiTo228MonthsInclusive() {
        ScoreSheet at228 = run(1, 228, 70, 176, Measured.STANDING);
        assertEquals("who2007", at228.reference().id());
        assertEquals(-0.07, at228.z(Indicator.LENGTH_HEIGHT_FOR_AGE));
        assertEquals(0.14, at228.z(Indicator.BMI_FOR_AGE));
        assertEquals(-0.07, run(1, 227.5, 70, 176, Measured.STANDING).z(Indicator.LENGTH_HEIGHT_FOR_AGE));
        for (double months : new double[] {228.01, 228.5, 229}) {
            ScoreSheet past = run(1, months, 70, 176, Measured.STANDING);
            assertNull(past.reference(), months + " months: no reference");
            assertEquals(Reason.NO_REFERENCE, past.reason(Indicator.LENGTH_HEIGHT_FOR_AGE));
            assertTrue(Double.isNaN(past.z(Indicator.BMI_FOR_AGE)));
        }
    }

    /** anthroplus has no lying/standing correction: the height is used as measured. */
    @Test
    void who2007UsesTheHeightAsMeasured() {
        ScoreSheet lying = run(1, 100, 25, 128, Measured.LYING);
        ScoreSheet standing = run(1, 100, 25, 128, Measured.STANDING);
        assertEquals(128, lying.clenhei(), 1e-9);
        assertEquals(standing.z(Indicator.LENGTH_HEIGHT_FOR_AGE), lying.z(Indicator.LENGTH_HEIGHT_FOR_AGE));
    }
}
