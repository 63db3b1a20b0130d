package org.harapan.growth.survey;

/**
 * The words measurement files use for sex, yes/no (oedema) and measuring position, shared by the anthro batch and
 * the measurements and households import: any case, blanks, {@code -} and {@code _} ignored. Each lookup answers
 * {@link #EMPTY} for an empty (or blank) value or {@code NA} (R's missing value), {@link #UNKNOWN} for a word it does not know, else a code.
 * <ul>
 * <li>sex: {@code 1/2, m/f, l/p, male/female, laki-laki/perempuan, pria/wanita, lk/pr}</li>
 * <li>yes/no: {@code y/n, yes/no, ya/tidak, iya, true/false, 1/0}</li>
 * <li>position: {@code l/h, lying/standing, length/height, recumbent, terlentang/berdiri, berbaring}</li>
 * </ul>
 */
public final class Vocabulary {

    public static final int EMPTY = 0;
    public static final int UNKNOWN = -1;
    public static final int MALE = 1;
    public static final int FEMALE = 2;
    public static final int YES = 1;
    public static final int NO = 2;
    public static final int LYING = 1;
    public static final int STANDING = 2;

    /** The accepted words, as the reasons list them. */
    public static final String SEX_WORDS = "1/2, m/f, l/p, laki-laki/perempuan";
    public static final String YES_NO_WORDS = "y/n, ya/tidak, 1/0";
    public static final String POSITION_WORDS = "l/h, lying/standing, terlentang/berdiri";

    private static final int MAX = 16;

    private Vocabulary() {
    }

    public static int sex(CharSequence s) {
        return sex(key(s));
    }

    public static int sex(char[] s, int from, int to) {
        return sex(key(s, from, to));
    }

    public static int yesNo(CharSequence s) {
        return yesNo(key(s));
    }

    public static int yesNo(char[] s, int from, int to) {
        return yesNo(key(s, from, to));
    }

    public static int position(CharSequence s) {
        return position(key(s));
    }

    public static int position(char[] s, int from, int to) {
        return position(key(s, from, to));
    }

    private static int sex(String key) {
        return switch (key) {
        case "", "na" -> EMPTY;
        case "1", "m", "l", "male", "lakilaki", "laki", "lk", "pria" -> MALE;
        case "2", "f", "p", "female", "perempuan", "pr", "wanita" -> FEMALE;
        default -> UNKNOWN;
        };
    }

    private static int yesNo(String key) {
        return switch (key) {
        case "", "na" -> EMPTY;
        case "y", "yes", "ya", "iya", "true", "1" -> YES;
        case "n", "no", "tidak", "tdk", "t", "false", "0" -> NO;
        default -> UNKNOWN;
        };
    }

    private static int position(String key) {
        return switch (key) {
        case "", "na" -> EMPTY;
        case "l", "lying", "length", "recumbent", "terlentang", "telentang", "berbaring" -> LYING;
        case "h", "s", "standing", "height", "berdiri" -> STANDING;
        default -> UNKNOWN;
        };
    }

    /** Lower case without blanks, {@code -} and {@code _}; "?" for a value too long to be a word. */
    private static String key(CharSequence s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX + 1));
        for (int i = 0; i < s.length(); i++) {
            if (!append(b, s.charAt(i))) {
                return "?";
            }
        }
        return b.toString();
    }

    private static String key(char[] s, int from, int to) {
        StringBuilder b = new StringBuilder(Math.min(to - from, MAX + 1));
        for (int i = from; i < to; i++) {
            if (!append(b, s[i])) {
                return "?";
            }
        }
        return b.toString();
    }

    private static boolean append(StringBuilder b, char c) {
        if (c == '-' || c == '_' || Character.isWhitespace(c)) {
            return true;
        }
        if (b.length() >= MAX) {
            return false;
        }
        b.append(Character.toLowerCase(c));
        return true;
    }
}
