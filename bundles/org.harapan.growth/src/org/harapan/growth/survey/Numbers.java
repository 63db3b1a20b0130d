package org.harapan.growth.survey;

/** Fast, allocation-free number parsing and formatting for the batch path. */
public final class Numbers {

    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18};

    private Numbers() {
    }

    /**
     * Parses a decimal number ("12", "-3.75", " 84.800003052 "); empty, blank or "NA" is NaN. Falls back to
     * {@link Double#parseDouble(String)} for exponents and long mantissas.
     *
     * @throws NumberFormatException for text that is not a number
     */
    public static double parse(CharSequence s) {
        if (s == null) {
            return Double.NaN;
        }
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start == end) {
            return Double.NaN;
        }
        if (end - start == 2 && s.charAt(start) == 'N' && s.charAt(start + 1) == 'A') {
            return Double.NaN;
        }
        int i = start;
        boolean negative = false;
        char c0 = s.charAt(i);
        if (c0 == '-' || c0 == '+') {
            negative = c0 == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        boolean any = false;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits >= 17) {
                    return Double.parseDouble(s.subSequence(start, end).toString());
                }
                any = true;
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa != 0 || fraction >= 0) {
                    digits++;
                }
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.parseDouble(s.subSequence(start, end).toString().replace(',', '.'));
            }
        }
        if (!any) {
            throw new NumberFormatException("not a number: " + s);
        }
        double v = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
        return negative ? -v : v;
    }

    /**
     * {@link #parse(CharSequence)} of the characters {@code [from, to)} of {@code s}, without creating a String on
     * the common path (plain decimals); anything else is handed to {@link #parse(CharSequence)}, so the result and
     * the exceptions are the same.
     *
     * @throws NumberFormatException for text that is not a number
     */
    public static double parse(char[] s, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && s[start] <= ' ') {
            start++;
        }
        while (end > start && s[end - 1] <= ' ') {
            end--;
        }
        if (start == end || end - start == 2 && s[start] == 'N' && s[start + 1] == 'A') {
            return Double.NaN;
        }
        int i = start;
        boolean negative = false;
        char c0 = s[i];
        if (c0 == '-' || c0 == '+') {
            negative = c0 == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        boolean any = false;
        for (; i < end; i++) {
            char c = s[i];
            if (c >= '0' && c <= '9') {
                if (digits >= 17) {
                    return parse(new String(s, from, to - from));
                }
                any = true;
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa != 0 || fraction >= 0) {
                    digits++;
                }
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return parse(new String(s, from, to - from)); // "NA", exponents, commas, errors
            }
        }
        if (!any) {
            return parse(new String(s, from, to - from)); // throws as the String version does
        }
        double v = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
        return negative ? -v : v;
    }

    /** Appends a z-score already rounded to 2 decimals as WHO Anthro writes it ("-1.5", "0.07", "2"). */
    public static void appendZ(StringBuilder out, double z) {
        appendFixed(out, z, 2);
    }

    /** Appends {@code v} with at most {@code decimals} decimals, trailing zeros dropped; NaN appends nothing. */
    public static void appendFixed(StringBuilder out, double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return;
        }
        double scale = POW10[decimals];
        long scaled = Math.round(Math.abs(v) * scale);
        if (v < 0 && scaled != 0) {
            out.append('-');
        }
        long whole = scaled / (long) scale;
        long frac = scaled % (long) scale;
        out.append(whole);
        if (frac != 0) {
            out.append('.');
            int len = decimals;
            while (frac % 10 == 0) {
                frac /= 10;
                len--;
            }
            String f = Long.toString(frac);
            for (int k = f.length(); k < len; k++) {
                out.append('0');
            }
            out.append(f);
        }
    }

    /**
     * Writes {@code v} as {@link #appendFixed(StringBuilder, double, int)} does, as ASCII bytes into {@code out} from
     * {@code pos}, which must have room for 32 bytes; NaN and infinities write nothing.
     *
     * @return the position after the last byte written
     */
    public static int writeFixed(byte[] out, int pos, double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return pos;
        }
        double scale = POW10[decimals];
        long scaled = Math.round(Math.abs(v) * scale);
        if (v < 0 && scaled != 0) {
            out[pos++] = '-';
        }
        // constant divisors for the usual cases: the JIT turns them into multiplications
        long whole;
        long frac;
        if (decimals == 2) {
            whole = scaled / 100L;
            frac = scaled % 100L;
        } else if (decimals == 9) {
            whole = scaled / 1_000_000_000L;
            frac = scaled % 1_000_000_000L;
        } else {
            whole = scaled / (long) scale;
            frac = scaled % (long) scale;
        }
        pos = writeLong(out, pos, whole);
        if (frac != 0) {
            if (frac < Integer.MAX_VALUE) {
                return writeFraction(out, pos, (int) frac, decimals);
            }
            out[pos++] = '.';
            int len = decimals;
            while (frac % 10 == 0) {
                frac /= 10;
                len--;
            }
            int end = pos + len;
            for (int k = end - 1; k >= pos; k--) {
                out[k] = (byte) ('0' + frac % 10);
                frac /= 10;
            }
            pos = end;
        }
        return pos;
    }

    private static final byte[] TENS = new byte[100];
    private static final byte[] ONES = new byte[100];

    static {
        for (int i = 0; i < 100; i++) {
            TENS[i] = (byte) ('0' + i / 10);
            ONES[i] = (byte) ('0' + i % 10);
        }
    }

    /**
     * Writes '.' and {@code decimals} digits of {@code frac} (&gt; 0, &lt; 10^decimals) without its trailing zeros:
     * all digits two at a time from a table, then the trailing zeros cut off.
     */
    private static int writeFraction(byte[] out, int pos, int frac, int decimals) {
        out[pos++] = '.';
        int end = pos + decimals;
        int k = end;
        while (k - pos >= 2) {
            int q = frac / 100;
            int r = frac - q * 100;
            out[--k] = ONES[r];
            out[--k] = TENS[r];
            frac = q;
        }
        if (k > pos) {
            out[--k] = (byte) ('0' + frac);
        }
        while (out[end - 1] == '0') {
            end--;
        }
        return end;
    }

    /** Writes a non-negative long in decimal; returns the position after it. */
    private static int writeLong(byte[] out, int pos, long v) {
        if (v < 10) {
            out[pos] = (byte) ('0' + v);
            return pos + 1;
        }
        if (v < 1000) {
            int x = (int) v;
            if (x < 100) {
                out[pos] = (byte) ('0' + x / 10);
                out[pos + 1] = (byte) ('0' + x % 10);
                return pos + 2;
            }
            out[pos] = (byte) ('0' + x / 100);
            out[pos + 1] = (byte) ('0' + x / 10 % 10);
            out[pos + 2] = (byte) ('0' + x % 10);
            return pos + 3;
        }
        int n = 1;
        for (long t = v / 10; t != 0; t /= 10) {
            n++;
        }
        int end = pos + n;
        for (int k = end - 1; k >= pos; k--) {
            out[k] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return end;
    }
}
