package org.harapan.growth.who;

import java.util.EnumSet;
import java.util.Set;

import org.harapan.growth.AgeLimit;
import org.harapan.growth.Ages;
import org.harapan.growth.GrowthReference;
import org.harapan.growth.Indicator;
import org.harapan.growth.Lms;
import org.harapan.growth.Reason;
import org.harapan.growth.ReferenceFolder;
import org.harapan.growth.ScoreSheet;
import org.harapan.growth.Sex;
import org.harapan.growth.who.internal.LmsTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * WHO Growth Reference 2007 for 5-19 years, computed as WHO's R package anthroplus (1.x) does: age in months
 * (days / 30.4375, not rounded), L, M and S interpolated linearly between whole months; height-for-age (plain LMS,
 * flag |z| &gt; 6) and BMI-for-age (restricted tails, flag |z| &gt; 5) from 60 to 228 months inclusive,
 * weight-for-age (restricted tails, flag z &lt; -6 or &gt; 5) from 60 to 120 months inclusive, nothing outside;
 * the height as measured (anthroplus knows no lying/standing correction); oedema excludes weight-for-age and BMI;
 * z rounded to 2 decimals.
 * <p>
 * Covers the ages from where {@link Who2006Standards} stops (60.0 months, or 1857 days with
 * {@link AgeLimit#UP_TO_1856_DAYS}) to 228 months.
 */
@Component(service = GrowthReference.class, property = "harapan.reference.id=who2007")
public final class Who2007Reference implements GrowthReference {

    public static final String ID = "who2007";
    /** First age in days covered with {@link AgeLimit#UP_TO_1856_DAYS}: after 1856 days, rounded. */
    public static final double IGROWUP_FROM_DAYS = Who2006Standards.MAX_DAYS + 0.5;
    public static final double FROM_MONTHS = 60;
    public static final double HFA_BFA_MAX_MONTHS = 228;
    public static final double WFA_MAX_MONTHS = 120;
    private static final Indicator[] ONLY_2006 = {Indicator.WEIGHT_FOR_LENGTH, Indicator.WEIGHT_FOR_HEIGHT,
        Indicator.HEAD_CIRCUMFERENCE_FOR_AGE, Indicator.ARM_CIRCUMFERENCE_FOR_AGE, Indicator.TRICEPS_SKINFOLD_FOR_AGE,
        Indicator.SUBSCAPULAR_SKINFOLD_FOR_AGE};

    private final ReferenceTables tables;
    private final LmsTable hfa;
    private final LmsTable wfa;
    private final LmsTable bfa;
    private final AgeLimit ageLimit;

    /** Plain Java: the built-in tables, from 60 months. */
    public Who2007Reference() {
        this(ReferenceTables.shipped());
    }

    /**
     * OSGi: the installed tables (built in, overridden by the user's imported ones in the {@link ReferenceFolder}),
     * from 60 months; restarted when a folder service arrives.
     */
    @Activate
    public Who2007Reference(@Reference(name = "folder", cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY) ReferenceFolder folder) {
        this(ReferenceTables.installed(ReferenceTables.folder(folder)));
    }

    public Who2007Reference(ReferenceTables tables) {
        this(tables, AgeLimit.UNDER_60_MONTHS);
    }

    /** @param ageLimit where the 2006 standards stop, so where this reference starts */
    public Who2007Reference(ReferenceTables tables, AgeLimit ageLimit) {
        this.tables = tables;
        this.hfa = tables.table("hfawho2007");
        this.wfa = tables.table("wfawho2007");
        this.bfa = tables.table("bfawho2007");
        this.ageLimit = ageLimit;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "WHO Growth Reference 2007 (" + (ageLimit == AgeLimit.UNDER_60_MONTHS ? "60" : "61")
                + "-228 months); tables: " + tables.description();
    }

    @Override
    public boolean covers(double ageDays) {
        double months = ageDays / Ages.DAYS_PER_MONTH;
        boolean from = ageLimit == AgeLimit.UNDER_60_MONTHS ? months >= FROM_MONTHS : ageDays >= IGROWUP_FROM_DAYS;
        return from && months <= HFA_BFA_MAX_MONTHS;
    }

    @Override
    public Set<Indicator> indicators() {
        return EnumSet.of(Indicator.LENGTH_HEIGHT_FOR_AGE, Indicator.WEIGHT_FOR_AGE, Indicator.BMI_FOR_AGE);
    }

    @Override
    public boolean hasTable(Indicator indicator) {
        return table(indicator) != null;
    }

    private LmsTable table(Indicator indicator) {
        return switch (indicator) {
            case LENGTH_HEIGHT_FOR_AGE -> hfa;
            case WEIGHT_FOR_AGE -> wfa;
            case BMI_FOR_AGE -> bfa;
            default -> null;
        };
    }

    @Override
    public Lms lms(Indicator indicator, Sex sex, double ageDays) {
        LmsTable t = table(indicator);
        if (t == null || sex == null || !(ageDays >= 0)) {
            return null;
        }
        return lmsAt(t, sex.code() - 1, ageDays / Ages.DAYS_PER_MONTH);
    }

    @Override
    public void compute(ScoreSheet sheet) {
        sheet.begin(this, true);
        int g = sheet.sex - 1;
        if (g != 0 && g != 1) {
            sheet.failAll(Reason.MISSING_SEX);
            return;
        }
        Reason only2006 = ageLimit == AgeLimit.UNDER_60_MONTHS ? Reason.UNDER_60_MONTHS_ONLY : Reason.AGE_OUT_OF_RANGE;
        for (Indicator indicator : ONLY_2006) {
            if (sheet.wants(indicator)) {
                sheet.fail(indicator, only2006);
            }
        }
        double months = sheet.ageDays / Ages.DAYS_PER_MONTH;
        double height = sheet.lengthHeightCm;
        double weight = sheet.weightKg;
        double cbmi = weight / ((height / 100.0) * (height / 100.0));
        sheet.derived(height, cbmi);
        Reason hReason = measureReason(height);
        Reason wReason = measureReason(weight);
        Reason ageReason = months >= FROM_MONTHS && months <= HFA_BFA_MAX_MONTHS ? Reason.NONE
                : Reason.AGE_OUT_OF_RANGE;
        if (sheet.wants(Indicator.LENGTH_HEIGHT_FOR_AGE)) {
            one(sheet, Indicator.LENGTH_HEIGHT_FOR_AGE, hfa, g, months, ageReason, hReason, height, false, -6, 6);
        }
        if (sheet.wants(Indicator.WEIGHT_FOR_AGE)) {
            Reason wfaAge = ageReason != Reason.NONE || months <= WFA_MAX_MONTHS ? ageReason
                    : Reason.WEIGHT_FOR_AGE_TO_120_MONTHS;
            one(sheet, Indicator.WEIGHT_FOR_AGE, wfa, g, months, wfaAge, sheet.oedema ? Reason.OEDEMA : wReason,
                    weight, true, -6, 5);
        }
        if (sheet.wants(Indicator.BMI_FOR_AGE)) {
            Reason bReason = sheet.oedema ? Reason.OEDEMA : wReason != Reason.NONE ? wReason : hReason;
            one(sheet, Indicator.BMI_FOR_AGE, bfa, g, months, ageReason, bReason, cbmi, true, -5, 5);
        }
    }

    /**
     * As anthroplus: a measurement of 0 is scored (far out, flagged), a negative one or a missing one is not. A
     * height of 0 gives an infinite BMI, which has no z-score.
     */
    private static Reason measureReason(double value) {
        if (Double.isNaN(value)) {
            return Reason.MISSING_MEASURE;
        }
        if (Double.isInfinite(value)) {
            return Reason.NOT_A_NUMBER;
        }
        return value >= 0 ? Reason.NONE : Reason.NON_POSITIVE_MEASURE;
    }

    private static void one(ScoreSheet sheet, Indicator indicator, LmsTable t, int g, double months,
            Reason ageReason, Reason measureReason, double y, boolean restricted, double flagLow, double flagHigh) {
        if (ageReason != Reason.NONE) {
            sheet.fail(indicator, ageReason);
            return;
        }
        if (measureReason != Reason.NONE) {
            sheet.fail(indicator, measureReason);
            return;
        }
        if (t == null) {
            sheet.fail(indicator, Reason.TABLE_NOT_INSTALLED);
            return;
        }
        Lms lms = lmsAt(t, g, months); // small enough for the JIT to keep in registers
        if (lms == null) {
            sheet.fail(indicator, Reason.AGE_OUT_OF_RANGE);
            return;
        }
        double l = lms.l();
        double m = lms.m();
        double s = lms.s();
        double z = restricted ? Lms.zRestricted(y, l, m, s) : Lms.z(y, l, m, s);
        if (!Double.isFinite(z)) {
            sheet.fail(indicator, Reason.NOT_A_NUMBER);
            return;
        }
        z = Lms.round2(z);
        sheet.result(indicator, z, z < flagLow || z > flagHigh);
    }

    /** anthroplus: L, M, S at trunc(months), moved towards the next month by the fraction of a month. */
    private static Lms lmsAt(LmsTable t, int g, double months) {
        int low = (int) months;
        int i = low - (int) t.start();
        double diff = months - low;
        if (!t.has(g, i) || diff > 0 && !t.has(g, i + 1)) {
            return null;
        }
        double l = t.l(g, i);
        double m = t.m(g, i);
        double s = t.s(g, i);
        if (diff > 0) {
            l += diff * (t.l(g, i + 1) - l);
            m += diff * (t.m(g, i + 1) - m);
            s += diff * (t.s(g, i + 1) - s);
        }
        return new Lms(l, m, s);
    }
}
