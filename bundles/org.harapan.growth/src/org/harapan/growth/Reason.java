package org.harapan.growth;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Why an indicator has no z-score. {@link #NONE} means the z-score was computed. The texts are in
 * {@code reasons.properties} (English) and {@code reasons_id.properties} (Bahasa Indonesia) beside this class.
 */
public enum Reason {
    NONE,
    NOT_REQUESTED,
    MISSING_SEX,
    MISSING_AGE,
    NEGATIVE_AGE,
    AGE_OUT_OF_RANGE,
    /** WHO 2006 z-scores are computed only below 60.0 months (anthro &ge; 0.9.3). */
    UNDER_60_MONTHS_ONLY,
    /** WHO 2007 weight-for-age stops at 120 months. */
    WEIGHT_FOR_AGE_TO_120_MONTHS,
    NO_REFERENCE,
    MISSING_MEASURE,
    NON_POSITIVE_MEASURE,
    NOT_A_NUMBER,
    OEDEMA,
    LENGTH_OUT_OF_TABLE,
    NOT_APPLICABLE,
    TABLE_NOT_INSTALLED;

    /** Loaded once, on first use; immutable afterwards. */
    private static final class Texts {
        static final Properties EN = load("reasons.properties");
        static final Properties ID = load("reasons_id.properties");

        private static Properties load(String name) {
            Properties p = new Properties();
            try (InputStream in = Reason.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + name + " beside " + Reason.class.getName());
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(reader);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
            return p;
        }
    }

    /** The text in Bahasa Indonesia (empty for {@link #NONE}). */
    public String messageId() {
        return Texts.ID.getProperty(name(), "");
    }

    /** The text in English (empty for {@link #NONE}). */
    public String messageEn() {
        return Texts.EN.getProperty(name(), "");
    }
}
