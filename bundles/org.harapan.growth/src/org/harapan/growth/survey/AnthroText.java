package org.harapan.growth.survey;

import org.harapan.growth.Category;
import org.harapan.growth.Indicator;
import org.harapan.growth.Reason;
import org.harapan.growth.ScoreSheet;

/**
 * The output of an {@link AnthroBatch} row as Strings: the simple path, kept as the reference that the byte
 * path ({@link AnthroBatch#writeTo(ByteLine, int, char)}) is tested against, and for callers that want values.
 */
final class AnthroText {

    private static final String[] NAMES = {"zlen", "zwei", "zwfl", "zbmi", "zhc", "zac", "zts", "zss"};
    private static final String[] PLUS_NAMES = {"zhfa", "zwfa", "zbfa"};
    private static final String[] MAIN_NAMES = {"zwei", "zlen", "zwfl", "zbmi"};

    private final ScoreSheet sheet;
    private final StringBuilder reason;
    private final String[] out = new String[AnthroBatch.OUTPUT_COLUMNS.size()];
    private final StringBuilder buf = new StringBuilder(32);
    /** The main indicators of the last row under 5 years (the third is weight-for-length or -height). */
    private final Indicator[] main = {Indicator.WEIGHT_FOR_AGE, Indicator.LENGTH_HEIGHT_FOR_AGE, null,
        Indicator.BMI_FOR_AGE};
    private final double[] given = new double[4];

    AnthroText(ScoreSheet sheet, StringBuilder reason) {
        this.sheet = sheet;
        this.reason = reason;
    }

    String[] values() {
        fill();
        return out;
    }

    /**
     * Appends the output values of the last {@link AnthroBatch#process(List) processed} row, each preceded by
     * {@code separator}. Values never need CSV quoting except the reason, which is quoted when needed.
     */
    void appendTo(StringBuilder line, char separator) {
        line.append(separator);
        Numbers.appendFixed(line, sheet.clenhei(), 9);
        line.append(separator);
        Numbers.appendFixed(line, sheet.cbmi(), 9);
        boolean plus = sheet.schoolAge();
        for (int k = 0; k < AnthroBatch.ANTHRO.length; k++) {
            Indicator ind = k == 2 ? sheet.wflOrWfh() : AnthroBatch.ANTHRO[k];
            appendZ(line, separator, plus ? null : ind);
        }
        for (Indicator ind : AnthroBatch.PLUS) {
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
            line.append(c.labelId());
        }
    }

    /** Appends a field, quoted as RFC 4180 requires when it holds the separator, a quote or a line break. */
    static void appendCsvField(StringBuilder line, String value, char separator) {
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

    private void fill() {
        out[0] = fixed(sheet.clenhei(), 9);
        out[1] = fixed(sheet.cbmi(), 9);
        boolean plus = sheet.schoolAge();
        for (int k = 0; k < AnthroBatch.ANTHRO.length; k++) {
            Indicator ind = k == 2 ? sheet.wflOrWfh() : AnthroBatch.ANTHRO[k];
            boolean use = !plus;
            out[2 + 2 * k] = use ? z(ind) : "";
            out[3 + 2 * k] = use ? flag(ind) : "";
        }
        for (int k = 0; k < AnthroBatch.PLUS.length; k++) {
            out[18 + 2 * k] = plus ? z(AnthroBatch.PLUS[k]) : "";
            out[19 + 2 * k] = plus ? flag(AnthroBatch.PLUS[k]) : "";
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
        return c == null ? "" : c.labelId();
    }

    /** Per-row reason: why the main indicators are missing, and optional measures given but not assessable. */
    void reasons(boolean plus) {
        if (reason.length() > 0) {
            return; // unparsable input, reason already given
        }
        Indicator[] main;
        if (plus) {
            main = AnthroBatch.PLUS;
        } else {
            main = this.main;
            Indicator wfl = sheet.wflOrWfh();
            if (main[2] != wfl) {
                main[2] = wfl; // only on change: a reference store costs a write barrier
            }
        }
        String[] names = plus ? PLUS_NAMES : MAIN_NAMES;
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
            double[] given = this.given;
            given[0] = sheet.headCm;
            given[1] = sheet.muacCm;
            given[2] = sheet.tricepsMm;
            given[3] = sheet.subscapularMm;
            for (int k = 0; k < 4; k++) {
                Reason r = sheet.reason(AnthroBatch.ANTHRO[4 + k]);
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
