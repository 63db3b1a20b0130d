package org.harapan.growth.who.internal;

/**
 * Akima (1970) piecewise cubic interpolation, used to expand the shipped sparse LMS points (weekly, monthly,
 * 0.5 cm) onto WHO's daily / 0.1 cm grid. Outside the nodes the end cubic is continued.
 */
public final class Akima {

    private final double[] x;
    private final double[] y;
    private final double[] t; // slope at each node

    public Akima(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length || n < 2) {
            throw new IllegalArgumentException("need at least 2 points");
        }
        this.x = x.clone();
        this.y = y.clone();
        this.t = new double[n];
        if (n == 2) {
            double m = (y[1] - y[0]) / (x[1] - x[0]);
            t[0] = m;
            t[1] = m;
            return;
        }
        // segment slopes with two extrapolated slopes at either end: m[k + 2] is the slope of segment k
        double[] m = new double[n + 3];
        for (int k = 0; k < n - 1; k++) {
            m[k + 2] = (y[k + 1] - y[k]) / (x[k + 1] - x[k]);
        }
        m[1] = 2 * m[2] - m[3];
        m[0] = 3 * m[2] - 2 * m[3];
        m[n + 1] = 2 * m[n] - m[n - 1];
        m[n + 2] = 3 * m[n] - 2 * m[n - 1];
        double maxW = 0;
        double[] w1 = new double[n];
        double[] w2 = new double[n];
        for (int i = 0; i < n; i++) {
            w1[i] = Math.abs(m[i + 3] - m[i + 2]);
            w2[i] = Math.abs(m[i + 1] - m[i]);
            maxW = Math.max(maxW, w1[i] + w2[i]);
        }
        for (int i = 0; i < n; i++) {
            double sum = w1[i] + w2[i];
            if (sum > 1e-9 * maxW) {
                t[i] = (w1[i] * m[i + 1] + w2[i] * m[i + 2]) / sum;
            } else {
                t[i] = 0.5 * (m[i + 1] + m[i + 2]);
            }
        }
    }

    public double value(double at) {
        int n = x.length;
        int k;
        if (at <= x[0]) {
            k = 0;
        } else if (at >= x[n - 1]) {
            k = n - 2;
        } else {
            int lo = 0;
            int hi = n - 1;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (x[mid] <= at) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            k = lo;
        }
        double h = x[k + 1] - x[k];
        double s = (at - x[k]) / h;
        double s2 = s * s;
        double s3 = s2 * s;
        double h00 = 2 * s3 - 3 * s2 + 1;
        double h10 = s3 - 2 * s2 + s;
        double h01 = -2 * s3 + 3 * s2;
        double h11 = s3 - s2;
        return h00 * y[k] + h10 * h * t[k] + h01 * y[k + 1] + h11 * h * t[k + 1];
    }
}
