package org.harapan.growth;

/**
 * Anthropometric indicators of the WHO Child Growth Standards (2006) and WHO Growth Reference (2007). The 2007
 * height-, weight- and BMI-for-age reuse {@link #LENGTH_HEIGHT_FOR_AGE}, {@link #WEIGHT_FOR_AGE} and
 * {@link #BMI_FOR_AGE}; the reference that computed a result tells which one applies.
 */
public enum Indicator {
    LENGTH_HEIGHT_FOR_AGE("len", "PB/U atau TB/U", "length/height-for-age", false),
    WEIGHT_FOR_AGE("wei", "BB/U", "weight-for-age", true),
    WEIGHT_FOR_LENGTH("wfl", "BB/PB", "weight-for-length", true),
    WEIGHT_FOR_HEIGHT("wfh", "BB/TB", "weight-for-height", true),
    BMI_FOR_AGE("bmi", "IMT/U", "BMI-for-age", true),
    HEAD_CIRCUMFERENCE_FOR_AGE("hc", "LK/U", "head circumference-for-age", false),
    ARM_CIRCUMFERENCE_FOR_AGE("ac", "LiLA/U", "arm circumference-for-age", false),
    TRICEPS_SKINFOLD_FOR_AGE("ts", "LLT/U", "triceps skinfold-for-age", false),
    SUBSCAPULAR_SKINFOLD_FOR_AGE("ss", "LLS/U", "subscapular skinfold-for-age", false);

    /** Number of indicators, for arrays indexed by {@link #ordinal()}. */
    public static final int COUNT = values().length;

    private static final Indicator[] VALUES = values();

    private final String code;
    private final String labelId;
    private final String labelEn;
    private final boolean weightBased;

    Indicator(String code, String labelId, String labelEn, boolean weightBased) {
        this.code = code;
        this.labelId = labelId;
        this.labelEn = labelEn;
        this.weightBased = weightBased;
    }

    /** WHO Anthro's short code, as in the column names {@code z<code>} and {@code f<code>}. */
    public String code() {
        return code;
    }

    /** Indonesian abbreviation used by Permenkes 2/2020 (e.g. BB/U). */
    public String labelId() {
        return labelId;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Whether weight enters the indicator; WHO does not compute these for children with oedema. */
    public boolean weightBased() {
        return weightBased;
    }

    /** Bit of this indicator in an indicator mask. */
    public int bit() {
        return 1 << ordinal();
    }

    /** Mask of all indicators. */
    public static final int ALL = (1 << VALUES.length) - 1;

    /** Mask of the four main indicators: weight-for-age, length/height-for-age, weight-for-length/height, BMI. */
    public static final int MAIN = WEIGHT_FOR_AGE.bit() | LENGTH_HEIGHT_FOR_AGE.bit() | WEIGHT_FOR_LENGTH.bit()
            | WEIGHT_FOR_HEIGHT.bit() | BMI_FOR_AGE.bit();

    public static Indicator ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
