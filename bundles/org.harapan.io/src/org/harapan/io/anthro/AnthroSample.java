package org.harapan.io.anthro;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes synthetic anthro input CSVs for benchmarks and tests.
 * <ul>
 * <li>{@link #write}: clean rows ({@code id,sex,age_days,weight_kg,lenhei_cm,measure,oedema}): children of 0-60
 * months with plausible weights and lengths measured to 0.1, about 3% of 5-19 years, 0.5% with a missing or
 * unparsable value and 0.2% with oedema.</li>
 * <li>{@link #writeRealistic}: a survey export as e-PPGBM or a posyandu makes it
 * ({@code id,posyandu,sex,age_days,weight_kg,lenhei_cm,measure,oedema,muac_cm,headc_cm}): ages 0-19 years (about
 * 60% under five), about 5% missing weight or height (empty or {@code NA}), 2% oedema, arm circumference on most
 * rows, head circumference on many under-twos, some positions missing or wrong (standing below 9 months), a few
 * implausible values (far out, zero, or not a number).</li>
 * </ul>
 */
public final class AnthroSample {

    private AnthroSample() {
    }

    /** Appends one generated row (without line break). */
    @FunctionalInterface
    private interface Row {
        void append(StringBuilder line, long id, SplittableRandom rnd);
    }

    private static void write(Path file, String header, long rows, long seed, Row row) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(96);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            out.write('\n');
            for (long id = 1; id <= rows; id++) {
                line.setLength(0);
                row.append(line, id, rnd);
                out.append(line).append('\n');
            }
        }
    }

    public static void write(Path file, long rows, long seed) throws IOException {
        write(file, "id,sex,age_days,weight_kg,lenhei_cm,measure,oedema", rows, seed, AnthroSample::clean);
    }

    private static void clean(StringBuilder line, long id, SplittableRandom rnd) {
        int sex = 1 + rnd.nextInt(2);
        boolean school = rnd.nextInt(100) < 3;
        int days = school ? 1857 + rnd.nextInt(5000) : rnd.nextInt(1857);
        double[] kgCm = typical(rnd, days);
        line.append(id).append(',').append(sex).append(',').append(days).append(',');
        int odd = rnd.nextInt(1000);
        if (odd == 0) {
            line.append("n/a");
        } else if (odd > 5) {
            line.append(Math.round(Math.max(kgCm[0], 1.5) * 10) / 10.0);
        }
        line.append(',').append(Math.round(kgCm[1] * 10) / 10.0).append(',');
        line.append(days < 731 ? 'l' : 'h').append(',').append(odd >= 995 && odd < 997 ? 'y' : 'n');
    }

    /** Weight (kg) and length/height (cm) of a typical child of this age, with spread. */
    private static double[] typical(SplittableRandom rnd, double days) {
        double months = days / 30.4375;
        if (months >= 61) {
            double cm = Math.min(110 + 0.42 * (months - 61), 170) + rnd.nextGaussian() * 6;
            double kg = Math.min(18 + 0.3 * (months - 61), 60) + rnd.nextGaussian() * 4;
            return new double[] {kg, cm};
        }
        return new double[] {3.3 + 0.35 * months - 0.0025 * months * months + rnd.nextGaussian(),
            50 + 1.6 * months - 0.009 * months * months + rnd.nextGaussian() * 3};
    }

    private static final String[] POSYANDU = {"Melati 1", "Mawar 2", "Anggrek", "Kenanga 3", "Dahlia", "Teratai 5"};

    public static void writeRealistic(Path file, long rows, long seed) throws IOException {
        write(file, "id,posyandu,sex,age_days,weight_kg,lenhei_cm,measure,oedema,muac_cm,headc_cm", rows, seed,
                AnthroSample::realistic);
    }

    private static void realistic(StringBuilder line, long id, SplittableRandom rnd) {
        boolean underFive = rnd.nextInt(100) < 60;
        int days = underFive ? rnd.nextInt(1826) : 1826 + rnd.nextInt(5115); // to 19 years (6940 days)
        double[] kgCm = typical(rnd, days);
        int odd = rnd.nextInt(10_000);
        if (odd < 20) {
            kgCm[0] *= 4; // implausible: flagged
        } else if (odd < 25) {
            kgCm[1] /= 2;
        }
        line.append(id).append(',').append(POSYANDU[rnd.nextInt(POSYANDU.length)]).append(',');
        line.append(odd >= 9990 ? "" : Integer.toString(1 + rnd.nextInt(2))).append(',');
        line.append(days).append(',');
        int gap = rnd.nextInt(1000);
        value(line, gap < 30 ? (gap < 10 ? "NA" : "") : odd == 30 ? "n/a" : odd == 31 ? "0" : null, kgCm[0]);
        line.append(',');
        value(line, gap >= 30 && gap < 50 ? (gap < 37 ? "NA" : "") : null, kgCm[1]);
        line.append(',');
        int position = rnd.nextInt(100);
        if (position >= 8) {
            boolean lying = days < 731 ? position >= 12 : position < 10;
            line.append(lying ? 'l' : 'h');
        }
        line.append(',');
        int oedema = rnd.nextInt(100);
        line.append(oedema < 2 ? "y" : oedema < 12 ? "" : "n").append(',');
        int muac = rnd.nextInt(100);
        value(line, muac < 15 ? "" : muac < 17 ? "NA" : null, 12 + 0.09 * days / 30.4375 + rnd.nextGaussian());
        line.append(',');
        if (days < 731 && rnd.nextInt(100) < 60) {
            value(line, null, 35 + 12 * Math.sqrt(days / 730.0) + rnd.nextGaussian());
        }
    }

    /** Appends {@code text} when given, else the value rounded to 0.1. */
    private static void value(StringBuilder line, String text, double v) {
        if (text != null) {
            line.append(text);
        } else {
            line.append(Math.round(Math.max(v, 0.5) * 10) / 10.0);
        }
    }
}
