package org.harapan.growth.who;

import java.util.EnumSet;
import java.util.Set;

import org.harapan.growth.Ages;
import org.harapan.growth.GrowthReference;
import org.harapan.growth.Indicator;
import org.harapan.growth.Lms;
import org.harapan.growth.Measured;
import org.harapan.growth.Reason;
import org.harapan.growth.ScoreSheet;
import org.harapan.growth.Sex;
import org.harapan.growth.who.internal.LmsTable;
import org.osgi.service.component.annotations.Component;

/**
 * WHO Growth Reference 2007 for 5-19 years, computed as WHO's anthroplus does: age in months (days / 30.4375, not
 * rounded), L, M and S interpolated linearly between whole months; height-for-age (plain LMS, flag |z| &gt; 6) up
 * to 228 months, weight-for-age (restricted tails, flag z &lt; -6 or &gt; 5) up to 120 months, BMI-for-age
 * (restricted tails, flag |z| &gt; 5) up to 228 months; an age past the last whole month of a table (e.g. 228.4)
 * uses that month's values; oedema excludes weight-for-age and BMI; z rounded to 2 decimals.
 * <p>
 * Covers ages from 1857 days (rounded; 61.0 months is 1856.7 days) where {@link Who2006Standards} stops, to below
 * 229 months. Height measured lying is converted to standing height (-0.7 cm) as for the 2006 standards.
 * <p>
 * No registry package carries these tables: until the user imports WHO's files ({@code hfawho2007.txt},
 * {@code wfawho2007.txt}, {@code bfawho2007.txt} with {@code ./harapan reference import DIR}), every indicator
 * reports {@link Reason#TABLES_NOT_INSTALLED}.
 */
@Component(service = GrowthReference.class, property = "harapan.reference.id=who2007")
public final class Who2007Reference implements GrowthReference {

    public static final String ID = "who2007";
    /** First age in days covered: where the 2006 standards stop (1856 days, rounded). */
    public static final double FROM_DAYS = Who2006Standards.MAX_DAYS + 0.5;
    public static final double HFA_BFA_MAX_MONTHS = 228;
    public static final double WFA_MAX_MONTHS = 120;

    private final ReferenceTables tables;
    private final LmsTable hfa;
    private final LmsTable wfa;
    private final LmsTable bfa;

    /** OSGi / default: the installed tables (imported WHO 2007 files, if any). */
    public Who2007Reference() {
        this(ReferenceTables.installed());
    }

    public Who2007Reference(ReferenceTables tables) {
        this.tables = tables;
        this.hfa = tables.table("hfawho2007");
        this.wfa = tables.table("wfawho2007");
        this.bfa = tables.table("bfawho2007");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "WHO Growth Reference 2007 (5-19 years); tables: "
                + (hfa == null ? "not installed (import WHO 2007 tables with ./harapan reference import DIR)"
                        : tables.description());
    }

    @Override
    public boolean covers(double ageDays) {
        return ageDays >= FROM_DAYS && ageDays / Ages.DAYS_PER_MONTH < HFA_BFA_MAX_MONTHS + 1;
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
        double[] out = new double[3];
        return interpolate(t, sex.code() - 1, ageDays / Ages.DAYS_PER_MONTH, out) ? new Lms(out[0], out[1], out[2])
                : null;
    }

    @Override
    public void compute(ScoreSheet sheet) {
        sheet.begin(this, true);
        int g = sheet.sex - 1;
        if (g != 0 && g != 1) {
            sheet.failAll(Reason.MISSING_SEX);
            return;
        }
        for (Indicator indicator : Indicator.values()) {
            if (sheet.wants(indicator)) {
                sheet.fail(indicator, Reason.AGE_OUT_OF_RANGE);
            }
        }
        double months = sheet.ageDays / Ages.DAYS_PER_MONTH;
        double height = sheet.lengthHeightCm;
        if (sheet.measured == Measured.LYING) {
            height -= Who2006Standards.LYING_STANDING_CM;
        }
        double weight = sheet.weightKg;
        double cbmi = weight / ((height / 100.0) * (height / 100.0));
        sheet.derived(height, cbmi);
        Reason hReason = Who2006Standards.measureReason(height);
        Reason wReason = Who2006Standards.measureReason(weight);
        boolean inRange = months >= 60 && months < HFA_BFA_MAX_MONTHS + 1;
        double[] lms = new double[3];
        if (sheet.wants(Indicator.LENGTH_HEIGHT_FOR_AGE)) {
            one(sheet, Indicator.LENGTH_HEIGHT_FOR_AGE, hfa, g, months, inRange, hReason, height, false, -6, 6, lms);
        }
        if (sheet.wants(Indicator.WEIGHT_FOR_AGE)) {
            one(sheet, Indicator.WEIGHT_FOR_AGE, wfa, g, months, months >= 60 && months < WFA_MAX_MONTHS + 1,
                    sheet.oedema ? Reason.OEDEMA : wReason, weight, true, -6, 5, lms);
        }
        if (sheet.wants(Indicator.BMI_FOR_AGE)) {
            Reason bReason = sheet.oedema ? Reason.OEDEMA : wReason != Reason.NONE ? wReason : hReason;
            one(sheet, Indicator.BMI_FOR_AGE, bfa, g, months, inRange, bReason, cbmi, true, -5, 5, lms);
        }
    }

    private static void one(ScoreSheet sheet, Indicator indicator, LmsTable t, int g, double months,
            boolean ageInRange, Reason measureReason, double y, boolean restricted, double flagLow, double flagHigh,
            double[] lms) {
        if (!ageInRange) {
            sheet.fail(indicator, Reason.AGE_OUT_OF_RANGE);
            return;
        }
        if (measureReason != Reason.NONE) {
            sheet.fail(indicator, measureReason);
            return;
        }
        if (t == null || !interpolate(t, g, months, lms)) {
            sheet.fail(indicator, t == null ? Reason.TABLES_NOT_INSTALLED : Reason.AGE_OUT_OF_RANGE);
            return;
        }
        double z = restricted ? Lms.zRestricted(y, lms[0], lms[1], lms[2]) : Lms.z(y, lms[0], lms[1], lms[2]);
        z = Lms.round2(z);
        sheet.result(indicator, z, z < flagLow || z > flagHigh);
    }

    private static boolean interpolate(LmsTable t, int g, double months, double[] out) {
        int low = (int) months;
        int i = low - (int) t.start();
        if (!t.has(g, i)) {
            return false;
        }
        double diff = months - low;
        if (diff > 0 && t.has(g, i + 1)) {
            out[0] = t.l(g, i) + diff * (t.l(g, i + 1) - t.l(g, i));
            out[1] = t.m(g, i) + diff * (t.m(g, i + 1) - t.m(g, i));
            out[2] = t.s(g, i) + diff * (t.s(g, i + 1) - t.s(g, i));
        } else {
            out[0] = t.l(g, i);
            out[1] = t.m(g, i);
            out[2] = t.s(g, i);
        }
        return true;
    }
}
