package org.harapan.growth.who.internal;

import org.harapan.growth.Lms;

/**
 * LMS parameters on a regular grid (age in days, age in months or length in 0.1 cm), per sex, in primitive
 * arrays. Also keeps WHO's +-2/3 SD values at every grid point for the restricted tail.
 */
public final class LmsTable {

    private final String name;
    private final String origin;
    private final double start;
    private final double step;
    private final int size;
    // [sex-1][index]
    final double[][] l;
    final double[][] m;
    final double[][] s;
    final double[][] invM;
    final double[][] invSL;
    final double[][] sd3pos;
    final double[][] sd23pos;
    final double[][] sd3neg;
    final double[][] sd23neg;

    /**
     * @param name WHO file name without extension, e.g. "weianthro"
     * @param origin where the figures come from (for the about box / diagnostics)
     * @param start first grid value
     * @param step grid step (1 day, 1 month or 0.1 cm)
     * @param l L per sex (index 0 male, 1 female) and grid point; NaN where the table has no value
     */
    public LmsTable(String name, String origin, double start, double step, double[][] l, double[][] m,
            double[][] s) {
        this.name = name;
        this.origin = origin;
        this.start = start;
        this.step = step;
        this.size = l[0].length;
        this.l = l;
        this.m = m;
        this.s = s;
        invM = new double[2][size];
        invSL = new double[2][size];
        sd3pos = new double[2][size];
        sd23pos = new double[2][size];
        sd3neg = new double[2][size];
        sd23neg = new double[2][size];
        for (int g = 0; g < 2; g++) {
            for (int i = 0; i < size; i++) {
                invM[g][i] = 1.0 / m[g][i];
                invSL[g][i] = 1.0 / (s[g][i] * l[g][i]);
                double p3 = Lms.valueAt(3, l[g][i], m[g][i], s[g][i]);
                double n3 = Lms.valueAt(-3, l[g][i], m[g][i], s[g][i]);
                sd3pos[g][i] = p3;
                sd23pos[g][i] = p3 - Lms.valueAt(2, l[g][i], m[g][i], s[g][i]);
                sd3neg[g][i] = n3;
                sd23neg[g][i] = Lms.valueAt(-2, l[g][i], m[g][i], s[g][i]) - n3;
            }
        }
    }

    public String name() {
        return name;
    }

    public String origin() {
        return origin;
    }

    public double start() {
        return start;
    }

    public double step() {
        return step;
    }

    public int size() {
        return size;
    }

    /** Last grid value. */
    public double end() {
        return start + (size - 1) * step;
    }

    /** Grid index of an exact grid value (rounded to the nearest point). */
    public int index(double x) {
        return (int) Math.round((x - start) / step);
    }

    public boolean has(int sexIndex, int i) {
        return i >= 0 && i < size && !Double.isNaN(m[sexIndex][i]);
    }

    public double l(int sexIndex, int i) {
        return l[sexIndex][i];
    }

    public double m(int sexIndex, int i) {
        return m[sexIndex][i];
    }

    public double s(int sexIndex, int i) {
        return s[sexIndex][i];
    }

    /** Plain LMS z-score at grid point i. */
    public double z(int g, int i, double y) {
        double li = l[g][i];
        if (li == 1.0) {
            return (y * invM[g][i] - 1.0) * invSL[g][i];
        }
        if (li == 0.0) {
            return Math.log(y * invM[g][i]) / s[g][i];
        }
        return (Math.pow(y * invM[g][i], li) - 1.0) * invSL[g][i];
    }

    /** z-score with WHO's restricted tail at grid point i, using the precomputed SD values. */
    public double zRestricted(int g, int i, double y) {
        double z = z(g, i, y);
        if (z > 3.0) {
            return 3.0 + (y - sd3pos[g][i]) / sd23pos[g][i];
        }
        if (z < -3.0) {
            return -3.0 + (y - sd3neg[g][i]) / sd23neg[g][i];
        }
        return z;
    }

    /**
     * This table continued to {@code newEnd} by extrapolating L, M and S smoothly (Akima cubic through points
     * every 30 grid steps over the last 180 steps). WHO's published daily tables end at 1826 days while igrowup
     * (and WHO's survey results) compute up to 1856 days; this bridges the last month.
     */
    public LmsTable extendedTo(double newEnd, String note) {
        int newSize = (int) Math.round((newEnd - start) / step) + 1;
        if (newSize <= size) {
            return this;
        }
        double[][][] out = new double[3][2][newSize];
        double[][][] in = {l, m, s};
        for (int g = 0; g < 2; g++) {
            int last = size - 1;
            while (last > 0 && Double.isNaN(m[g][last])) {
                last--;
            }
            int nodes = 7;
            double[] x = new double[nodes];
            double[][] v = new double[3][nodes];
            for (int k = 0; k < nodes; k++) {
                int i = last - (nodes - 1 - k) * 30;
                x[k] = i;
                for (int p = 0; p < 3; p++) {
                    v[p][k] = in[p][g][i];
                }
            }
            for (int p = 0; p < 3; p++) {
                System.arraycopy(in[p][g], 0, out[p][g], 0, size);
                java.util.Arrays.fill(out[p][g], size, newSize, Double.NaN);
                Akima curve = new Akima(x, v[p]);
                for (int i = last + 1; i < newSize; i++) {
                    out[p][g][i] = curve.value(i);
                }
            }
        }
        return new LmsTable(name, origin + note, start, step, out[0], out[1], out[2]);
    }

    public Lms lms(int g, int i) {
        return new Lms(l[g][i], m[g][i], s[g][i]);
    }
}
