package org.harapan.growth.survey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.harapan.growth.Ages;
import org.harapan.growth.Category;
import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.GrowthReference;
import org.harapan.growth.Indicator;
import org.harapan.growth.Measured;
import org.harapan.growth.ScoreSheet;
import org.harapan.growth.Sex;

/**
 * WHO-Anthro-compatible row processing, independent of any file format: resolves the input columns once
 * ({@code sex}, {@code age_days} or {@code age_months}, {@code weight_kg}, {@code lenhei_cm}, {@code measure},
 * {@code headc_cm}, {@code muac_cm}, {@code triskin}, {@code subskin}, {@code oedema}; names case-insensitive,
 * all optional except {@code sex}), then for each row fills a reusable array of output values in the order of
 * {@link #OUTPUT_COLUMNS}. A row that cannot be assessed gets empty values and a reason; nothing throws per row.
 * Not thread-safe: one instance per thread.
 */
public final class AnthroBatch {

    /** Output columns appended after the input columns. */
    public static final List<String> OUTPUT_COLUMNS = List.of("clenhei", "cbmi", "zlen", "flen", "zwei", "fwei",
            "zwfl", "fwfl", "zbmi", "fbmi", "zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss", "zhfa", "fhfa",
            "zwfa", "fwfa", "zbfa", "fbfa", "kategori_bbu", "kategori_tbu", "kategori_bbtb", "kategori_imtu",
            "reference", "reason");

    /** The input columns the batch reads (lower case). */
    public static final List<String> INPUT_COLUMNS = List.of("sex", "age_days", "age_months", "weight_kg",
            "lenhei_cm", "measure", "headc_cm", "muac_cm", "triskin", "subskin", "oedema");

    static final Indicator[] ANTHRO = {Indicator.LENGTH_HEIGHT_FOR_AGE, Indicator.WEIGHT_FOR_AGE, null,
        Indicator.BMI_FOR_AGE, Indicator.HEAD_CIRCUMFERENCE_FOR_AGE, Indicator.ARM_CIRCUMFERENCE_FOR_AGE,
        Indicator.TRICEPS_SKINFOLD_FOR_AGE, Indicator.SUBSCAPULAR_SKINFOLD_FOR_AGE};
    static final Indicator[] PLUS = {Indicator.LENGTH_HEIGHT_FOR_AGE, Indicator.WEIGHT_FOR_AGE,
        Indicator.BMI_FOR_AGE};

    private final GrowthAssessor assessor;
    private final ScoreSheet sheet = new ScoreSheet();
    private final int cSex;
    private final int cAgeDays;
    private final int cAgeMonths;
    private final int cWeight;
    private final int cLenhei;
    private final int cMeasure;
    private final int cHead;
    private final int cMuac;
    private final int cTri;
    private final int cSub;
    private final int cOedema;
    private final RowReasons reasons = new RowReasons();
    /** The String output path (the reference the byte path is tested against). */
    private final AnthroText strings = new AnthroText(sheet, reasons);
    /** UTF-8 of each category's label, by ordinal. */
    private final byte[][] categoryBytes = new byte[Category.values().length][];
    private Object lastReference;
    private byte[] lastReferenceId = new byte[0];

    // the row being processed: fields [start[i], end[i]) of chars, count of them
    private char[] chars = new char[256];
    private int[] start = new int[16];
    private int[] end = new int[16];
    private int count;

    /**
     * @param assessor the assessor
     * @param header the input column names
     * @throws IllegalArgumentException when there is no {@code sex} column or no age column
     */
    public AnthroBatch(GrowthAssessor assessor, List<String> header) {
        this.assessor = assessor;
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            idx.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        cSex = idx.getOrDefault("sex", -1);
        cAgeDays = idx.getOrDefault("age_days", -1);
        cAgeMonths = idx.getOrDefault("age_months", -1);
        cWeight = idx.getOrDefault("weight_kg", -1);
        cLenhei = idx.getOrDefault("lenhei_cm", -1);
        cMeasure = idx.getOrDefault("measure", -1);
        cHead = idx.getOrDefault("headc_cm", -1);
        cMuac = idx.getOrDefault("muac_cm", -1);
        cTri = idx.getOrDefault("triskin", -1);
        cSub = idx.getOrDefault("subskin", -1);
        cOedema = idx.getOrDefault("oedema", -1);
        List<String> missing = new ArrayList<>();
        if (cSex < 0) {
            missing.add("sex");
        }
        if (cAgeDays < 0 && cAgeMonths < 0) {
            missing.add("age_days or age_months");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("input has no column " + String.join(", ", missing)
                    + " (expected: sex, age_days|age_months, weight_kg, lenhei_cm, measure, headc_cm, muac_cm,"
                    + " triskin, subskin, oedema)");
        }
        for (Category c : Category.values()) {
            categoryBytes[c.ordinal()] = c.labelId().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The sheet of the last row (z-scores, flags, reasons), e.g. for prevalence. */
    public ScoreSheet sheet() {
        return sheet;
    }

    /** Oedema of the last row. */
    public boolean oedema() {
        return sheet.oedema;
    }

    /**
     * Assesses one row.
     *
     * @param row the row's fields by input column index (may be shorter than the header)
     * @return this, to read the results with {@link #values()}, {@link #appendTo(StringBuilder, char)},
     *         {@link #sheet()}
     */
    public AnthroBatch process(List<String> row) {
        int n = row.size();
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += row.get(i).length();
        }
        char[] text = new char[total];
        int[] from = new int[n];
        int[] to = new int[n];
        int p = 0;
        for (int i = 0; i < n; i++) {
            String f = row.get(i);
            f.getChars(0, f.length(), text, p);
            from[i] = p;
            p += f.length();
            to[i] = p;
        }
        return process(text, from, to, n);
    }

    /**
     * Assesses one row given as character ranges, without creating Strings for plain values: field {@code i} is
     * {@code text[from[i] .. to[i])}, for {@code i < fields} (may be fewer than the header's columns). The arrays
     * are read during this call and by {@link #writeTo(ByteLine, char)}; they are not copied.
     *
     * @return this
     */
    public AnthroBatch process(char[] text, int[] from, int[] to, int fields) {
        chars = text;
        start = from;
        end = to;
        count = fields;
        reasons.clear();
        ScoreSheet sheet = this.sheet;
        int sex = sexCode(cSex);
        double age = has(cAgeDays) ? any(cAgeDays, "age_days") : Double.NaN;
        if (Double.isNaN(age) && has(cAgeMonths)) {
            age = Ages.monthsToDays(any(cAgeMonths, "age_months"));
        }
        double weight = num(cWeight, "weight_kg");
        double lenhei = num(cLenhei, "lenhei_cm");
        Measured measured = measured(cMeasure);
        if (measured == null) {
            measured = Measured.UNKNOWN;
            lenhei = Double.NaN;
        }
        int oedema = oedema(cOedema);
        if (oedema < 0) {
            weight = Double.NaN;
        }
        sheet.set(sex, age, weight, lenhei, measured, oedema > 0);
        sheet.headCm = num(cHead, "headc_cm");
        sheet.muacCm = num(cMuac, "muac_cm");
        sheet.tricepsMm = num(cTri, "triskin");
        sheet.subscapularMm = num(cSub, "subskin");
        assessor.compute(sheet);
        reasons.collect(sheet);
        return this;
    }

    /** Whether the last row got any z-score. */
    public boolean assessed() {
        return sheet.anyScore();
    }

    /** The reason text of the last row, empty when all main indicators were computed. */
    public String reason() {
        StringBuilder text = new StringBuilder();
        reasons.appendTo(text);
        return text.toString();
    }

    public boolean hasReason() {
        return reasons.any();
    }

    /**
     * Output values of the last row in {@link #OUTPUT_COLUMNS} order, empty strings where there is no value. The
     * array is reused by the next call.
     */
    public String[] values() {
        return strings.values();
    }

    /**
     * Appends the output values of the last {@link #process(List) processed} row, each preceded by
     * {@code separator}. Values never need CSV quoting except the reason, which is quoted when needed.
     */
    public void appendTo(StringBuilder line, char separator) {
        strings.appendTo(line, separator);
    }

    /** Appends a field, quoted as RFC 4180 requires when it holds the separator, a quote or a line break. */
    public static void appendCsvField(StringBuilder line, String value, char separator) {
        AnthroText.appendCsvField(line, value, separator);
    }

    /**
     * Writes the input fields of the last row given as character ranges (the first {@code width}, quoted as
     * {@link #appendCsvField(StringBuilder, String, char)} does, empty where the row is shorter), then what
     * {@link #appendTo(StringBuilder, char)} appends, and a line feed, as UTF-8.
     */
    public void writeTo(ByteLine line, int width, char separator) {
        char[] text = chars;
        for (int i = 0; i < width; i++) {
            if (i > 0) {
                line.put(separator);
            }
            if (i < count) {
                line.putCsvField(text, start[i], end[i], separator);
            }
        }
        writeOutputs(line, separator);
    }

    /**
     * As {@link #writeTo(ByteLine, int, char)} for a row read from plain ASCII text without quotes, in which fields
     * are separated by exactly one {@code separator} and hold no separator or line break: {@code raw} is that text,
     * at the positions of the character ranges, and the input fields are copied from it as they are.
     */
    public void writeTo(ByteLine line, int width, char separator, byte[] raw) {
        int n = Math.min(count, width);
        if (n > 0) {
            line.put(raw, start[0], end[n - 1] - start[0]);
        }
        for (int i = Math.max(n, 1); i < width; i++) {
            line.put(separator);
        }
        writeOutputs(line, separator);
    }

    private void writeOutputs(ByteLine line, char separator) {
        ScoreSheet sheet = this.sheet;
        line.put(separator);
        line.putFixed(sheet.clenhei(), 9);
        line.put(separator);
        line.putFixed(sheet.cbmi(), 9);
        boolean plus = sheet.schoolAge();
        Indicator wfl = sheet.wflOrWfh();
        if (plus) {
            for (int k = 0; k < ANTHRO.length; k++) {
                line.put(separator);
                line.put(separator);
            }
            for (Indicator ind : PLUS) {
                writeZ(line, separator, ind);
            }
        } else {
            for (int k = 0; k < ANTHRO.length; k++) {
                writeZ(line, separator, k == 2 ? wfl : ANTHRO[k]);
            }
            for (int k = 0; k < PLUS.length; k++) {
                line.put(separator);
                line.put(separator);
            }
        }
        writeCategory(line, separator, Indicator.WEIGHT_FOR_AGE);
        writeCategory(line, separator, Indicator.LENGTH_HEIGHT_FOR_AGE);
        writeCategory(line, separator, wfl);
        writeCategory(line, separator, Indicator.BMI_FOR_AGE);
        line.put(separator);
        GrowthReference ref = sheet.reference();
        if (ref != null) {
            if (ref != lastReference) {
                lastReferenceId = ref.id().getBytes(StandardCharsets.UTF_8);
                lastReference = ref;
            }
            line.put(lastReferenceId);
        }
        line.put(separator);
        if (reasons.any()) {
            reasons.writeTo(line, separator);
        }
        line.put('\n');
    }

    private void writeZ(ByteLine line, char separator, Indicator ind) {
        line.put(separator);
        double z = sheet.z(ind);
        if (Double.isNaN(z)) {
            line.put(separator);
            return;
        }
        line.putFixed(z, 2);
        line.put(separator);
        line.put(sheet.flagged(ind) ? '1' : '0');
    }

    private void writeCategory(ByteLine line, char separator, Indicator ind) {
        line.put(separator);
        Category c = sheet.flagged(ind) ? null : sheet.category(ind);
        if (c != null) {
            line.put(categoryBytes[c.ordinal()]);
        }
    }

    private boolean has(int col) {
        return col >= 0 && col < count;
    }

    /** A measure: greater than 0, else NaN with a note naming the column and value. */
    private double num(int col, String name) {
        double v = any(col, name);
        if (v <= 0) {
            note(InputNotes.NOT_POSITIVE, name, col);
            return Double.NaN;
        }
        return v;
    }

    /** A number (NaN when missing, or with a note when it is not a number). */
    private double any(int col, String name) {
        if (!has(col)) {
            return Double.NaN;
        }
        try {
            return Numbers.parse(chars, start[col], end[col]);
        } catch (NumberFormatException e) {
            note(InputNotes.NOT_A_NUMBER, name, col);
            return Double.NaN;
        }
    }

    private void note(String key, String column, int col) {
        reasons.note(InputNotes.en(key, column, InputNotes.quote(chars, start[col], end[col])));
    }

    /** The sex of a field in the words of {@link Vocabulary}, as a code (0 unknown, with a note when not a sex). */
    private int sexCode(int col) {
        int v = has(col) ? FieldWords.sex(chars, start[col], end[col]) : 0;
        if (v == Vocabulary.UNKNOWN) {
            note(InputNotes.SEX, "sex", col);
            return 0;
        }
        return v;
    }

    /** The position of a field in the words of {@link Vocabulary}; {@code null} (with a note) when not one. */
    private Measured measured(int col) {
        Measured m = has(col) ? FieldWords.measured(chars, start[col], end[col]) : Measured.UNKNOWN;
        if (m == null) {
            note(InputNotes.MEASURE, "measure", col);
        }
        return m;
    }

    /** Oedema in the words of {@link Vocabulary}: 1 yes, 0 no or empty, -1 (with a note) for another value. */
    private int oedema(int col) {
        int v = has(col) ? FieldWords.oedema(chars, start[col], end[col]) : 0;
        if (v < 0) {
            note(InputNotes.OEDEMA, "oedema", col);
        }
        return v;
    }
}
