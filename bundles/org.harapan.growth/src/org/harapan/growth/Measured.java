package org.harapan.growth;

/** How length/height was measured: recumbent (lying) length, standing height, or not recorded. */
public enum Measured {
    LYING, STANDING, UNKNOWN;

    /**
     * Parses WHO Anthro's measure column: "l"/"L" lying, "h"/"H" standing; anything else (including empty) is
     * {@link #UNKNOWN}.
     */
    public static Measured parse(CharSequence text) {
        if (text == null) {
            return UNKNOWN;
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
            return UNKNOWN;
        }
        return switch (text.charAt(start)) {
            case 'l', 'L' -> LYING;
            case 'h', 'H' -> STANDING;
            default -> UNKNOWN;
        };
    }
}
