package org.harapan.growth.who;

import java.util.EnumSet;
import java.util.Set;

import org.harapan.growth.AgeLimit;
import org.harapan.growth.Ages;
import org.harapan.growth.GrowthReference;
import org.harapan.growth.Indicator;
import org.harapan.growth.Lms;
import org.harapan.growth.Measured;
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
 * WHO Child Growth Standards 2006 computed as the WHO R package anthro (1.x) does:
 * <ul>
 * <li>age in days rounded (.5 up) for the daily tables; age in months = days / 30.4375, not rounded;</li>
 * <li>a height measured standing below 9 months is implausible: the position is taken as unknown (no correction,
 * weight-for-length/height by age);</li>
 * <li>length/height corrected by +0.7 cm when measured standing below 731 days and -0.7 cm when measured lying
 * from 731 days ({@code clenhei}); no correction when the position is unknown;</li>
 * <li>weight-for-length below 731 days (45-110 cm), weight-for-height from 731 days (65-120 cm), on the corrected
 * length, L, M and S interpolated linearly between 0.1 cm points; without age, by position, else below 87 cm
 * length;</li>
 * <li>BMI from the corrected length;</li>
 * <li>restricted tails beyond +-3 SD for weight-for-age, weight-for-length/height, BMI, arm circumference and
 * skinfolds; plain LMS for length/height and head circumference;</li>
 * <li>z rounded to 2 decimals; flags on the rounded z: |zlen| &gt; 6, zwei &lt; -6 or &gt; 5, all others |z| &gt; 5;
 * </li>
 * <li>oedema: no weight-for-age, weight-for-length/height or BMI;</li>
 * <li>arm circumference and skinfolds from 91 days.</li>
 * </ul>
 * <b>Upper age.</b> By default ({@link AgeLimit#UNDER_60_MONTHS}) z-scores only below 60.0 months, and
 * {@link Who2007Reference} takes over at 60.0 months. {@link AgeLimit#UP_TO_1856_DAYS} reproduces WHO's igrowup
 * macros: up to 1856 days (rounded), the 2007 reference from 1857 days.
 */
@Component(service = GrowthReference.class, property = "harapan.reference.id=who2006")
public final class Who2006Standards implements GrowthReference {

    public static final String ID = "who2006";
    public static final int MAX_DAYS = 1856;
    /** Z-scores only below this age in months by default. */
    public static final double MONTHS_LIMIT = 60;
    /** Below this age in days length is recumbent, from it height is standing. */
    public static final int HEIGHT_FROM_DAYS = 731;
    /** A height measured standing below this age in months is implausible (WHO anthro: {@code c9mo_flag}). */
    public static final double STANDING_FROM_MONTHS = 9;
    public static final double LYING_STANDING_CM = 0.7;
    private static final double WFL_MIN = 45;
    private static final double WFL_MAX = 110;
    private static final double WFH_MIN = 65;
    private static final double WFH_MAX = 120;

    private final ReferenceTables tables;
    private final LmsTable wei;
    private final LmsTable len;
    private final LmsTable bmi;
    private final LmsTable hc;
    private final LmsTable ac;
    private final LmsTable ts;
    private final LmsTable ss;
    private final LmsTable wfl;
    private final LmsTable wfh;
    private final AgeLimit ageLimit;

    /** Plain Java: the built-in tables, below 60 months. */
    public Who2006Standards() {
        this(ReferenceTables.shipped());
    }

    /**
     * OSGi: the installed tables (built in, overridden by the user's imported ones in the {@link ReferenceFolder}),
     * below 60 months; restarted when a folder service arrives.
     */
    @Activate
    public Who2006Standards(@Reference(name = "folder", cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY) ReferenceFolder folder) {
        this(ReferenceTables.installed(ReferenceTables.folder(folder)));
    }

    public Who2006Standards(ReferenceTables tables) {
        this(tables, AgeLimit.UNDER_60_MONTHS);
    }

    /**
     * @param tables the LMS tables
     * @param ageLimit where the standards stop
     */
    public Who2006Standards(ReferenceTables tables, AgeLimit ageLimit) {
        this.tables = tables;
        this.wei = tables.table("weianthro");
        this.len = tables.table("lenanthro");
        this.bmi = tables.table("bmianthro");
        this.hc = tables.table("hcanthro");
        this.ac = tables.table("acanthro");
        this.ts = tables.table("tsanthro");
        this.ss = tables.table("ssanthro");
        this.wfl = tables.table("wflanthro");
        this.wfh = tables.table("wfhanthro");
        this.ageLimit = ageLimit;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "WHO Child Growth Standards 2006 ("
                + (ageLimit == AgeLimit.UNDER_60_MONTHS ? "below 60 months" : "0-1856 days, igrowup") + "); tables: "
                + tables.description();
    }

    public AgeLimit ageLimit() {
        return ageLimit;
    }

    /** Unknown and negative ages too, so that those children get their reason from this reference. */
    @Override
    public boolean covers(double ageDays) {
        return ageLimit == AgeLimit.UNDER_60_MONTHS ? !(ageDays / Ages.DAYS_PER_MONTH >= MONTHS_LIMIT)
                : !(ageDays >= MAX_DAYS + 0.5);
    }

    @Override
    public Set<Indicator> indicators() {
        return EnumSet.allOf(Indicator.class);
    }

    @Override
    public boolean hasTable(Indicator indicator) {
        return table(indicator) != null;
    }

    private LmsTable table(Indicator indicator) {
        return switch (indicator) {
            case WEIGHT_FOR_AGE -> wei;
            case LENGTH_HEIGHT_FOR_AGE -> len;
            case BMI_FOR_AGE -> bmi;
            case HEAD_CIRCUMFERENCE_FOR_AGE -> hc;
            case ARM_CIRCUMFERENCE_FOR_AGE -> ac;
            case TRICEPS_SKINFOLD_FOR_AGE -> ts;
            case SUBSCAPULAR_SKINFOLD_FOR_AGE -> ss;
            case WEIGHT_FOR_LENGTH -> wfl;
            case WEIGHT_FOR_HEIGHT -> wfh;
        };
    }

    @Override
    public Lms lms(Indicator indicator, Sex sex, double x) {
        LmsTable t = table(indicator);
        if (t == null || sex == null || Double.isNaN(x)) {
            return null;
        }
        int g = sex.code() - 1;
        if (indicator == Indicator.WEIGHT_FOR_LENGTH || indicator == Indicator.WEIGHT_FOR_HEIGHT) {
            double[] lms = new double[3];
            return interpolateLength(t, g, x, lms) ? new Lms(lms[0], lms[1], lms[2]) : null;
        }
        int i = Ages.roundDays(x) - (int) t.start();
        return t.has(g, i) ? t.lms(g, i) : null;
    }

    @Override
    public void compute(ScoreSheet sheet) {
        sheet.begin(this, false);
        int g = sheet.sex - 1;
        if (g != 0 && g != 1) {
            sheet.failAll(Reason.MISSING_SEX);
            return;
        }
        double age = sheet.ageDays;
        boolean ageKnown = !Double.isNaN(age);
        if (ageKnown && !(age >= 0 && age < Double.POSITIVE_INFINITY)) {
            sheet.failAll(Reason.NEGATIVE_AGE);
            return;
        }
        int day = ageKnown ? Ages.roundDays(age) : -1;
        double months = age / Ages.DAYS_PER_MONTH;
        Reason ageReason;
        if (!ageKnown) {
            ageReason = Reason.MISSING_AGE;
        } else if (ageLimit == AgeLimit.UNDER_60_MONTHS && months >= MONTHS_LIMIT) {
            ageReason = Reason.UNDER_60_MONTHS_ONLY;
        } else if (day > MAX_DAYS) {
            ageReason = Reason.AGE_OUT_OF_RANGE;
        } else {
            ageReason = Reason.NONE;
        }

        // length/height correction (clenhei) and BMI
        double lenhei = sheet.lengthHeightCm;
        Measured measured = sheet.measured;
        if (measured == Measured.STANDING && ageKnown && months < STANDING_FROM_MONTHS) {
            measured = Measured.UNKNOWN;
        }
        double clen = lenhei;
        if (ageKnown) {
            if (day < HEIGHT_FROM_DAYS && measured == Measured.STANDING) {
                clen = lenhei + LYING_STANDING_CM;
            } else if (day >= HEIGHT_FROM_DAYS && measured == Measured.LYING) {
                clen = lenhei - LYING_STANDING_CM;
            }
        }
        double weight = sheet.weightKg;
        double h = clen / 100.0;
        double cbmi = weight / (h * h);
        sheet.derived(clen, cbmi);
        Reason lenReason = measureReason(clen);
        Reason weiReason = measureReason(weight);
        Reason bmiReason = weiReason != Reason.NONE ? weiReason : lenReason;
        boolean oedema = sheet.oedema;

        if (sheet.wants(Indicator.LENGTH_HEIGHT_FOR_AGE)) {
            byAge(sheet, Indicator.LENGTH_HEIGHT_FOR_AGE, len, g, day, ageReason, lenReason, clen, false, -6, 6);
        }
        if (sheet.wants(Indicator.WEIGHT_FOR_AGE)) {
            byAge(sheet, Indicator.WEIGHT_FOR_AGE, wei, g, day, ageReason, oedema ? Reason.OEDEMA : weiReason, weight,
                    true, -6, 5);
        }
        if (sheet.wants(Indicator.BMI_FOR_AGE)) {
            byAge(sheet, Indicator.BMI_FOR_AGE, bmi, g, day, ageReason, oedema ? Reason.OEDEMA : bmiReason, cbmi,
                    true, -5, 5);
        }
        if ((sheet.mask() & (Indicator.WEIGHT_FOR_LENGTH.bit() | Indicator.WEIGHT_FOR_HEIGHT.bit())) != 0) {
            weightForLengthOrHeight(sheet, g, ageKnown, day, ageReason, measured, lenhei, clen, weight, oedema,
                    weiReason, lenReason);
        }
        if (sheet.wants(Indicator.HEAD_CIRCUMFERENCE_FOR_AGE)) {
            byAge(sheet, Indicator.HEAD_CIRCUMFERENCE_FOR_AGE, hc, g, day, ageReason, measureReason(sheet.headCm),
                    sheet.headCm, false, -5, 5);
        }
        Reason armAge = ageReason == Reason.NONE && day < 91 ? Reason.AGE_OUT_OF_RANGE : ageReason;
        if (sheet.wants(Indicator.ARM_CIRCUMFERENCE_FOR_AGE)) {
            byAge(sheet, Indicator.ARM_CIRCUMFERENCE_FOR_AGE, ac, g, day, armAge, measureReason(sheet.muacCm),
                    sheet.muacCm, true, -5, 5);
        }
        if (sheet.wants(Indicator.TRICEPS_SKINFOLD_FOR_AGE)) {
            byAge(sheet, Indicator.TRICEPS_SKINFOLD_FOR_AGE, ts, g, day, armAge, measureReason(sheet.tricepsMm),
                    sheet.tricepsMm, true, -5, 5);
        }
        if (sheet.wants(Indicator.SUBSCAPULAR_SKINFOLD_FOR_AGE)) {
            byAge(sheet, Indicator.SUBSCAPULAR_SKINFOLD_FOR_AGE, ss, g, day, armAge,
                    measureReason(sheet.subscapularMm), sheet.subscapularMm, true, -5, 5);
        }
    }

    static Reason measureReason(double value) {
        if (Double.isNaN(value)) {
            return Reason.MISSING_MEASURE;
        }
        if (Double.isInfinite(value)) {
            return Reason.NOT_A_NUMBER;
        }
        return value > 0 ? Reason.NONE : Reason.NON_POSITIVE_MEASURE;
    }

    private static void byAge(ScoreSheet sheet, Indicator indicator, LmsTable t, int g, int day, Reason ageReason,
            Reason measureReason, double y, boolean restricted, double flagLow, double flagHigh) {
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
        int i = day - (int) t.start();
        if (!t.has(g, i)) {
            sheet.fail(indicator, Reason.AGE_OUT_OF_RANGE);
            return;
        }
        double z = Lms.round2(restricted ? t.zRestricted(g, i, y) : t.z(g, i, y));
        sheet.result(indicator, z, z < flagLow || z > flagHigh);
    }

    private void weightForLengthOrHeight(ScoreSheet sheet, int g, boolean ageKnown, int day, Reason ageReason,
            Measured measured, double lenhei, double clen, double weight, boolean oedema, Reason weiReason,
            Reason lenReason) {
        boolean byLength;
        if (ageKnown) {
            byLength = day < HEIGHT_FROM_DAYS;
        } else if (measured != Measured.UNKNOWN) {
            byLength = measured == Measured.LYING;
        } else {
            byLength = !(lenhei >= 87);
        }
        Indicator indicator = byLength ? Indicator.WEIGHT_FOR_LENGTH : Indicator.WEIGHT_FOR_HEIGHT;
        sheet.fail(byLength ? Indicator.WEIGHT_FOR_HEIGHT : Indicator.WEIGHT_FOR_LENGTH, Reason.NOT_APPLICABLE);
        if (ageReason == Reason.AGE_OUT_OF_RANGE || ageReason == Reason.UNDER_60_MONTHS_ONLY) {
            sheet.fail(indicator, ageReason);
            return;
        }
        if (oedema) {
            sheet.fail(indicator, Reason.OEDEMA);
            return;
        }
        // as WHO anthro: a weight of 0 is not excluded here (its z-score lies far out on the restricted tail)
        Reason weightReason = weight == 0 ? Reason.NONE : weiReason;
        if (weightReason != Reason.NONE || lenReason != Reason.NONE) {
            sheet.fail(indicator, weightReason != Reason.NONE ? weightReason : lenReason);
            return;
        }
        LmsTable t = byLength ? wfl : wfh;
        if (t == null) {
            sheet.fail(indicator, Reason.TABLE_NOT_INSTALLED);
            return;
        }
        if (byLength ? !(clen >= WFL_MIN && clen <= WFL_MAX) : !(clen >= WFH_MIN && clen <= WFH_MAX)) {
            sheet.fail(indicator, Reason.LENGTH_OUT_OF_TABLE);
            return;
        }
        // WHO: low = trunc(10 x)/10, interpolate L, M, S linearly towards the next 0.1 cm point
        double tenth = clen * 10.0;
        int low = (int) tenth;
        double diff = tenth - low;
        int i = low - (int) Math.round(t.start() * 10.0);
        double z;
        if (diff > 0 && i + 1 < t.size()) {
            double l0 = t.l(g, i);
            double m0 = t.m(g, i);
            double s0 = t.s(g, i);
            double l = l0 + diff * (t.l(g, i + 1) - l0);
            double m = m0 + diff * (t.m(g, i + 1) - m0);
            double s = s0 + diff * (t.s(g, i + 1) - s0);
            z = Lms.zRestricted(weight, l, m, s);
        } else {
            z = t.zRestricted(g, i, weight);
        }
        z = Lms.round2(z);
        sheet.result(indicator, z, z < -5 || z > 5);
    }

    private static boolean interpolateLength(LmsTable t, int g, double x, double[] out) {
        if (!(x >= t.start() && x <= t.end())) {
            return false;
        }
        double tenth = x * 10.0;
        int low = (int) tenth;
        double diff = tenth - low;
        int i = low - (int) Math.round(t.start() * 10.0);
        if (diff > 0 && i + 1 < t.size()) {
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
