package org.harapan.growth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reusable, mutable in/out buffer for the hot path: set the inputs, call
 * {@link GrowthAssessor#compute(ScoreSheet)}, read the outputs. Nothing here allocates, so one sheet per thread
 * can assess millions of children per second. Not thread-safe.
 */
public final class ScoreSheet {

    // ---- inputs (NaN = missing) ----
    /** 1 male, 2 female, anything else unknown. */
    public int sex;
    /** Exact age in days, NaN if unknown. */
    public double ageDays = Double.NaN;
    public double weightKg = Double.NaN;
    public double lengthHeightCm = Double.NaN;
    public Measured measured = Measured.UNKNOWN;
    public double headCm = Double.NaN;
    public double muacCm = Double.NaN;
    public double tricepsMm = Double.NaN;
    public double subscapularMm = Double.NaN;
    public boolean oedema;

    private static final Indicator[] INDICATORS = Indicator.values();
    private static final Reason[] REASONS = Reason.values();
    private static final byte NOT_REQUESTED = (byte) Reason.NOT_REQUESTED.ordinal();
    private static final byte NONE = (byte) Reason.NONE.ordinal();

    // ---- outputs ----
    private int mask = Indicator.ALL;
    private double clenhei = Double.NaN;
    private double cbmi = Double.NaN;
    private boolean schoolAge;
    private GrowthReference reference;
    private final double[] z = new double[Indicator.COUNT];
    private final boolean[] flagged = new boolean[Indicator.COUNT];
    /**
     * Reason ordinals rather than references: stores into a byte array need no garbage-collector write barrier,
     * and the sheet is rewritten for every row of a batch.
     */
    private final byte[] reason = new byte[Indicator.COUNT];

    public ScoreSheet() {
        Arrays.fill(z, Double.NaN);
        Arrays.fill(reason, NOT_REQUESTED);
    }

    /** Sets all inputs at once (head, arm, skinfolds missing). */
    public ScoreSheet set(int sexCode, double ageInDays, double weight, double lenhei, Measured how,
            boolean hasOedema) {
        sex = sexCode;
        ageDays = ageInDays;
        weightKg = weight;
        lengthHeightCm = lenhei;
        measured = how == null ? Measured.UNKNOWN : how;
        headCm = Double.NaN;
        muacCm = Double.NaN;
        tricepsMm = Double.NaN;
        subscapularMm = Double.NaN;
        oedema = hasOedema;
        return this;
    }

    /** Copies a measurement into the inputs. */
    public ScoreSheet load(Measurement m) {
        sex = m.sex() == null ? 0 : m.sex().code();
        ageDays = m.ageDays();
        weightKg = m.weightKg();
        lengthHeightCm = m.lengthHeightCm();
        measured = m.measured();
        headCm = m.headCm();
        muacCm = m.muacCm();
        tricepsMm = m.tricepsMm();
        subscapularMm = m.subscapularMm();
        oedema = m.oedema();
        return this;
    }

    /** Indicators to compute, as a mask of {@link Indicator#bit()}s; default {@link Indicator#ALL}. */
    public int mask() {
        return mask;
    }

    public ScoreSheet mask(int indicators) {
        mask = indicators;
        return this;
    }

    public boolean wants(Indicator indicator) {
        return (mask & indicator.bit()) != 0;
    }

    // ---- used by references ----

    /** Resets outputs before a computation: every indicator NOT_REQUESTED. */
    public void begin(GrowthReference by, boolean fiveToNineteen) {
        if (reference != by) {
            reference = by;
        }
        schoolAge = fiveToNineteen;
        clenhei = Double.NaN;
        cbmi = Double.NaN;
        Arrays.fill(z, Double.NaN);
        Arrays.fill(flagged, false);
        Arrays.fill(reason, NOT_REQUESTED);
    }

    public void derived(double correctedLengthHeight, double bmi) {
        clenhei = correctedLengthHeight;
        cbmi = bmi;
    }

    public void result(Indicator indicator, double zScore, boolean flag) {
        int i = indicator.ordinal();
        z[i] = zScore;
        flagged[i] = flag;
        reason[i] = NONE;
    }

    public void fail(Indicator indicator, Reason why) {
        int i = indicator.ordinal();
        z[i] = Double.NaN;
        flagged[i] = false;
        reason[i] = (byte) why.ordinal();
    }

    /** Marks every requested indicator as not computed for the given reason. */
    public void failAll(Reason why) {
        for (Indicator indicator : INDICATORS) {
            if (wants(indicator)) {
                fail(indicator, why);
            }
        }
    }

    // ---- outputs ----

    public GrowthReference reference() {
        return reference;
    }

    /** Whether the 5-19 years reference computed the results (Permenkes uses other BMI classes then). */
    public boolean schoolAge() {
        return schoolAge;
    }

    public double clenhei() {
        return clenhei;
    }

    public double cbmi() {
        return cbmi;
    }

    /** Rounded z-score (2 decimals), NaN if not computed. */
    public double z(Indicator indicator) {
        return z[indicator.ordinal()];
    }

    /** Whether any indicator got a z-score. */
    public boolean anyScore() {
        for (double v : z) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    public boolean flagged(Indicator indicator) {
        return flagged[indicator.ordinal()];
    }

    public Reason reason(Indicator indicator) {
        return REASONS[reason[indicator.ordinal()]];
    }

    public Category category(Indicator indicator) {
        return PermenkesClassifier.classify(indicator, z[indicator.ordinal()], schoolAge);
    }

    /** Weight-for-length below 731 days, weight-for-height from then on: whichever applies. */
    public Indicator wflOrWfh() {
        return REASONS[reason[Indicator.WEIGHT_FOR_HEIGHT.ordinal()]] == Reason.NOT_APPLICABLE ? Indicator.WEIGHT_FOR_LENGTH
                : Indicator.WEIGHT_FOR_HEIGHT;
    }

    /** Snapshot as an immutable value. */
    public Assessment toAssessment(Measurement input) {
        List<IndicatorResult> results = new ArrayList<>(Indicator.COUNT);
        for (Indicator indicator : Indicator.values()) {
            int i = indicator.ordinal();
            results.add(new IndicatorResult(indicator, z[i], flagged[i], category(indicator), REASONS[reason[i]]));
        }
        return new Assessment(input, reference == null ? null : reference.id(), clenhei, cbmi, results);
    }
}
