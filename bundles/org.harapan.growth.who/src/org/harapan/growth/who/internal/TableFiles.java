package org.harapan.growth.who.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reader for WHO's published table files, and the grid both they and the built-in tables are put on. */
public final class TableFiles {

    private TableFiles() {
    }

    /**
     * One WHO table file as columns of text, as published: the name of the x column ({@code age}, {@code length},
     * {@code height} or {@code lenhei}) and the {@code sex}, x, {@code l}, {@code m}, {@code s} fields of each row.
     */
    public record Rows(String xName, List<String[]> rows) {
    }

    /**
     * Reads a WHO table file (tab or blank separated, header {@code sex age|length|height l m s [loh|lorh]}).
     */
    public static Rows readRows(String name, Reader reader) throws IOException {
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
        List<String[]> rows = new ArrayList<>();
        String line;
        int lineNo = 1;
        while ((line = in.readLine()) != null) {
            lineNo++;
            line = line.trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.replace("\"", "").split("[\\t ,;]+");
            if (f.length <= Math.max(Math.max(cSex, cX), Math.max(cL, Math.max(cM, cS)))) {
                throw new IOException(name + " line " + lineNo + ": not a table row: " + line);
            }
            rows.add(new String[] {f[cSex], f[cX], f[cL], f[cM], f[cS], Integer.toString(lineNo)});
        }
        if (rows.isEmpty()) {
            throw new IOException(name + ": no rows");
        }
        return new Rows(cols[cX], rows);
    }

    /**
     * Reads a WHO table file onto its grid. Ages are whole days (2006) or months (2007) on a step of 1;
     * lengths/heights on a step of 0.1 cm.
     */
    public static LmsTable readWho(String name, Reader reader, String origin) throws IOException {
        Rows text = readRows(name, reader);
        double[][] rows = new double[text.rows().size()][];
        for (int k = 0; k < rows.length; k++) {
            String[] f = text.rows().get(k);
            try {
                rows[k] = new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4])};
            } catch (NumberFormatException e) {
                throw new IOException(name + " line " + f[5] + ": not a number: " + e.getMessage(), e);
            }
        }
        return grid(name, origin, stepOf(text.xName()), rows);
    }

    /** The grid step of a table by the name of its x column: 1 for age, 0.1 (cm) otherwise. */
    public static double stepOf(String xName) {
        return xName.equals("age") ? 1.0 : 0.1;
    }

    /**
     * Puts rows {sex, x, l, m, s} on a regular grid from the smallest x with the given step; grid points without a
     * row have no value.
     */
    public static LmsTable grid(String name, String origin, double step, double[][] rows) throws IOException {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] r : rows) {
            min = Math.min(min, r[1]);
            max = Math.max(max, r[1]);
        }
        int size = (int) Math.round((max - min) / step) + 1;
        double[][] l = nanGrid(size);
        double[][] m = nanGrid(size);
        double[][] s = nanGrid(size);
        for (double[] r : rows) {
            int g = (int) r[0] - 1;
            if (g < 0 || g > 1 || r[0] != g + 1) {
                throw new IOException(name + ": sex must be 1 or 2");
            }
            int i = (int) Math.round((r[1] - min) / step);
            l[g][i] = r[2];
            m[g][i] = r[3];
            s[g][i] = r[4];
        }
        return new LmsTable(name, origin, min, step, l, m, s);
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
