package org.harapan.growth;

import java.util.List;

/** Assesses children's growth with the reference that covers each child's age. */
public interface GrowthAssessor {

    /** Full assessment of one measurement (all indicators, categories, reasons). */
    Assessment assess(Measurement measurement);

    /**
     * Hot path: picks the covering reference and fills the sheet; a sheet no reference covers gets
     * {@link Reason#NO_REFERENCE} (or the age reason) for every requested indicator. Does not allocate.
     */
    void compute(ScoreSheet sheet);

    /** The references currently available, ordered by the ages they cover. */
    List<GrowthReference> references();
}
