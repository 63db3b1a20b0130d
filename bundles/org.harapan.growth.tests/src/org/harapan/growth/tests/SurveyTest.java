package org.harapan.growth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import org.harapan.growth.survey.ByteLine;
import org.harapan.growth.survey.AnthroBatch;
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

    /** The batch path's byte formatter writes exactly what appendFixed appends. */
    @Test
    void byteFormatterMatchesAppendFixed() {
        SplittableRandom rnd = new SplittableRandom(5);
        StringBuilder b = new StringBuilder();
        byte[] out = new byte[64];
        for (int i = 0; i < 500_000; i++) {
            double v = switch (i % 5) {
                case 0 -> rnd.nextDouble(-10, 10);
                case 1 -> Math.round(rnd.nextDouble(-700, 700)) / 100.0;
                case 2 -> rnd.nextDouble(-1e12, 1e12);
                case 3 -> Double.longBitsToDouble(rnd.nextLong());
                default -> Math.round(rnd.nextDouble(0, 3000)) / 10.0;
            };
            int decimals = i % 7 == 0 ? rnd.nextInt(10) : i % 2 == 0 ? 2 : 9;
            b.setLength(0);
            Numbers.appendFixed(b, v, decimals);
            int n = Numbers.writeFixed(out, 0, v, decimals);
            assertEquals(b.toString(), new String(out, 0, n, StandardCharsets.US_ASCII), v + " with " + decimals);
        }
    }

    /** Parsing from a char range gives the same values and the same errors as parsing the String. */
    @Test
    void charRangeParsingMatchesStringParsing() {
        List<String> texts = List.of("", " ", "NA", "n/a", "1e3", "1,5", " 12.5 ", "-", "+3", ".5", "5.", "abc",
                "12345678901234567890.5", "0.000000000000000001", "1e300", "-4", "0", "00012.30", "-0.0",
                "99999999999", "3.14159265358979323846", "Infinity", "NaN", "0x10", "1d", "\t9.1\n", "+", ".", "-.",
                "1.2.3", "84.800003052");
        for (String text : texts) {
            char[] chars = ("#," + text + ",#").toCharArray();
            String expected;
            try {
                expected = Long.toString(Double.doubleToLongBits(Numbers.parse(text)));
            } catch (NumberFormatException e) {
                expected = "error " + e.getMessage();
            }
            String actual;
            try {
                actual = Long.toString(Double.doubleToLongBits(Numbers.parse(chars, 2, 2 + text.length())));
            } catch (NumberFormatException e) {
                actual = "error " + e.getMessage();
            }
            assertEquals(expected, actual, text);
        }
    }

    @Test
    void byteLineQuotesFieldsAsCsvDoes() {
        ByteLine line = new ByteLine(0);
        for (String field : List.of("plain", "a,b", "say \"hi\"", "two\nlines", "caf\u00e9", "\ud83d\ude00x", "")) {
            char[] c = field.toCharArray();
            line.clear();
            line.putCsvField(c, 0, c.length, ',');
            StringBuilder expected = new StringBuilder();
            AnthroBatch.appendCsvField(expected, field, ',');
            assertEquals(expected.toString(), new String(line.toByteArray(), StandardCharsets.UTF_8));
        }
    }
}
