package org.harapan.growth;

/** Age conventions of WHO Anthro. */
public final class Ages {
    /** WHO's days per month: 365.25 / 12. */
    public static final double DAYS_PER_MONTH = 30.4375;

    private Ages() {
    }

    /** Exact age in days for an age in months, not rounded (WHO: months x 30.4375). */
    public static double monthsToDays(double months) {
        return months * DAYS_PER_MONTH;
    }

    /** Age in months for an exact age in days (WHO: days / 30.4375). */
    public static double daysToMonths(double days) {
        return days / DAYS_PER_MONTH;
    }

    /**
     * WHO Anthro's rounding of age in days for table look-up: fraction below .5 down, from .5 up
     * (730.5 days is 731). Only meaningful for non-negative ages.
     */
    public static int roundDays(double days) {
        double floor = Math.floor(days);
        return (int) (days - floor >= 0.5 ? floor + 1 : floor);
    }
}
