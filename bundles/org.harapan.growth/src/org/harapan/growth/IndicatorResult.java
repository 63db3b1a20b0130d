package org.harapan.growth;

/**
 * Result for one indicator.
 *
 * @param indicator the indicator
 * @param z z-score rounded as WHO Anthro reports it (2 decimals), NaN when not computed
 * @param flagged WHO's implausibility flag (e.g. |zlen| &gt; 6)
 * @param category Permenkes 2/2020 category, {@code null} when not computed or the regulation has none
 * @param reason why there is no z-score; {@link Reason#NONE} when computed
 */
public record IndicatorResult(Indicator indicator, double z, boolean flagged, Category category, Reason reason) {

    public boolean computed() {
        return reason == Reason.NONE;
    }
}
