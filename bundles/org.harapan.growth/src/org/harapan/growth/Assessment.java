package org.harapan.growth;

import java.util.List;

/**
 * Growth assessment of one measurement.
 *
 * @param measurement the input
 * @param referenceId the reference that computed it (e.g. "who2006"), {@code null} if none covers the age
 * @param clenhei length/height after WHO's lying/standing correction (cm), NaN if missing
 * @param cbmi BMI from weight and corrected length/height, NaN if missing
 * @param results one result per {@link Indicator}, in {@link Indicator#ordinal()} order
 */
public record Assessment(Measurement measurement, String referenceId, double clenhei, double cbmi,
        List<IndicatorResult> results) {

    public Assessment {
        results = List.copyOf(results);
    }

    public IndicatorResult result(Indicator indicator) {
        return results.get(indicator.ordinal());
    }

    /** Weight-for-length or weight-for-height, whichever applies at this age. */
    public IndicatorResult weightForLengthOrHeight() {
        IndicatorResult wfh = result(Indicator.WEIGHT_FOR_HEIGHT);
        return wfh.reason() == Reason.NOT_APPLICABLE ? result(Indicator.WEIGHT_FOR_LENGTH) : wfh;
    }
}
