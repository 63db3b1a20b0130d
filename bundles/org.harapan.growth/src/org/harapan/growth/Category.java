package org.harapan.growth;

/** Nutritional status categories of Permenkes No. 2 Tahun 2020, with the Indonesian term and an English label. */
public enum Category {
    // BB/U weight-for-age
    SEVERELY_UNDERWEIGHT("berat badan sangat kurang", "severely underweight"),
    UNDERWEIGHT("berat badan kurang", "underweight"),
    NORMAL_WEIGHT("berat badan normal", "normal weight"),
    RISK_OF_OVERWEIGHT("risiko berat badan lebih", "risk of overweight"),
    // PB/U, TB/U length/height-for-age
    SEVERELY_STUNTED("sangat pendek", "severely stunted"),
    STUNTED("pendek", "stunted"),
    NORMAL_HEIGHT("normal", "normal"),
    TALL("tinggi", "tall"),
    // BB/PB, BB/TB, IMT/U
    SEVERELY_WASTED("gizi buruk", "severely wasted"),
    WASTED("gizi kurang", "wasted"),
    NORMAL_NUTRITION("gizi baik", "normal"),
    POSSIBLE_RISK_OF_OVERWEIGHT("berisiko gizi lebih", "possible risk of overweight"),
    OVERWEIGHT("gizi lebih", "overweight"),
    OBESE("obesitas", "obese");

    private final String labelId;
    private final String labelEn;

    Category(String labelId, String labelEn) {
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    /** Indonesian term as written in Permenkes 2/2020. */
    public String labelId() {
        return labelId;
    }

    public String labelEn() {
        return labelEn;
    }
}
