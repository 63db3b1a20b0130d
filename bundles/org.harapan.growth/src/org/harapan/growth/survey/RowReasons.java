package org.harapan.growth.survey;

import java.nio.charset.StandardCharsets;

import org.harapan.growth.Indicator;
import org.harapan.growth.Reason;
import org.harapan.growth.ScoreSheet;

/**
 * The reason column of one row, kept as codes (which columns, which {@link Reason}) and written as text only when
 * output: "zwei, zbmi: oedema: ...; zac: ..." — the main indicators of the row's reference that got no z-score, then
 * the optional measures (head, arm, skinfolds) given but not scored; an entry with the same reason as the one
 * before joins it. Input values that were not used come first ({@link InputNotes}: column and value), and a
 * main indicator flagged as implausible is named with the category left empty. Writing the bytes allocates
 * nothing: the texts are encoded once per instance. Not thread-safe.
 */
final class RowReasons {

    /** Output column names, by index into {@link #COLUMNS}. */
    private static final String[] NAMES = {"zwei", "zlen", "zwfl", "zbmi", "zhc", "zac", "zts", "zss", "zhfa",
        "zwfa", "zbfa"};
    private static final Indicator[] COLUMNS = {Indicator.WEIGHT_FOR_AGE, Indicator.LENGTH_HEIGHT_FOR_AGE, null,
        Indicator.BMI_FOR_AGE, Indicator.HEAD_CIRCUMFERENCE_FOR_AGE, Indicator.ARM_CIRCUMFERENCE_FOR_AGE,
        Indicator.TRICEPS_SKINFOLD_FOR_AGE, Indicator.SUBSCAPULAR_SKINFOLD_FOR_AGE, Indicator.LENGTH_HEIGHT_FOR_AGE,
        Indicator.WEIGHT_FOR_AGE, Indicator.BMI_FOR_AGE};
    private static final int[] MAIN_2006 = {0, 1, 2, 3};
    private static final int[] MAIN_2007 = {8, 9, 10};
    private static final int FIRST_OPTIONAL = 4;
    /** The Permenkes category column of each main indicator (by index into {@link #COLUMNS}). */
    private static final String[] CATEGORY = {"kategori_bbu", "kategori_tbu", "kategori_bbtb", "kategori_imtu", null,
        null, null, null, "kategori_tbu", "kategori_bbu", "kategori_imtu"};
    /** The note of a flagged main indicator (by index into {@link #COLUMNS}). */
    private static final String[] FLAGGED = new String[CATEGORY.length];

    static {
        for (int c = 0; c < CATEGORY.length; c++) {
            FLAGGED[c] = CATEGORY[c] == null ? null : InputNotes.en(InputNotes.FLAGGED, CATEGORY[c], NAMES[c]);
        }
    }
    private static final Reason[] REASONS = Reason.values();

    /** Column names as UTF-8, quotes doubled (none has one). */
    private final byte[][] nameBytes = new byte[NAMES.length][];
    /** Messages as UTF-8 with quotes doubled, by reason ordinal. */
    private final byte[][] messageBytes = new byte[REASONS.length][];
    /** Whether a message holds a character that makes a ','-separated field quoted. */
    private final boolean[] messageQuotes = new boolean[REASONS.length];
    private static final byte[] JOIN_NAMES = {',', ' '};
    private static final byte[] JOIN_ENTRIES = {';', ' '};
    private static final byte[] COLON = {':', ' '};

    // entries: each a run of columns sharing one reason
    private final int[] first = new int[NAMES.length];
    private final int[] columns = new int[NAMES.length];
    private final byte[] why = new byte[NAMES.length];
    private int entries;
    private int used;
    private boolean joined;
    /** Input values that were not used, each with its column and value ({@link InputNotes}), "; "-separated. */
    private final StringBuilder notes = new StringBuilder(64);
    private final StringBuilder scratch = new StringBuilder(128);

    RowReasons() {
        for (int i = 0; i < NAMES.length; i++) {
            nameBytes[i] = NAMES[i].getBytes(StandardCharsets.US_ASCII);
        }
        for (Reason r : REASONS) {
            String text = r.messageEn();
            messageQuotes[r.ordinal()] = needsQuotes(text, ',');
            messageBytes[r.ordinal()] = text.replace("\"", "\"\"").getBytes(StandardCharsets.UTF_8);
        }
    }

    void clear() {
        entries = 0;
        used = 0;
        joined = false;
        notes.setLength(0);
    }

    /** An input value that was not used: written before the indicators' reasons. */
    void note(String text) {
        if (notes.length() > 0) {
            notes.append("; ");
        }
        notes.append(text);
    }

    boolean any() {
        return entries > 0 || notes.length() > 0;
    }

    /** Collects the reasons of an assessed row from its sheet. */
    void collect(ScoreSheet sheet) {
        boolean plus = sheet.schoolAge();
        Indicator wfl = sheet.wflOrWfh();
        for (int c : plus ? MAIN_2007 : MAIN_2006) {
            Reason r = sheet.reason(c == 2 ? wfl : COLUMNS[c]);
            if (r != Reason.NONE && r != Reason.NOT_REQUESTED && r != Reason.NOT_APPLICABLE) {
                add(c, r);
            }
        }
        optional(sheet, FIRST_OPTIONAL, sheet.headCm);
        optional(sheet, FIRST_OPTIONAL + 1, sheet.muacCm);
        optional(sheet, FIRST_OPTIONAL + 2, sheet.tricepsMm);
        optional(sheet, FIRST_OPTIONAL + 3, sheet.subscapularMm);
        for (int c : plus ? MAIN_2007 : MAIN_2006) {
            Indicator ind = c == 2 ? wfl : COLUMNS[c];
            if (sheet.reason(ind) == Reason.NONE && sheet.flagged(ind)) {
                note(FLAGGED[c]);
            }
        }
    }

    private void optional(ScoreSheet sheet, int c, double given) {
        if (Double.isNaN(given)) {
            return;
        }
        Reason r = sheet.reason(COLUMNS[c]);
        if (r != Reason.NONE && r != Reason.NOT_REQUESTED) {
            add(c, r);
        }
    }

    private void add(int column, Reason r) {
        byte code = (byte) r.ordinal();
        if (entries > 0 && why[entries - 1] == code) {
            columns[used++] = column;
            joined = true;
            return;
        }
        first[entries] = used;
        why[entries++] = code;
        columns[used++] = column;
    }

    /** Appends the reason text. */
    void appendTo(StringBuilder out) {
        out.append(notes);
        for (int e = 0; e < entries; e++) {
            if (e > 0 || notes.length() > 0) {
                out.append("; ");
            }
            int end = e + 1 < entries ? first[e + 1] : used;
            for (int k = first[e]; k < end; k++) {
                out.append(k > first[e] ? ", " : "").append(NAMES[columns[k]]);
            }
            out.append(": ").append(REASONS[why[e]].messageEn());
        }
    }

    /** Writes the reason as one CSV field, quoted as {@link AnthroText#appendCsvField} quotes. */
    void writeTo(ByteLine line, char separator) {
        if (separator != ',' || notes.length() > 0) { // the cached texts are quoted for ','
            StringBuilder text = scratch;
            text.setLength(0);
            appendTo(text);
            line.putCsvField(text, separator);
            return;
        }
        boolean quote = joined;
        for (int e = 0; e < entries && !quote; e++) {
            quote = messageQuotes[why[e]];
        }
        if (quote) {
            line.put('"');
        }
        for (int e = 0; e < entries; e++) {
            if (e > 0) {
                line.put(JOIN_ENTRIES);
            }
            int end = e + 1 < entries ? first[e + 1] : used;
            for (int k = first[e]; k < end; k++) {
                if (k > first[e]) {
                    line.put(JOIN_NAMES);
                }
                line.put(nameBytes[columns[k]]);
            }
            line.put(COLON);
            line.put(messageBytes[why[e]]);
        }
        if (quote) {
            line.put('"');
        }
    }

    private static boolean needsQuotes(String text, char separator) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == separator || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
