package org.harapan.growth.survey;

import org.harapan.growth.Measured;

/**
 * The words of a sex, measure or oedema field of a survey row (a range of a char buffer), read fast for the common
 * one-letter values and through {@link Vocabulary} otherwise. {@link Vocabulary#UNKNOWN} (or {@code null} for a
 * measure) means the value is not one of the words; the caller names it in the row's reason.
 */
final class FieldWords {

    private FieldWords() {
    }

    /** 0 unknown or blank, 1 male, 2 female, or {@link Vocabulary#UNKNOWN}. */
    static int sex(char[] text, int s, int e) {
        char c = single(text, s, e);
        if (c == ' ') {
            return 0;
        } else if (c == '1' || c == 'm' || c == 'M') {
            return 1;
        } else if (c == '2' || c == 'f' || c == 'F') {
            return 2;
        }
        return Vocabulary.sex(text, s, e);
    }

    /** The position, {@link Measured#UNKNOWN} when blank, {@code null} for a word that is not a position. */
    static Measured measured(char[] text, int s, int e) {
        char c = single(text, s, e);
        if (c == ' ') {
            return Measured.UNKNOWN;
        } else if (c == 'l' || c == 'L') {
            return Measured.LYING;
        } else if (c == 'h' || c == 'H') {
            return Measured.STANDING;
        }
        int v = Vocabulary.position(text, s, e);
        if (v == Vocabulary.UNKNOWN) {
            return null;
        }
        return v == Vocabulary.LYING ? Measured.LYING : v == Vocabulary.STANDING ? Measured.STANDING
                : Measured.UNKNOWN;
    }

    /** 1 oedema, 0 none or blank, -1 for a word that is not yes or no. */
    static int oedema(char[] text, int s, int e) {
        char c = single(text, s, e);
        if (c == ' ') {
            return 0;
        } else if (c == 'y' || c == 'Y' || c == '1') {
            return 1;
        } else if (c == 'n' || c == 'N' || c == '0') {
            return 0;
        }
        int v = Vocabulary.yesNo(text, s, e);
        return v == Vocabulary.UNKNOWN ? -1 : v == Vocabulary.YES ? 1 : 0;
    }

    /**
     * The only character of a field between blanks (chars up to space), a space when the field is blank, or 0 when
     * it has more than one.
     */
    static char single(char[] text, int s, int e) {
        while (s < e && text[s] <= ' ') {
            s++;
        }
        while (e > s && text[e - 1] <= ' ') {
            e--;
        }
        return e == s ? ' ' : e - s == 1 ? text[s] : 0;
    }
}
