package org.harapan.growth;

/**
 * Box-Cox power (LMS) parameters at one age or length, with WHO's z-score formulas.
 */
public record Lms(double l, double m, double s) {

    /** Plain LMS z-score: ((y/M)^L - 1) / (S L); L = 0 uses ln(y/M)/S. */
    public double z(double y) {
        return z(y, l, m, s);
    }

    /** z-score with WHO's restricted application of the LMS distribution beyond +-3 SD (linear tails). */
    public double zRestricted(double y) {
        return zRestricted(y, l, m, s);
    }

    /** Measurement at z-score {@code z}: M (1 + L S z)^(1/L). */
    public double valueAt(double z) {
        return valueAt(z, l, m, s);
    }

    public static double z(double y, double l, double m, double s) {
        if (l == 1.0) {
            return (y / m - 1.0) / s;
        }
        if (l == 0.0) {
            return Math.log(y / m) / s;
        }
        return (Math.pow(y / m, l) - 1.0) / (s * l);
    }

    public static double valueAt(double z, double l, double m, double s) {
        if (l == 0.0) {
            return m * Math.exp(s * z);
        }
        return m * Math.pow(1.0 + l * s * z, 1.0 / l);
    }

    /**
     * WHO's restricted tail: beyond +3 SD, z = 3 + (y - SD3pos) / (SD3pos - SD2pos); below -3 SD,
     * z = -3 + (y - SD3neg) / (SD2neg - SD3neg).
     */
    public static double zRestricted(double y, double l, double m, double s) {
        double z = z(y, l, m, s);
        if (z > 3.0) {
            double sd3 = valueAt(3.0, l, m, s);
            return 3.0 + (y - sd3) / (sd3 - valueAt(2.0, l, m, s));
        }
        if (z < -3.0) {
            double sd3 = valueAt(-3.0, l, m, s);
            return -3.0 + (y - sd3) / (valueAt(-2.0, l, m, s) - sd3);
        }
        return z;
    }

    /**
     * Rounds like R's {@code round(x, 2)}: to the nearer of the two 2-decimal neighbours, ties to the even
     * last digit.
     */
    public static double round2(double x) {
        double p = x * 100.0;
        double lo = Math.floor(p);
        double hi = lo + 1.0;
        double dLo = x - lo / 100.0;
        double dHi = hi / 100.0 - x;
        if (dLo < dHi) {
            return lo / 100.0;
        }
        if (dHi < dLo) {
            return hi / 100.0;
        }
        return ((long) lo & 1L) == 0 ? lo / 100.0 : hi / 100.0;
    }
}
