package org.harapan.growth.tests;

import static org.harapan.growth.Category.*;
import static org.harapan.growth.Indicator.*;
import static org.harapan.growth.PermenkesClassifier.classify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Permenkes 2/2020 boundaries exactly at -3, -2, +1, +2, +3 (which side is inclusive). */
class PermenkesClassifierTest {

    @Test
    void weightForAge() {
        assertEquals(SEVERELY_UNDERWEIGHT, classify(WEIGHT_FOR_AGE, -3.01, false));
        assertEquals(UNDERWEIGHT, classify(WEIGHT_FOR_AGE, -3.0, false), "-3 to < -2: -3 is underweight");
        assertEquals(UNDERWEIGHT, classify(WEIGHT_FOR_AGE, -2.01, false));
        assertEquals(NORMAL_WEIGHT, classify(WEIGHT_FOR_AGE, -2.0, false), "-2 to +1: -2 is normal");
        assertEquals(NORMAL_WEIGHT, classify(WEIGHT_FOR_AGE, 1.0, false), "+1 is normal");
        assertEquals(RISK_OF_OVERWEIGHT, classify(WEIGHT_FOR_AGE, 1.01, false));
        assertEquals(RISK_OF_OVERWEIGHT, classify(WEIGHT_FOR_AGE, 3.5, false));
    }

    @Test
    void lengthHeightForAge() {
        assertEquals(SEVERELY_STUNTED, classify(LENGTH_HEIGHT_FOR_AGE, -3.01, false));
        assertEquals(STUNTED, classify(LENGTH_HEIGHT_FOR_AGE, -3.0, false));
        assertEquals(STUNTED, classify(LENGTH_HEIGHT_FOR_AGE, -2.01, false));
        assertEquals(NORMAL_HEIGHT, classify(LENGTH_HEIGHT_FOR_AGE, -2.0, false));
        assertEquals(NORMAL_HEIGHT, classify(LENGTH_HEIGHT_FOR_AGE, 3.0, false), "-2 to +3: +3 is normal");
        assertEquals(TALL, classify(LENGTH_HEIGHT_FOR_AGE, 3.01, false));
        assertEquals("pendek", STUNTED.labelId());
    }

    @Test
    void weightForLengthHeightAndBmiUnderFive() {
        for (var indicator : new org.harapan.growth.Indicator[] {WEIGHT_FOR_LENGTH, WEIGHT_FOR_HEIGHT,
                BMI_FOR_AGE}) {
            assertEquals(SEVERELY_WASTED, classify(indicator, -3.01, false));
            assertEquals(WASTED, classify(indicator, -3.0, false));
            assertEquals(NORMAL_NUTRITION, classify(indicator, -2.0, false));
            assertEquals(NORMAL_NUTRITION, classify(indicator, 1.0, false));
            assertEquals(POSSIBLE_RISK_OF_OVERWEIGHT, classify(indicator, 1.01, false));
            assertEquals(POSSIBLE_RISK_OF_OVERWEIGHT, classify(indicator, 2.0, false), "> +1 to +2");
            assertEquals(OVERWEIGHT, classify(indicator, 2.01, false));
            assertEquals(OVERWEIGHT, classify(indicator, 3.0, false), "> +2 to +3");
            assertEquals(OBESE, classify(indicator, 3.01, false));
        }
        assertEquals("gizi buruk", SEVERELY_WASTED.labelId());
        assertEquals("berisiko gizi lebih", POSSIBLE_RISK_OF_OVERWEIGHT.labelId());
    }

    @Test
    void bmiFiveToEighteen() {
        assertEquals(SEVERELY_WASTED, classify(BMI_FOR_AGE, -3.01, true));
        assertEquals(WASTED, classify(BMI_FOR_AGE, -3.0, true));
        assertEquals(NORMAL_NUTRITION, classify(BMI_FOR_AGE, -2.0, true));
        assertEquals(NORMAL_NUTRITION, classify(BMI_FOR_AGE, 1.0, true));
        assertEquals(OVERWEIGHT, classify(BMI_FOR_AGE, 1.01, true));
        assertEquals(OVERWEIGHT, classify(BMI_FOR_AGE, 2.0, true));
        assertEquals(OBESE, classify(BMI_FOR_AGE, 2.01, true));
        assertNull(classify(LENGTH_HEIGHT_FOR_AGE, -2.5, true), "Permenkes 5-18 y: IMT/U only");
    }

    @Test
    void noCategoryWithoutZOrForOtherIndicators() {
        assertNull(classify(WEIGHT_FOR_AGE, Double.NaN, false));
        assertNull(classify(HEAD_CIRCUMFERENCE_FOR_AGE, -4, false));
        assertNull(classify(ARM_CIRCUMFERENCE_FOR_AGE, -4, false));
    }
}
