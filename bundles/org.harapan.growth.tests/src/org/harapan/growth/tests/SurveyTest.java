package org.harapan.growth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.harapan.growth.survey.Distributions;
import org.harapan.growth.survey.Numbers;
import org.junit.jupiter.api.Test;

class SurveyTest {

    @Test
    void quantiles() {
        assertEquals(1.959964, Distributions.normalQuantile(0.975), 1e-6);
        assertEquals(12.706205, Distributions.tTwoSided(0.05, 1), 1e-5);
        assertEquals(4.302653, Distributions.tTwoSided(0.05, 2), 1e-5);
        assertEquals(2.262157, Distributions.tTwoSided(0.05, 9), 1e-5);
        assertEquals(2.009575, Distributions.tTwoSided(0.05, 49), 1e-5);
        assertEquals(1.964749, Distributions.tTwoSided(0.05, 497), 1e-5);
        assertEquals(1.959966, Distributions.tTwoSided(0.05, 1_000_000), 1e-5);
    }

    @Test
    void numbers() {
        assertEquals(84.800003052, Numbers.parse(" 84.800003052 "), 1e-12);
        assertEquals(-3.5, Numbers.parse("-3.5"));
        assertEquals(12, Numbers.parse("12"));
        assertEquals(1.5e3, Numbers.parse("1.5e3"));
        assertTrue(Double.isNaN(Numbers.parse("")));
        assertTrue(Double.isNaN(Numbers.parse("NA")));
        assertThrows(NumberFormatException.class, () -> Numbers.parse("abc"));
        assertThrows(NumberFormatException.class, () -> Numbers.parse("-"));
        StringBuilder b = new StringBuilder();
        for (double z : List.of(-1.5, 0.07, 2.0, -0.0, -0.04)) {
            Numbers.appendZ(b, z);
            b.append(' ');
        }
        assertEquals("-1.5 0.07 2 0 -0.04 ", b.toString());
    }
}
