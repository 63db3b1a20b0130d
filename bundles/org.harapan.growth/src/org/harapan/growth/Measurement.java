package org.harapan.growth;

/**
 * One child's measurement at one visit. Missing numbers are {@link Double#NaN}; a missing sex is {@code null}.
 *
 * @param sex sex, {@code null} if unknown
 * @param ageDays exact age in days at the visit (not rounded; from months use {@link Ages#monthsToDays(double)});
 *        NaN if unknown
 * @param weightKg weight in kg
 * @param lengthHeightCm length or height in cm as measured
 * @param measured lying (recumbent length), standing (height) or unknown
 * @param headCm head circumference in cm
 * @param muacCm mid-upper arm circumference in cm
 * @param tricepsMm triceps skinfold in mm
 * @param subscapularMm subscapular skinfold in mm
 * @param oedema bilateral pitting oedema present
 */
public record Measurement(Sex sex, double ageDays, double weightKg, double lengthHeightCm, Measured measured,
        double headCm, double muacCm, double tricepsMm, double subscapularMm, boolean oedema) {

    public Measurement {
        if (measured == null) {
            measured = Measured.UNKNOWN;
        }
    }

    /** Weight and length/height only; other measures missing, no oedema. */
    public static Measurement of(Sex sex, double ageDays, double weightKg, double lengthHeightCm,
            Measured measured) {
        return new Measurement(sex, ageDays, weightKg, lengthHeightCm, measured, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, false);
    }

    public Measurement withOedema(boolean value) {
        return new Measurement(sex, ageDays, weightKg, lengthHeightCm, measured, headCm, muacCm, tricepsMm,
                subscapularMm, value);
    }

    public Measurement withHead(double cm) {
        return new Measurement(sex, ageDays, weightKg, lengthHeightCm, measured, cm, muacCm, tricepsMm,
                subscapularMm, oedema);
    }

    public Measurement withArm(double muac, double triceps, double subscapular) {
        return new Measurement(sex, ageDays, weightKg, lengthHeightCm, measured, headCm, muac, triceps,
                subscapular, oedema);
    }

    /** Age in months, WHO convention (days / 30.4375). */
    public double ageMonths() {
        return Ages.daysToMonths(ageDays);
    }
}
