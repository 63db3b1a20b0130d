package org.harapan.growth.who.tests;

import java.util.SplittableRandom;

import org.harapan.growth.Indicator;
import org.harapan.growth.Measured;
import org.harapan.growth.ScoreSheet;
import org.harapan.growth.who.ReferenceAssessor;
import org.harapan.growth.who.ReferenceTables;

/**
 * Single-thread throughput of the 4 main indicators (weight-for-age, length/height-for-age,
 * weight-for-length/height, BMI-for-age) through the assessor's hot path. Run:
 * {@code java -cp ... org.harapan.growth.who.tests.GrowthBenchmark [children] [rounds]}.
 */
public final class GrowthBenchmark {

    private GrowthBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        double best = 0;
        for (int r = 0; r < rounds; r++) {
            double rate = run(n);
            best = Math.max(best, rate);
            System.out.printf("round %d: %.2f million children/s%n", r + 1, rate / 1e6);
        }
        System.out.printf("best: %.2f million children/s (4 main indicators, one thread)%n", best / 1e6);
    }

    /** @return children per second */
    public static double run(int n) {
        ReferenceAssessor assessor = ReferenceAssessor.who(ReferenceTables.shipped());
        SplittableRandom rnd = new SplittableRandom(42);
        int[] sex = new int[n];
        double[] age = new double[n];
        double[] kg = new double[n];
        double[] cm = new double[n];
        Measured[] how = new Measured[n];
        for (int i = 0; i < n; i++) {
            sex[i] = 1 + rnd.nextInt(2);
            age[i] = rnd.nextInt(1827);
            double months = age[i] / 30.4375;
            cm[i] = 50 + 1.6 * months - 0.009 * months * months + rnd.nextGaussian() * 3;
            kg[i] = 3.3 + 0.35 * months - 0.0025 * months * months + rnd.nextGaussian();
            how[i] = age[i] < 731 ? Measured.LYING : Measured.STANDING;
        }
        ScoreSheet sheet = new ScoreSheet().mask(Indicator.MAIN);
        double sink = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sheet.set(sex[i], age[i], kg[i], cm[i], how[i], false);
            assessor.compute(sheet);
            sink += sheet.z(Indicator.WEIGHT_FOR_AGE) + sheet.z(Indicator.LENGTH_HEIGHT_FOR_AGE)
                    + sheet.z(sheet.wflOrWfh()) + sheet.z(Indicator.BMI_FOR_AGE);
        }
        long t1 = System.nanoTime();
        if (sink == 42.4242) {
            System.out.println(sink);
        }
        return n / ((t1 - t0) / 1e9);
    }
}
