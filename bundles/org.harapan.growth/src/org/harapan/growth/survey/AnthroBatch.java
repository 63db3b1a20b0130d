package org.harapan.growth.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.harapan.growth.Ages;
import org.harapan.growth.Category;
import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.Indicator;
import org.harapan.growth.Measured;
import org.harapan.growth.Reason;
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

    private static final Indicator[] ANTHRO = {Indicator.LENGTH_HEIGHT_FOR_AGE, Indicator.WEIGHT_FOR_AGE, null,
        Indicator.BMI_FOR_AGE, Indicator.HEAD_CIRCUMFERENCE_FOR_AGE, Indicator.ARM_CIRCUMFERENCE_FOR_AGE,
        Indicator.TRICEPS_SKINFOLD_FOR_AGE, Indicator.SUBSCAPULAR_SKINFOLD_FOR_AGE};
    private static final Indicator[] PLUS = {Indicator.LENGTH_HEIGHT_FOR_AGE, Indicator.WEIGHT_FOR_AGE,
        Indicator.BMI_FOR_AGE};
    private static final String[] NAMES = {"zlen", "zwei", "zwfl", "zbmi", "zhc", "zac", "zts", "zss"};
    private static final String[] PLUS_NAMES = {"zhfa", "zwfa", "zbfa"};

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
    private final String[] out = new String[OUTPUT_COLUMNS.size()];
    private final StringBuilder buf = new StringBuilder(32);
    private final StringBuilder reason = new StringBuilder(128);
    private final Map<Category, String> categoryLabels = new HashMap<>();

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
            categoryLabels.put(c, c.labelId());
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
        reason.setLength(0);
        Sex sex = Sex.parse(field(row, cSex));
        double age = Double.NaN;
        double weight = Double.NaN;
        double lenhei = Double.NaN;
        try {
            age = cAgeDays >= 0 ? Numbers.parse(field(row, cAgeDays)) : Double.NaN;
            if (Double.isNaN(age) && cAgeMonths >= 0) {
                age = Ages.monthsToDays(Numbers.parse(field(row, cAgeMonths)));
            }
            weight = num(row, cWeight, "weight_kg");
            lenhei = num(row, cLenhei, "lenhei_cm");
            sheet.set(sex == null ? 0 : sex.code(), age, weight, lenhei, Measured.parse(field(row, cMeasure)),
                    oedema(field(row, cOedema)));
            sheet.headCm = num(row, cHead, "headc_cm");
            sheet.muacCm = num(row, cMuac, "muac_cm");
            sheet.tricepsMm = num(row, cTri, "triskin");
            sheet.subscapularMm = num(row, cSub, "subskin");
        } catch (NumberFormatException e) {
            sheet.set(0, Double.NaN, Double.NaN, Double.NaN, Measured.UNKNOWN, false);
            reason.append(e.getMessage());
        }
        assessor.compute(sheet);
        reasons(sheet.schoolAge());
        return this;
    }

    /** Whether the last row got any z-score. */
    public boolean assessed() {
        for (Indicator indicator : Indicator.values()) {
            if (!Double.isNaN(sheet.z(indicator))) {
                return true;
            }
        }
        return false;
    }

    /** The reason text of the last row, empty when all main indicators were computed. */
    public String reason() {
        return reason.toString();
    }

    public boolean hasReason() {
        return reason.length() > 0;
    }

    /**
     * Output values of the last row in {@link #OUTPUT_COLUMNS} order, empty strings where there is no value. The
     * array is reused by the next call.
     */
    public String[] values() {
        fill();
        return out;
    }

    /**
     * Appends the output values of the last {@link #process(List) processed} row, each preceded by
     * {@code separator}. Values never need CSV quoting except the reason, which is quoted when needed.
     */
    public void appendTo(StringBuilder line, char separator) {
        line.append(separator);
        Numbers.appendFixed(line, sheet.clenhei(), 9);
        line.append(separator);
        Numbers.appendFixed(line, sheet.cbmi(), 9);
        boolean plus = sheet.schoolAge();
        for (int k = 0; k < ANTHRO.length; k++) {
            Indicator ind = k == 2 ? sheet.wflOrWfh() : ANTHRO[k];
            appendZ(line, separator, plus ? null : ind);
        }
        for (Indicator ind : PLUS) {
            appendZ(line, separator, plus ? ind : null);
        }
        appendCategory(line, separator, Indicator.WEIGHT_FOR_AGE);
        appendCategory(line, separator, Indicator.LENGTH_HEIGHT_FOR_AGE);
        appendCategory(line, separator, sheet.wflOrWfh());
        appendCategory(line, separator, Indicator.BMI_FOR_AGE);
        line.append(separator);
        if (sheet.reference() != null) {
            line.append(sheet.reference().id());
        }
        line.append(separator);
        if (reason.length() > 0) {
            appendCsvField(line, reason.toString(), separator);
        }
    }

    private void appendZ(StringBuilder line, char separator, Indicator ind) {
        line.append(separator);
        double z = ind == null ? Double.NaN : sheet.z(ind);
        if (Double.isNaN(z)) {
            line.append(separator);
            return;
        }
        Numbers.appendZ(line, z);
        line.append(separator).append(sheet.flagged(ind) ? '1' : '0');
    }

    private void appendCategory(StringBuilder line, char separator, Indicator ind) {
        line.append(separator);
        Category c = sheet.category(ind);
        if (c != null) {
            line.append(categoryLabels.get(c));
        }
    }

    /** Appends a field, quoted as RFC 4180 requires when it holds the separator, a quote or a line break. */
    public static void appendCsvField(StringBuilder line, String value, char separator) {
        if (value == null) {
            return;
        }
        boolean quote = false;
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == separator || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    private double num(List<String> row, int col, String name) {
        try {
            return Numbers.parse(field(row, col));
        } catch (NumberFormatException e) {
            throw new NumberFormatException(name + " is not a number: " + field(row, col));
        }
    }

    private static String field(List<String> row, int col) {
        return col >= 0 && col < row.size() ? row.get(col) : null;
    }

    private static boolean oedema(String s) {
        if (s == null) {
            return false;
        }
        String t = s.trim();
        return t.equalsIgnoreCase("y") || t.equals("1");
    }

    private void fill() {
        out[0] = fixed(sheet.clenhei(), 9);
        out[1] = fixed(sheet.cbmi(), 9);
        boolean plus = sheet.schoolAge();
        for (int k = 0; k < ANTHRO.length; k++) {
            Indicator ind = k == 2 ? sheet.wflOrWfh() : ANTHRO[k];
            boolean use = !plus;
            out[2 + 2 * k] = use ? z(ind) : "";
            out[3 + 2 * k] = use ? flag(ind) : "";
        }
        for (int k = 0; k < PLUS.length; k++) {
            out[18 + 2 * k] = plus ? z(PLUS[k]) : "";
            out[19 + 2 * k] = plus ? flag(PLUS[k]) : "";
        }
        out[24] = category(Indicator.WEIGHT_FOR_AGE);
        out[25] = category(Indicator.LENGTH_HEIGHT_FOR_AGE);
        out[26] = category(sheet.wflOrWfh());
        out[27] = category(Indicator.BMI_FOR_AGE);
        out[28] = sheet.reference() == null ? "" : sheet.reference().id();
        out[29] = reason.toString();
    }

    private String fixed(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        buf.setLength(0);
        Numbers.appendFixed(buf, v, decimals);
        return buf.toString();
    }

    private String z(Indicator ind) {
        double z = sheet.z(ind);
        if (Double.isNaN(z)) {
            return "";
        }
        buf.setLength(0);
        Numbers.appendZ(buf, z);
        return buf.toString();
    }

    private String flag(Indicator ind) {
        return Double.isNaN(sheet.z(ind)) ? "" : sheet.flagged(ind) ? "1" : "0";
    }

    private String category(Indicator ind) {
        Category c = sheet.category(ind);
        return c == null ? "" : categoryLabels.get(c);
    }

    /** Per-row reason: why the main indicators are missing, and optional measures given but not assessable. */
    private void reasons(boolean plus) {
        if (reason.length() > 0) {
            return; // unparsable input, reason already given
        }
        Indicator[] main = plus ? PLUS : new Indicator[] {Indicator.WEIGHT_FOR_AGE, Indicator.LENGTH_HEIGHT_FOR_AGE,
            sheet.wflOrWfh(), Indicator.BMI_FOR_AGE};
        String[] names = plus ? PLUS_NAMES : new String[] {"zwei", "zlen", "zwfl", "zbmi"};
        Reason last = null;
        int namesEnd = 0;
        for (int k = 0; k < main.length; k++) {
            Reason r = sheet.reason(main[k]);
            if (r == Reason.NONE || r == Reason.NOT_REQUESTED || r == Reason.NOT_APPLICABLE) {
                continue;
            }
            if (r == last) {
                String more = ", " + names[k];
                reason.insert(namesEnd, more);
                namesEnd += more.length();
                continue;
            }
            if (reason.length() > 0) {
                reason.append("; ");
            }
            reason.append(names[k]);
            namesEnd = reason.length();
            reason.append(": ").append(r.messageEn());
            last = r;
        }
        if (!plus) {
            double[] given = {sheet.headCm, sheet.muacCm, sheet.tricepsMm, sheet.subscapularMm};
            for (int k = 0; k < 4; k++) {
                Reason r = sheet.reason(ANTHRO[4 + k]);
                if (!Double.isNaN(given[k]) && r != Reason.NONE && r != Reason.NOT_REQUESTED) {
                    if (reason.length() > 0) {
                        reason.append("; ");
                    }
                    reason.append(NAMES[4 + k]).append(": ").append(r.messageEn());
                }
            }
        }
    }
}
