package org.harapan.growth.who.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.harapan.growth.AgeLimit;
import org.harapan.growth.Ages;
import org.harapan.growth.Assessment;
import org.harapan.growth.Category;
import org.harapan.growth.Indicator;
import org.harapan.growth.Lms;
import org.harapan.growth.Measured;
import org.harapan.growth.Measurement;
import org.harapan.growth.Reason;
import org.harapan.growth.ScoreSheet;
import org.harapan.growth.Sex;
import org.harapan.growth.who.ReferenceAssessor;
import org.harapan.growth.who.ReferenceTables;
import org.harapan.growth.who.Who2006Standards;
import org.harapan.growth.who.Who2007Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The edge cases named in issue 5, with the built-in tables (WHO's daily 2006 and monthly 2007 tables). */
class EdgeCaseTest {

    static ReferenceTables who;
    static ReferenceAssessor assessor;
    static Who2006Standards w2006;

    @BeforeAll
    static void load() throws Exception {
        who = ReferenceTables.shipped();
        w2006 = new Who2006Standards(who);
        assessor = new ReferenceAssessor(w2006, new Who2007Reference(who));
    }

    private static ScoreSheet run(int sex, double days, double kg, double cm, Measured how, boolean oedema) {
        ScoreSheet s = new ScoreSheet().set(sex, days, kg, cm, how, oedema);
        assessor.compute(s);
        return s;
    }

    @Test
    void birthDayZero() {
        // boys at day 0: M weight 3.3464 kg, M length 49.8842 cm
        ScoreSheet s = run(1, 0, 3.3464, 49.8842, Measured.LYING, false);
        assertEquals(0.0, s.z(Indicator.WEIGHT_FOR_AGE));
        assertEquals(0.0, s.z(Indicator.LENGTH_HEIGHT_FOR_AGE));
        assertEquals(Reason.NONE, s.reason(Indicator.WEIGHT_FOR_LENGTH));
        assertEquals(Reason.NOT_APPLICABLE, s.reason(Indicator.WEIGHT_FOR_HEIGHT));
        assertEquals("who2006", s.reference().id());
    }

    @Test
    void day730LyingAndStanding() {
        ScoreSheet lying = run(2, 730, 11, 85, Measured.LYING, false);
        assertEquals(85.0, lying.clenhei(), 1e-9);
        assertEquals(Reason.NONE, lying.reason(Indicator.WEIGHT_FOR_LENGTH));
        ScoreSheet standing = run(2, 730, 11, 85, Measured.STANDING, false);
        assertEquals(85.7, standing.clenhei(), 1e-9, "standing below 731 days: +0.7 cm");
        assertEquals(Reason.NONE, standing.reason(Indicator.WEIGHT_FOR_LENGTH));
        assertEquals(lenZ(2, 730, 85.7), standing.z(Indicator.LENGTH_HEIGHT_FOR_AGE));
        // BMI from the corrected length
        assertEquals(11 / (0.857 * 0.857), standing.cbmi(), 1e-9);
    }

    @Test
    void day731LyingAndStanding() {
        ScoreSheet lying = run(2, 731, 11, 85, Measured.LYING, false);
        assertEquals(84.3, lying.clenhei(), 1e-9, "lying from 731 days: -0.7 cm");
        assertEquals(Reason.NONE, lying.reason(Indicator.WEIGHT_FOR_HEIGHT));
        assertEquals(Reason.NOT_APPLICABLE, lying.reason(Indicator.WEIGHT_FOR_LENGTH));
        ScoreSheet standing = run(2, 731, 11, 85, Measured.STANDING, false);
        assertEquals(85.0, standing.clenhei(), 1e-9);
        assertEquals(lenZ(2, 731, 85.0), standing.z(Indicator.LENGTH_HEIGHT_FOR_AGE));
        // 730.5 days rounds to 731 (WHO Anthro >= 0.9.2)
        assertEquals(Reason.NONE, run(2, 730.5, 11, 85, Measured.STANDING, false)
                .reason(Indicator.WEIGHT_FOR_HEIGHT));
    }

    private static double lenZ(int sex, int day, double cm) {
        Lms lms = w2006.lms(Indicator.LENGTH_HEIGHT_FOR_AGE, Sex.ofCode(sex), day);
        return Lms.round2(lms.z(cm));
    }

    @Test
    void missingMeasureTakesTheMeasurementAsGiven() {
        ScoreSheet s = run(1, 700, 11, 85, Measured.UNKNOWN, false);
        assertEquals(85.0, s.clenhei(), 1e-9);
        assertEquals(Reason.NONE, s.reason(Indicator.WEIGHT_FOR_LENGTH));
        // without age: by measure, else below 87 cm weight-for-length
        ScoreSheet noAge = run(1, Double.NaN, 11, 88, Measured.UNKNOWN, false);
        assertEquals(Reason.MISSING_AGE, noAge.reason(Indicator.WEIGHT_FOR_AGE));
        assertEquals(Reason.NONE, noAge.reason(Indicator.WEIGHT_FOR_HEIGHT));
        assertEquals(Reason.NONE, run(1, Double.NaN, 11, 88, Measured.LYING, false)
                .reason(Indicator.WEIGHT_FOR_LENGTH));
    }

    @Test
    void igrowupAgeLimitKeeps2006To1856Days() {
        ReferenceAssessor igrowup = ReferenceAssessor.who(who, AgeLimit.UP_TO_1856_DAYS);
        ScoreSheet s = new ScoreSheet().set(1, 1856, 18, 110, Measured.STANDING, false);
        igrowup.compute(s);
        assertEquals("who2006", s.reference().id());
        assertEquals(Reason.NONE, s.reason(Indicator.WEIGHT_FOR_AGE));
        assertEquals(Reason.NONE, s.reason(Indicator.WEIGHT_FOR_HEIGHT));
        ScoreSheet next = new ScoreSheet().set(1, 1857, 18, 110, Measured.STANDING, false);
        igrowup.compute(next);
        assertEquals("who2007", next.reference().id());
        assertEquals(Reason.NONE, next.reason(Indicator.LENGTH_HEIGHT_FOR_AGE));
        assertEquals(Reason.AGE_OUT_OF_RANGE, next.reason(Indicator.WEIGHT_FOR_HEIGHT));
        // the default stops the 2006 standards below 60.0 months
        ScoreSheet byDefault = run(1, 1856, 18, 110, Measured.STANDING, false);
        assertEquals("who2007", byDefault.reference().id());
        assertEquals(Reason.UNDER_60_MONTHS_ONLY, byDefault.reason(Indicator.WEIGHT_FOR_HEIGHT));
    }

    @Test
    void sixtyMonthsHandsOverToThe2007Reference() {
        // 60.0 months = 1826.25 days: WHO 2007 by default (anthro 1.x stops below 60.0, anthroplus 1.x starts there)
        ScoreSheet at60 = run(2, Ages.monthsToDays(60.0), 18, 109, Measured.STANDING, false);
        assertEquals("who2007", at60.reference().id());
        assertFalse(Double.isNaN(at60.z(Indicator.WEIGHT_FOR_AGE)));
        ScoreSheet below = run(2, Ages.monthsToDays(59.99), 18, 109, Measured.STANDING, false);
        assertEquals("who2006", below.reference().id());
        assertEquals(Reason.NONE, below.reason(Indicator.WEIGHT_FOR_AGE));
        // the 2006 standards asked directly at 60.0 months say why they give nothing
        ScoreSheet direct = new ScoreSheet().set(2, Ages.monthsToDays(60.0), 18, 109, Measured.STANDING, false);
        w2006.compute(direct);
        assertEquals(Reason.UNDER_60_MONTHS_ONLY, direct.reason(Indicator.WEIGHT_FOR_AGE));
        assertEquals(Reason.UNDER_60_MONTHS_ONLY, direct.reason(Indicator.WEIGHT_FOR_HEIGHT));
        // igrowup: 60.0 months is still WHO 2006
        ScoreSheet igrowup = new ScoreSheet().set(2, Ages.monthsToDays(60.0), 18, 109, Measured.STANDING, false);
        ReferenceAssessor.who(who, AgeLimit.UP_TO_1856_DAYS).compute(igrowup);
        assertEquals("who2006", igrowup.reference().id());
        assertFalse(Double.isNaN(igrowup.z(Indicator.WEIGHT_FOR_HEIGHT)));
        // anthroplus' own check values (age 60.911701 months)
        Who2007Reference w2007 = new Who2007Reference(who);
        ScoreSheet plus = new ScoreSheet().set(2, Ages.monthsToDays(60.911701), 20.5, 113.6, Measured.UNKNOWN,
                false);
        w2007.compute(plus);
        assertEquals(0.79, plus.z(Indicator.WEIGHT_FOR_AGE));
        assertEquals(0.42, plus.z(Indicator.BMI_FOR_AGE));
        assertEquals(0.85, plus.z(Indicator.LENGTH_HEIGHT_FOR_AGE));
    }

    @Test
    void weightBeyondPlusAndMinusThreeUsesTheRestrictedTail() {
        int day = 400;
        Lms lms = w2006.lms(Indicator.WEIGHT_FOR_AGE, Sex.MALE, day);
        double sd2 = lms.valueAt(2);
        double sd3 = lms.valueAt(3);
        double y = sd3 + 1.5 * (sd3 - sd2); // 4.5 SD on WHO's linear tail
        ScoreSheet high = run(1, day, y, Double.NaN, Measured.UNKNOWN, false);
        assertEquals(4.5, high.z(Indicator.WEIGHT_FOR_AGE), 1e-9);
        assertNotEquals(Lms.round2(lms.z(y)), high.z(Indicator.WEIGHT_FOR_AGE), "plain LMS differs");
        assertFalse(high.flagged(Indicator.WEIGHT_FOR_AGE));
        double sdm2 = lms.valueAt(-2);
        double sdm3 = lms.valueAt(-3);
        double low = sdm3 - 0.25 * (sdm2 - sdm3);
        assertEquals(-3.25, run(1, day, low, Double.NaN, Measured.UNKNOWN, false).z(Indicator.WEIGHT_FOR_AGE),
                1e-9);
        // beyond +5 flagged; the category is still given
        ScoreSheet absurd = run(1, day, sd3 + 2.2 * (sd3 - sd2), Double.NaN, Measured.UNKNOWN, false);
        assertEquals(5.2, absurd.z(Indicator.WEIGHT_FOR_AGE), 1e-9);
        assertTrue(absurd.flagged(Indicator.WEIGHT_FOR_AGE));
        assertEquals(Category.RISK_OF_OVERWEIGHT, absurd.category(Indicator.WEIGHT_FOR_AGE));
        // length is not restricted: flag only beyond 6
        assertTrue(run(1, day, 10, 110, Measured.LYING, false).flagged(Indicator.LENGTH_HEIGHT_FOR_AGE));
    }

    @Test
    void oedemaExcludesWeightBasedIndicators() {
        Assessment a = assessor.assess(Measurement.of(Sex.FEMALE, 300, 7, 65, Measured.LYING).withOedema(true));
        assertEquals(Reason.OEDEMA, a.result(Indicator.WEIGHT_FOR_AGE).reason());
        assertEquals(Reason.OEDEMA, a.result(Indicator.WEIGHT_FOR_LENGTH).reason());
        assertEquals(Reason.OEDEMA, a.result(Indicator.BMI_FOR_AGE).reason());
        assertTrue(a.result(Indicator.LENGTH_HEIGHT_FOR_AGE).computed());
        assertNull(a.result(Indicator.WEIGHT_FOR_AGE).category());
    }

    @Test
    void lengthOutsideTheWeightForLengthTable() {
        assertEquals(Reason.LENGTH_OUT_OF_TABLE,
                run(1, 10, 2.5, 44.9, Measured.LYING, false).reason(Indicator.WEIGHT_FOR_LENGTH));
        assertEquals(Reason.NONE, run(1, 10, 2.5, 45.0, Measured.LYING, false).reason(Indicator.WEIGHT_FOR_LENGTH));
        assertEquals(Reason.NONE, run(1, 700, 20, 110.0, Measured.LYING, false)
                .reason(Indicator.WEIGHT_FOR_LENGTH));
        assertEquals(Reason.LENGTH_OUT_OF_TABLE,
                run(1, 700, 20, 110.1, Measured.LYING, false).reason(Indicator.WEIGHT_FOR_LENGTH));
        assertEquals(Reason.LENGTH_OUT_OF_TABLE,
                run(1, 800, 8, 64.9, Measured.STANDING, false).reason(Indicator.WEIGHT_FOR_HEIGHT));
        // between 0.1 cm points L, M and S are interpolated linearly
        Lms a = w2006.lms(Indicator.WEIGHT_FOR_LENGTH, Sex.MALE, 60.0);
        Lms b = w2006.lms(Indicator.WEIGHT_FOR_LENGTH, Sex.MALE, 60.1);
        Lms mid = w2006.lms(Indicator.WEIGHT_FOR_LENGTH, Sex.MALE, 60.04);
        assertEquals(a.m() + 0.4 * (b.m() - a.m()), mid.m(), 1e-9);
    }

    @Test
    void absurdInputsGiveAClearReason() {
        assertEquals(Reason.NEGATIVE_AGE, run(1, -3, 5, 60, Measured.LYING, false).reason(Indicator.WEIGHT_FOR_AGE));
        assertEquals(Reason.MISSING_SEX, run(3, 100, 5, 60, Measured.LYING, false)
                .reason(Indicator.WEIGHT_FOR_AGE));
        assertEquals(Reason.NON_POSITIVE_MEASURE, run(1, 100, -5, 60, Measured.LYING, false)
                .reason(Indicator.WEIGHT_FOR_AGE));
        assertEquals(Reason.NON_POSITIVE_MEASURE, run(1, 100, 5, 0, Measured.LYING, false)
                .reason(Indicator.LENGTH_HEIGHT_FOR_AGE));
        assertEquals(Reason.MISSING_MEASURE, run(1, 100, Double.NaN, 60, Measured.LYING, false)
                .reason(Indicator.WEIGHT_FOR_AGE));
        assertEquals(Reason.NO_REFERENCE, run(1, 40_000, 60, 170, Measured.STANDING, false)
                .reason(Indicator.WEIGHT_FOR_AGE));
        assertEquals(Reason.NOT_A_NUMBER, run(1, 100, Double.POSITIVE_INFINITY, 60, Measured.LYING, false)
                .reason(Indicator.WEIGHT_FOR_AGE));
        // implausible but positive: computed and flagged
        ScoreSheet huge = run(1, 100, 30, 60, Measured.LYING, false);
        assertTrue(huge.flagged(Indicator.WEIGHT_FOR_AGE));
    }

    @Test
    void armCircumferenceAndSkinfoldsFrom91Days() {
        ScoreSheet s = new ScoreSheet().set(1, 90, 5, 60, Measured.LYING, false);
        s.muacCm = 13;
        assessor.compute(s);
        assertEquals(Reason.AGE_OUT_OF_RANGE, s.reason(Indicator.ARM_CIRCUMFERENCE_FOR_AGE));
        s.set(1, 91, 5, 60, Measured.LYING, false);
        s.muacCm = 13;
        assessor.compute(s);
        assertEquals(Reason.NONE, s.reason(Indicator.ARM_CIRCUMFERENCE_FOR_AGE));
        // without any table the reason says how to install one
        ScoreSheet none = new ScoreSheet().set(1, 200, 7, 65, Measured.LYING, false);
        none.muacCm = 13;
        ReferenceAssessor.who(ReferenceTables.empty()).compute(none);
        assertEquals(Reason.TABLE_NOT_INSTALLED, none.reason(Indicator.ARM_CIRCUMFERENCE_FOR_AGE));
        assertTrue(Reason.TABLE_NOT_INSTALLED.messageEn().contains("./harapan reference import DIR"));
    }
}
