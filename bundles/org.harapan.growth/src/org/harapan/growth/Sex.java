package org.harapan.growth;

/** Sex of a child as coded by WHO: 1 male, 2 female. */
public enum Sex {
    MALE(1, "laki-laki", "male"),
    FEMALE(2, "perempuan", "female");

    private final int code;
    private final String labelId;
    private final String labelEn;

    Sex(int code, String labelId, String labelEn) {
        this.code = code;
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    /** WHO code: 1 male, 2 female. */
    public int code() {
        return code;
    }

    public String labelId() {
        return labelId;
    }

    public String labelEn() {
        return labelEn;
    }

    /** @return the sex for WHO code 1 or 2, otherwise {@code null} */
    public static Sex ofCode(int code) {
        return code == 1 ? MALE : code == 2 ? FEMALE : null;
    }

    /**
     * Parses the WHO Anthro spellings: "1"/"m"/"M" male, "2"/"f"/"F" female (surrounding blanks ignored).
     *
     * @return the sex, or {@code null} when the text is missing or not one of these
     */
    public static Sex parse(CharSequence text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        if (end - start != 1) {
            return null;
        }
        return switch (text.charAt(start)) {
            case '1', 'm', 'M' -> MALE;
            case '2', 'f', 'F' -> FEMALE;
            default -> null;
        };
    }
}
