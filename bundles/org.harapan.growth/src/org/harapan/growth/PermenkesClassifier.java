package org.harapan.growth;

/**
 * Nutritional status categories of Permenkes No. 2 Tahun 2020 from a (rounded) z-score.
 * <p>
 * Boundaries, with the inclusive side decided as the regulation's wording reads ("-3 SD sd &lt; -2 SD",
 * "-2 SD sd +1 SD", "&gt; +1 SD"):
 * <ul>
 * <li>BB/U (0-60 months): z &lt; -3 severely underweight; -3 &le; z &lt; -2 underweight; -2 &le; z &le; +1 normal;
 * z &gt; +1 risk of overweight.</li>
 * <li>PB/U, TB/U (0-60 months): z &lt; -3 severely stunted; -3 &le; z &lt; -2 stunted; -2 &le; z &le; +3 normal;
 * z &gt; +3 tall.</li>
 * <li>BB/PB, BB/TB, and IMT/U 0-60 months: z &lt; -3 gizi buruk; -3 &le; z &lt; -2 gizi kurang; -2 &le; z &le; +1
 * gizi baik; +1 &lt; z &le; +2 berisiko gizi lebih; +2 &lt; z &le; +3 gizi lebih; z &gt; +3 obesitas.</li>
 * <li>IMT/U 5-18 years: z &lt; -3 gizi buruk; -3 &le; z &lt; -2 gizi kurang; -2 &le; z &le; +1 gizi baik;
 * +1 &lt; z &le; +2 gizi lebih; z &gt; +2 obesitas.</li>
 * </ul>
 * Permenkes 2/2020 defines no categories for head/arm circumference or skinfolds, and for 5-18 years only IMT/U;
 * for those {@code null} is returned.
 */
public final class PermenkesClassifier {

    private PermenkesClassifier() {
    }

    /**
     * @param indicator the indicator
     * @param z the z-score, rounded as reported (WHO Anthro: 2 decimals); NaN gives {@code null}
     * @param schoolAge {@code true} for the 5-18 years reference (WHO 2007), {@code false} for 0-60 months
     * @return the category, or {@code null} where the regulation has none
     */
    public static Category classify(Indicator indicator, double z, boolean schoolAge) {
        if (Double.isNaN(z)) {
            return null;
        }
        if (schoolAge) {
            if (indicator != Indicator.BMI_FOR_AGE) {
                return null;
            }
            if (z < -3) {
                return Category.SEVERELY_WASTED;
            }
            if (z < -2) {
                return Category.WASTED;
            }
            if (z <= 1) {
                return Category.NORMAL_NUTRITION;
            }
            return z <= 2 ? Category.OVERWEIGHT : Category.OBESE;
        }
        return switch (indicator) {
            case WEIGHT_FOR_AGE -> z < -3 ? Category.SEVERELY_UNDERWEIGHT
                    : z < -2 ? Category.UNDERWEIGHT
                    : z <= 1 ? Category.NORMAL_WEIGHT : Category.RISK_OF_OVERWEIGHT;
            case LENGTH_HEIGHT_FOR_AGE -> z < -3 ? Category.SEVERELY_STUNTED
                    : z < -2 ? Category.STUNTED
                    : z <= 3 ? Category.NORMAL_HEIGHT : Category.TALL;
            case WEIGHT_FOR_LENGTH, WEIGHT_FOR_HEIGHT, BMI_FOR_AGE -> z < -3 ? Category.SEVERELY_WASTED
                    : z < -2 ? Category.WASTED
                    : z <= 1 ? Category.NORMAL_NUTRITION
                    : z <= 2 ? Category.POSSIBLE_RISK_OF_OVERWEIGHT
                    : z <= 3 ? Category.OVERWEIGHT : Category.OBESE;
            default -> null;
        };
    }
}
