package org.harapan.io.anthro;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic anthro input CSV (columns {@code id,sex,age_days,weight_kg,lenhei_cm,measure,oedema}) for
 * benchmarks and tests: children of 0-60 months with plausible weights and lengths measured to 0.1, about 3% of
 * 5-19 years, 0.5% with a missing or unparsable value and 0.2% with oedema.
 */
public final class AnthroSample {

    private AnthroSample() {
    }

    public static void write(Path file, long rows, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(64);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,sex,age_days,weight_kg,lenhei_cm,measure,oedema\n");
            for (long id = 1; id <= rows; id++) {
                line.setLength(0);
                int sex = 1 + rnd.nextInt(2);
                boolean school = rnd.nextInt(100) < 3;
                int days = school ? 1857 + rnd.nextInt(5000) : rnd.nextInt(1857);
                double months = days / 30.4375;
                double cm;
                double kg;
                if (school) {
                    cm = 110 + 0.33 * (months - 61) + rnd.nextGaussian() * 6;
                    kg = 18 + 0.28 * (months - 61) + rnd.nextGaussian() * 4;
                } else {
                    cm = 50 + 1.6 * months - 0.009 * months * months + rnd.nextGaussian() * 3;
                    kg = 3.3 + 0.35 * months - 0.0025 * months * months + rnd.nextGaussian();
                }
                line.append(id).append(',').append(sex).append(',').append(days).append(',');
                int odd = rnd.nextInt(1000);
                if (odd == 0) {
                    line.append("n/a");
                } else if (odd > 5) {
                    line.append(Math.round(Math.max(kg, 1.5) * 10) / 10.0);
                }
                line.append(',').append(Math.round(cm * 10) / 10.0).append(',');
                line.append(days < 731 ? 'l' : 'h').append(',').append(odd >= 995 && odd < 997 ? 'y' : 'n');
                out.append(line).append('\n');
            }
        }
    }
}
