package org.harapan.growth.who.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Readers for WHO's published table files and for the bundle's compact sparse format. */
public final class TableFiles {

    private TableFiles() {
    }

    /**
     * Reads a WHO table file (tab or blank separated, header {@code sex age|length|height l m s [loh|lorh]}).
     * Ages are whole days (2006) or months (2007) on a step of 1; lengths/heights on a step of 0.1 cm.
     */
    public static LmsTable readWho(String name, Reader reader, String origin) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String header = in.readLine();
        if (header == null) {
            throw new IOException(name + ": empty file");
        }
        String[] cols = header.trim().toLowerCase(Locale.ROOT).replace("\"", "").split("[\\t ,;]+");
        int cSex = indexOf(cols, "sex");
        int cX = indexOf(cols, "age", "length", "height", "lenhei");
        int cL = indexOf(cols, "l");
        int cM = indexOf(cols, "m");
        int cS = indexOf(cols, "s");
        if (cSex < 0 || cX < 0 || cL < 0 || cM < 0 || cS < 0) {
            throw new IOException(name + ": header must name sex, age/length/height, l, m, s but is: " + header);
        }
        double step = cols[cX].equals("age") ? 1.0 : 0.1;
        List<double[]> rows = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        String line;
        int lineNo = 1;
        while ((line = in.readLine()) != null) {
            lineNo++;
            line = line.trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.replace("\"", "").split("[\\t ,;]+");
            try {
                double[] r = {Double.parseDouble(f[cSex]), Double.parseDouble(f[cX]), Double.parseDouble(f[cL]),
                        Double.parseDouble(f[cM]), Double.parseDouble(f[cS])};
                rows.add(r);
                min = Math.min(min, r[1]);
                max = Math.max(max, r[1]);
            } catch (RuntimeException e) {
                throw new IOException(name + " line " + lineNo + ": not a table row: " + line, e);
            }
        }
        if (rows.isEmpty()) {
            throw new IOException(name + ": no rows");
        }
        int size = (int) Math.round((max - min) / step) + 1;
        double[][] l = nanGrid(size);
        double[][] m = nanGrid(size);
        double[][] s = nanGrid(size);
        for (double[] r : rows) {
            int g = (int) r[0] - 1;
            if (g < 0 || g > 1) {
                throw new IOException(name + ": sex must be 1 or 2");
            }
            int i = (int) Math.round((r[1] - min) / step);
            l[g][i] = r[2];
            m[g][i] = r[3];
            s[g][i] = r[4];
        }
        return new LmsTable(name, origin, min, step, l, m, s);
    }

    /**
     * Reads the bundle's compact format and expands it onto its grid with {@link Akima} interpolation of L, M
     * and S separately within each part. Format (blank separated, '#' comments):
     *
     * <pre>
     * harapan-lms 1
     * grid START END STEP
     * part NAME FROM TO        (one or more; grid points FROM..TO take their values from this part's nodes)
     * SEX PART X L M S         (nodes; SEX 1 or 2)
     * </pre>
     */
    public static LmsTable readCompact(String name, Reader reader, String origin) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        double start = Double.NaN;
        double end = Double.NaN;
        double step = Double.NaN;
        Map<String, double[]> parts = new LinkedHashMap<>();
        Map<String, List<double[]>> nodes = new LinkedHashMap<>();
        String line;
        boolean magic = false;
        while ((line = in.readLine()) != null) {
            line = line.trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            switch (f[0]) {
                case "harapan-lms" -> magic = true;
                case "grid" -> {
                    start = Double.parseDouble(f[1]);
                    end = Double.parseDouble(f[2]);
                    step = Double.parseDouble(f[3]);
                }
                case "part" -> parts.put(f[1], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
                case "indicator", "source" -> {
                    // informational
                }
                default -> {
                    String key = f[0] + "/" + f[1];
                    nodes.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])});
                }
            }
        }
        if (!magic || Double.isNaN(step) || parts.isEmpty()) {
            throw new IOException(name + ": not a harapan-lms file");
        }
        int size = (int) Math.round((end - start) / step) + 1;
        double[][] l = nanGrid(size);
        double[][] m = nanGrid(size);
        double[][] s = nanGrid(size);
        for (int g = 0; g < 2; g++) {
            for (Map.Entry<String, double[]> part : parts.entrySet()) {
                List<double[]> pts = nodes.get((g + 1) + "/" + part.getKey());
                if (pts == null) {
                    throw new IOException(name + ": no nodes for sex " + (g + 1) + " part " + part.getKey());
                }
                double[] x = new double[pts.size()];
                double[][] v = new double[3][pts.size()];
                for (int k = 0; k < x.length; k++) {
                    double[] p = pts.get(k);
                    x[k] = p[0];
                    v[0][k] = p[1];
                    v[1][k] = p[2];
                    v[2][k] = p[3];
                }
                Akima al = new Akima(x, v[0]);
                Akima am = new Akima(x, v[1]);
                Akima as = new Akima(x, v[2]);
                int from = (int) Math.round((part.getValue()[0] - start) / step);
                int to = (int) Math.round((part.getValue()[1] - start) / step);
                for (int i = from; i <= to; i++) {
                    double at = start + i * step;
                    l[g][i] = al.value(at);
                    m[g][i] = am.value(at);
                    s[g][i] = as.value(at);
                }
            }
        }
        return new LmsTable(name, origin, start, step, l, m, s);
    }

    private static double[][] nanGrid(int size) {
        double[][] a = new double[2][size];
        Arrays.fill(a[0], Double.NaN);
        Arrays.fill(a[1], Double.NaN);
        return a;
    }

    private static int indexOf(String[] cols, String... names) {
        for (int i = 0; i < cols.length; i++) {
            for (String n : names) {
                if (cols[i].equals(n)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
