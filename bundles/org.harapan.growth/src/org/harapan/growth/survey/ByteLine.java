package org.harapan.growth.survey;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer for the batch path: CSV text is written straight into it (numbers, cached labels,
 * fields), with no String per value. Not thread-safe.
 */
public final class ByteLine {

    /** Room always left for one number ({@link Numbers#writeFixed(byte[], int, double, int)}) or separator. */
    private static final int SLACK = 64;

    private byte[] bytes;
    private int length;

    public ByteLine(int capacity) {
        bytes = new byte[Math.max(capacity, SLACK * 2)];
    }

    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return length;
    }

    public void clear() {
        length = 0;
    }

    /**
     * Hands over the buffer (content in {@code [0, length())} of what is returned) and continues, empty, in
     * {@code next}, or in a new buffer of the same capacity when {@code next} is {@code null}.
     */
    public byte[] swap(byte[] next) {
        byte[] full = bytes;
        bytes = next != null && next.length >= SLACK * 2 ? next : new byte[full.length];
        length = 0;
        return full;
    }

    /** A copy of the content. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    /** Makes room for {@code n} more bytes plus the slack. */
    public void reserve(int n) {
        if (length + n + SLACK > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n + SLACK));
        }
    }

    public void put(char ascii) {
        if (length + SLACK > bytes.length) {
            reserve(1);
        }
        bytes[length++] = (byte) ascii;
    }

    public void put(byte[] b) {
        reserve(b.length);
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
    }

    /** Bytes {@code [from, from + n)} of {@code b}. */
    public void put(byte[] b, int from, int n) {
        reserve(n);
        System.arraycopy(b, from, bytes, length, n);
        length += n;
    }

    /** {@link Numbers#appendFixed(StringBuilder, double, int)} as bytes. */
    public void putFixed(double v, int decimals) {
        if (length + SLACK > bytes.length) {
            reserve(SLACK);
        }
        length = Numbers.writeFixed(bytes, length, v, decimals);
    }

    /** A string as UTF-8. */
    public void put(String s) {
        put(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The characters {@code [from, to)} as one CSV field, quoted as
     * {@link AnthroBatch#appendCsvField(StringBuilder, String, char)} quotes, in UTF-8.
     */
    public void putCsvField(char[] c, int from, int to, char separator) {
        int n = to - from;
        boolean quote = false;
        for (int i = from; i < to; i++) {
            char ch = c[i];
            if (ch >= 0x80) {
                putCsvFieldSlow(c, from, to, separator);
                return;
            }
            if (ch == separator || ch == '"' || ch == '\n' || ch == '\r') {
                quote = true;
            }
        }
        reserve(2 * n + 2);
        byte[] b = bytes;
        int p = length;
        if (!quote) {
            for (int i = from; i < to; i++) {
                b[p++] = (byte) c[i];
            }
        } else {
            b[p++] = '"';
            for (int i = from; i < to; i++) {
                char ch = c[i];
                if (ch == '"') {
                    b[p++] = '"';
                }
                b[p++] = (byte) ch;
            }
            b[p++] = '"';
        }
        length = p;
    }

    private char[] scratch = new char[256];

    /** Text as one CSV field, quoted as {@link AnthroBatch#appendCsvField(StringBuilder, String, char)} quotes. */
    public void putCsvField(StringBuilder c, char separator) {
        int n = c.length();
        if (n > scratch.length) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        c.getChars(0, n, scratch, 0);
        putCsvField(scratch, 0, n, separator);
    }

    private void putCsvFieldSlow(char[] c, int from, int to, char separator) {
        StringBuilder text = new StringBuilder(to - from + 8);
        AnthroBatch.appendCsvField(text, new String(c, from, to - from), separator);
        put(text.toString());
    }
}
