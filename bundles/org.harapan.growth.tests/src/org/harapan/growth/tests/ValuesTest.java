package org.harapan.growth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.harapan.growth.Ages;
import org.harapan.growth.Lms;
import org.harapan.growth.Measured;
import org.harapan.growth.Sex;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void sexAndMeasureParseWhoSpellings() {
        assertEquals(Sex.MALE, Sex.parse("1"));
        assertEquals(Sex.MALE, Sex.parse(" m "));
        assertEquals(Sex.FEMALE, Sex.parse("F"));
        assertEquals(Sex.FEMALE, Sex.parse("2"));
        assertNull(Sex.parse(""));
        assertNull(Sex.parse("3"));
        assertNull(Sex.parse("male"));
        assertEquals(Measured.LYING, Measured.parse("l"));
        assertEquals(Measured.STANDING, Measured.parse("H"));
        assertEquals(Measured.UNKNOWN, Measured.parse(""));
        assertEquals(Measured.UNKNOWN, Measured.parse(null));
    }

    @Test
    void ageConventions() {
        assertEquals(1826.25, Ages.monthsToDays(60), 1e-12);
        assertEquals(731, Ages.roundDays(730.5));
        assertEquals(730, Ages.roundDays(730.49));
        assertEquals(1857, Ages.roundDays(Ages.monthsToDays(61)));
    }

    @Test
    void roundingAsR() {
        assertEquals(1.04, Lms.round2(1.0449999));
        assertEquals(-1.05, Lms.round2(-1.0451));
        assertEquals(0.12, Lms.round2(0.125), "exact tie: to even, as R");
        assertEquals(2.0, Lms.round2(1.999999));
    }

    @Test
    void restrictedTail() {
        Lms lms = new Lms(0.2, 10, 0.12);
        double sd3 = lms.valueAt(3);
        double sd2 = lms.valueAt(2);
        assertEquals(4.0, lms.zRestricted(sd3 + (sd3 - sd2)), 1e-12);
        assertEquals(2.5, lms.zRestricted(lms.valueAt(2.5)), 1e-12);
        double sdm3 = lms.valueAt(-3);
        double sdm2 = lms.valueAt(-2);
        assertEquals(-3.5, lms.zRestricted(sdm3 - 0.5 * (sdm2 - sdm3)), 1e-12);
        assertEquals(0.0, new Lms(1, 50, 0.04).z(50), 1e-12);
        assertEquals(Math.log(1.1) / 0.1, new Lms(0, 10, 0.1).z(11), 1e-12);
    }
}
