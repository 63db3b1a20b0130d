package org.harapan.growth.survey;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why the anthro batch did not use an input value, naming the column and quoting the value (at most
 * {@value #QUOTE_LIMIT} characters): texts in {@code notes.properties} (English, what the output file carries, as
 * its other reasons) and {@code notes_id.properties} (Bahasa Indonesia).
 */
public final class InputNotes {

    /** Characters of a value quoted in a note. */
    public static final int QUOTE_LIMIT = 80;

    public static final String NOT_A_NUMBER = "notNumber";
    public static final String NOT_POSITIVE = "notPositive";
    public static final String SEX = "sex";
    public static final String OEDEMA = "oedema";
    public static final String MEASURE = "measure";
    public static final String FLAGGED = "flagged";

    private static final ResourceBundle EN = load("");
    private static final ResourceBundle ID = load("id");

    private InputNotes() {
    }

    /** The note in English (the output file's language). */
    public static String en(String key, String column, String value) {
        return text("en", key, column, value);
    }

    /** The note in Bahasa Indonesia ({@code id}) or English. */
    public static String text(String language, String key, String column, String value) {
        ResourceBundle texts = "id".equals(language) || "in".equals(language) ? ID : EN;
        return texts.getString(key).replace("{0}", column).replace("{1}", value);
    }

    /** The value in quotes, cut to {@value #QUOTE_LIMIT} characters. */
    public static String quote(char[] s, int from, int to) {
        int end = Math.min(to, from + QUOTE_LIMIT);
        return '"' + new String(s, from, end - from) + (to > end ? "\u2026\"" : "\"");
    }

    private static ResourceBundle load(String language) {
        return ResourceBundle.getBundle("org.harapan.growth.survey.notes", Locale.of(language),
                InputNotes.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
