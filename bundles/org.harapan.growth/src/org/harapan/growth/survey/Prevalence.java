package org.harapan.growth.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.harapan.growth.Ages;
import org.harapan.growth.Indicator;
import org.harapan.growth.ScoreSheet;

/**
 * Streaming prevalence estimates as WHO Anthro computes them (R package anthro, {@code anthro_prevalence}):
 * children of 0-1826 days (rounded; or of unknown age) with their WHO 2006 z-scores (none from 60.0 months);
 * flagged z-scores excluded; a child with oedema counts as below -3 SD for underweight and wasting (z = -3.1) and in
 * their denominators, whatever else is missing. 95%
 * confidence intervals are logit intervals with Student t quantiles: for a simple random sample the variance of
 * the logit is N/(N-1) / (n p (1-p)) with N - 1 degrees of freedom (N all eligible children, n those in the
 * group with a value); with a cluster column the variance is linearised over clusters, C/(C-1) sum_c U_c^2 with
 * U_c = (S_c - p n_c) / n, on C - 1 degrees of freedom (one stratum, equal weights). Memory grows with groups x
 * clusters, not with rows.
 */
public final class Prevalence {

    /** One indicator of undernutrition or overweight with its cut-offs. */
    public enum Outcome {
        STUNTING("stunting (zlen)", false), UNDERWEIGHT("underweight (zwei)", false),
        WASTING("wasting (zwfl)", false), OVERWEIGHT("overweight (zwfl)", true);

        private final String label;
        private final boolean above;

        Outcome(String label, boolean above) {
            this.label = label;
            this.above = above;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One estimate.
     *
     * @param group "All" or {@code column=value}
     * @param outcome the outcome
     * @param cutoff "<-3", "<-2" or ">+2"
     * @param n children with a value in the group (denominator)
     * @param cases children below (above) the cut-off
     * @param percent prevalence in percent
     * @param lower lower 95% limit in percent
     * @param upper upper 95% limit in percent
     * @param meanZ mean z-score of the group (oedema cases excluded, as WHO does)
     */
    public record Estimate(String group, Outcome outcome, String cutoff, long n, long cases, double percent,
            double lower, double upper, double meanZ) {
    }

    private static final double ALPHA = 0.05;
    /** WHO anthro: children up to this age in days (rounded) or of unknown age are in the estimates. */
    private static final int LAST_DAY = 1826;
    private static final String[][] CUTOFFS = {{"<-3", "<-2"}, {"<-3", "<-2"}, {"<-3", "<-2"}, {">+2"}};

    /** Accumulators of one group and outcome. */
    private static final class Cell {
        long n;
        final long[] cases;
        long zn;
        double zsum;
        final Map<String, long[]> clusters; // cluster -> {n_c, S_c per cut-off}

        Cell(int cutoffs, boolean clustered) {
            cases = new long[cutoffs];
            clusters = clustered ? new HashMap<>() : null;
        }
    }

    private final boolean clustered;
    private final Map<String, Cell[]> groups = new LinkedHashMap<>();
    private final Set<String> allClusters = new HashSet<>();
    private long eligible;

    /** @param clustered whether {@link #add} receives cluster ids */
    public Prevalence(boolean clustered) {
        this.clustered = clustered;
    }

    /**
     * Adds one assessed child (call right after the assessor computed the sheet).
     *
     * @param group the value of the {@code --by} column, or {@code null} for none
     * @param cluster the cluster id ({@code null} when not clustered)
     */
    public void add(ScoreSheet sheet, String group, String cluster) {
        double age = sheet.ageDays;
        if (!Double.isNaN(age) && !(age >= 0 && Ages.roundDays(age) <= LAST_DAY)) {
            return;
        }
        if (clustered && (cluster == null || cluster.isEmpty())) {
            return; // WHO drops rows without cluster
        }
        eligible++;
        if (clustered) {
            allClusters.add(cluster);
        }
        addTo("All", sheet, cluster);
        if (group != null) {
            addTo(group, sheet, cluster);
        }
    }

    private void addTo(String group, ScoreSheet sheet, String cluster) {
        Cell[] cells = groups.computeIfAbsent(group, g -> {
            Cell[] c = new Cell[4];
            for (int k = 0; k < 4; k++) {
                c[k] = new Cell(CUTOFFS[k].length, clustered);
            }
            return c;
        });
        Indicator wfl = sheet.wflOrWfh();
        value(cells[0], sheet, Indicator.LENGTH_HEIGHT_FOR_AGE, false, cluster, false);
        value(cells[1], sheet, Indicator.WEIGHT_FOR_AGE, true, cluster, false);
        value(cells[2], sheet, wfl, true, cluster, false);
        value(cells[3], sheet, wfl, true, cluster, true);
    }

    private void value(Cell cell, ScoreSheet sheet, Indicator indicator, boolean oedemaCounts, String cluster,
            boolean above) {
        // a child WHO 2007 scored (60.0 months to 1826.49 days) has no 2006 z-score, but counts with oedema
        double z = sheet.schoolAge() ? Double.NaN : sheet.z(indicator);
        boolean oedema = oedemaCounts && sheet.oedema;
        if (!oedema && (Double.isNaN(z) || sheet.flagged(indicator))) {
            return;
        }
        double v = oedema ? -3.1 : z;
        cell.n++;
        if (!oedema) {
            cell.zn++;
            cell.zsum += z;
        }
        long[] c = null;
        if (cell.clusters != null) {
            c = cell.clusters.computeIfAbsent(cluster, k -> new long[1 + cell.cases.length]);
            c[0]++;
        }
        for (int k = 0; k < cell.cases.length; k++) {
            boolean hit = above ? v > 2 : (k == 0 ? v < -3 : v < -2);
            if (hit) {
                cell.cases[k]++;
                if (c != null) {
                    c[1 + k]++;
                }
            }
        }
    }

    /** Adds another estimator's counts (e.g. from another thread) to this one. */
    public void merge(Prevalence other) {
        if (other.clustered != clustered) {
            throw new IllegalArgumentException("cannot merge clustered and unclustered estimates");
        }
        eligible += other.eligible;
        allClusters.addAll(other.allClusters);
        for (Map.Entry<String, Cell[]> e : other.groups.entrySet()) {
            Cell[] mine = groups.computeIfAbsent(e.getKey(), g -> {
                Cell[] c = new Cell[4];
                for (int k = 0; k < 4; k++) {
                    c[k] = new Cell(CUTOFFS[k].length, clustered);
                }
                return c;
            });
            for (int k = 0; k < 4; k++) {
                Cell a = mine[k];
                Cell b = e.getValue()[k];
                a.n += b.n;
                a.zn += b.zn;
                a.zsum += b.zsum;
                for (int j = 0; j < a.cases.length; j++) {
                    a.cases[j] += b.cases[j];
                }
                if (a.clusters != null) {
                    for (Map.Entry<String, long[]> c : b.clusters.entrySet()) {
                        long[] t = a.clusters.computeIfAbsent(c.getKey(), x -> new long[c.getValue().length]);
                        for (int j = 0; j < t.length; j++) {
                            t[j] += c.getValue()[j];
                        }
                    }
                }
            }
        }
    }

    /** Number of children counted in the design (N). */
    public long eligible() {
        return eligible;
    }

    /** The estimates, per group (All first) and outcome. */
    public List<Estimate> estimates() {
        List<Estimate> out = new ArrayList<>();
        double df = clustered ? allClusters.size() - 1 : eligible - 1;
        double t = Distributions.tTwoSided(ALPHA, df);
        for (Map.Entry<String, Cell[]> g : groups.entrySet()) {
            Outcome[] outcomes = Outcome.values();
            for (int o = 0; o < outcomes.length; o++) {
                Cell cell = g.getValue()[o];
                double mean = cell.zn == 0 ? Double.NaN : cell.zsum / cell.zn;
                for (int k = 0; k < cell.cases.length; k++) {
                    double[] ci = interval(cell, k, t);
                    double p = cell.n == 0 ? Double.NaN : (double) cell.cases[k] / cell.n;
                    out.add(new Estimate(g.getKey(), outcomes[o], CUTOFFS[o][k], cell.n, cell.cases[k], 100 * p,
                            100 * ci[0], 100 * ci[1], mean));
                }
            }
        }
        return out;
    }

    private double[] interval(Cell cell, int k, double t) {
        long n = cell.n;
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double p = (double) cell.cases[k] / n;
        if (p == 0 || p == 1) {
            return new double[] {p, p};
        }
        double varP;
        if (clustered) {
            double c = allClusters.size();
            double sum = 0;
            for (long[] v : cell.clusters.values()) {
                double u = (v[1 + k] - p * v[0]) / n;
                sum += u * u;
            }
            varP = c <= 1 ? Double.NaN : c / (c - 1) * sum;
        } else {
            double big = eligible;
            varP = big / (big - 1) * p * (1 - p) / n;
        }
        double seLogit = Math.sqrt(varP) / (p * (1 - p));
        double logit = Math.log(p / (1 - p));
        return new double[] {logistic(logit - t * seLogit), logistic(logit + t * seLogit)};
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
