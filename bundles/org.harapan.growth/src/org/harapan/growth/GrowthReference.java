package org.harapan.growth;

import java.util.Set;

/**
 * A growth reference (a standard with its tables), registered as an OSGi service. The assessor picks the
 * reference that {@link #covers(double) covers} the child's age; a new reference is a new bundle.
 */
public interface GrowthReference {

    /** Stable id, e.g. "who2006", "who2007". */
    String id();

    /** Human-readable title with source and table origin. */
    String title();

    /**
     * Whether this reference is the one to use for a child of this exact age in days. Ranges of the registered
     * references must not overlap. {@code NaN} (age unknown) is covered by the reference that can still compute
     * age-independent indicators (weight-for-length/height).
     */
    boolean covers(double ageDays);

    /** Indicators this reference defines. */
    Set<Indicator> indicators();

    /** Whether tables for the indicator are installed (shipped or imported). */
    boolean hasTable(Indicator indicator);

    /**
     * LMS parameters for an indicator: {@code x} is the exact age in days for age-based indicators and the
     * (corrected) length/height in cm for weight-for-length/height. Interpolated as the reference's method
     * prescribes.
     *
     * @return the parameters, or {@code null} when {@code x} is outside the table or no table is installed
     */
    Lms lms(Indicator indicator, Sex sex, double x);

    /**
     * Hot path: computes the indicators requested in {@link ScoreSheet#mask()} from the sheet's inputs into its
     * outputs. Must not allocate.
     */
    void compute(ScoreSheet sheet);

    /** Convenience: assesses one measurement. */
    default Assessment assess(Measurement measurement) {
        ScoreSheet sheet = new ScoreSheet();
        sheet.load(measurement);
        compute(sheet);
        return sheet.toAssessment(measurement);
    }
}
