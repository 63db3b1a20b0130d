package org.harapan.growth.survey;

import org.harapan.growth.Category;
import org.harapan.growth.Indicator;
import org.harapan.growth.ScoreSheet;

/**
 * The output of an {@link AnthroBatch} row as Strings: the simple path, kept as the reference that the byte
 * path ({@link AnthroBatch#writeTo(ByteLine, int, char)}) is tested against, and for callers that want values.
 */
final class AnthroText {

    private final ScoreSheet sheet;
    private final RowReasons reasons;
    private final String[] out = new String[AnthroBatch.OUTPUT_COLUMNS.size()];
    private final StringBuilder buf = new StringBuilder(32);
    AnthroText(ScoreSheet sheet, RowReasons reasons) {
        this.sheet = sheet;
        this.reasons = reasons;
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
        if (reasons.any()) {
            appendCsvField(line, reasonText(), separator);
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
        Category c = sheet.flagged(ind) ? null : sheet.category(ind);
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
        out[29] = reasonText();
    }

    private String reasonText() {
        buf.setLength(0);
        reasons.appendTo(buf);
        return buf.toString();
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
        Category c = sheet.flagged(ind) ? null : sheet.category(ind);
        return c == null ? "" : c.labelId();
    }
}
