package org.harapan.growth;

/**
 * Where the WHO Child Growth Standards (2006) stop and the WHO Growth Reference (2007) takes over.
 */
public enum AgeLimit {
    /**
     * The WHO R packages of today (anthro &ge; 0.9.3, anthroplus &ge; 1.0): WHO 2006 z-scores only for ages below
     * 60.0 months (days / 30.4375, not rounded); WHO 2007 from 60.0 months. The default.
     */
    UNDER_60_MONTHS("60"),
    /** WHO's igrowup macros: WHO 2006 up to 1856 days (rounded); WHO 2007 from 1857 days. */
    UP_TO_1856_DAYS("1856");

    private final String option;

    AgeLimit(String option) {
        this.option = option;
    }

    /** The value of the command line switch {@code --age-limit}: "60" (months) or "1856" (days). */
    public String option() {
        return option;
    }

    /**
     * @return the limit for an {@code --age-limit} value ("60" or "1856"), or {@code null} when it is neither
     */
    public static AgeLimit ofOption(String text) {
        String t = text == null ? "" : text.trim();
        for (AgeLimit limit : values()) {
            if (limit.option.equals(t)) {
                return limit;
            }
        }
        return null;
    }
}
