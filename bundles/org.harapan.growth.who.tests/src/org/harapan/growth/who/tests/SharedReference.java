package org.harapan.growth.who.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the shared reference folder ({@code shared/reference}): system property {@code harapan.shared} (absolute
 * path of the shared folder), else walking up from the working directory looking for {@code shared/reference} or
 * {@code ../shared/reference}.
 */
public final class SharedReference {

    private SharedReference() {
    }

    public static Path dir() {
        String prop = System.getProperty("harapan.shared");
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop).resolve("reference");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            for (Path candidate : new Path[] {p.resolve("shared/reference"), p.resolve("../shared/reference")}) {
                if (Files.isDirectory(candidate)) {
                    return candidate.normalize();
                }
            }
        }
        throw new IllegalStateException(
                "shared/reference not found: set -Dharapan.shared=/abs/path/to/shared or run below the workspace");
    }

    /** A small CSV reader for the WHO test files (comma separated, optional double quotes, no embedded commas). */
    public record Csv(List<String> header, List<String[]> rows) {

        public static Csv read(Path file) throws IOException {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                List<String> header = List.of(split(in.readLine()));
                List<String[]> rows = new ArrayList<>();
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isBlank()) {
                        rows.add(split(line));
                    }
                }
                return new Csv(header, rows);
            }
        }

        private static String[] split(String line) {
            String[] f = line.split(",", -1);
            for (int i = 0; i < f.length; i++) {
                String v = f[i].trim();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                f[i] = v;
            }
            return f;
        }

        public Map<String, Integer> columns() {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i);
            }
            return m;
        }

        public static double num(String s) {
            return s == null || s.isEmpty() || s.equals("NA") ? Double.NaN : Double.parseDouble(s);
        }
    }
}
