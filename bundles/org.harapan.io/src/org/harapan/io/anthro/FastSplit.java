package org.harapan.io.anthro;

import java.util.Arrays;

import de.siegmar.fastcsv.reader.CsvParseException;

/**
 * Splits a block of ASCII text without quotes into records and fields exactly as FastCSV does with the
 * options used here (',' or ';' separates, CR, LF and CRLF end a record, empty lines are skipped, no comments, no
 * trimming, the same field-count limit), straight into a {@link Fields}, without FastCSV's per-character state
 * machine and without decoding the block to a String first.
 */
final class FastSplit {
    private char[] chars = new char[AnthroCsv.BLOCK + 1024];
    private int pos;
    private int length;
    private long line;

    /** Widens the block to chars; false (and nothing to read) when it is not pure ASCII. */
    boolean split(RecordChunks.Chunk chunk, Fields f) {
        int n = chunk.length();
        byte[] b = chunk.bytes();
        if (chars.length < n) {
            chars = new char[n];
        }
        char[] c = chars;
        int any = 0;
        for (int i = 0; i < n; i++) {
            byte x = b[i];
            any |= x;
            c[i] = (char) x;
        }
        if (any < 0) {
            return false;
        }
        f.chars = c;
        pos = 0;
        length = n;
        line = 1;
        return true;
    }

    /** Loads the next non-empty record into the {@link Fields}; false at the end of the block. */
    boolean next(RecordChunks.Chunk chunk) {
        char[] c = chars;
        int n = length;
        int p = pos;
        while (p < n && (c[p] == '\n' || c[p] == '\r')) { // empty lines
            p += c[p] == '\r' && p + 1 < n && c[p + 1] == '\n' ? 2 : 1;
            line++;
        }
        if (p >= n) {
            pos = p;
            return false;
        }
        Fields f = fields;
        int[] start = f.start;
        int[] end = f.end;
        int count = 0;
        int from = p;
        char ch = 0;
        char sep = separator;
        for (; p < n; p++) {
            ch = c[p];
            if (ch == sep || ch == '\n' || ch == '\r') {
                if (count == start.length) {
                    if (count >= Fields.MAX_FIELDS) {
                        throw new Malformed(chunk.offset(), new CsvParseException("Record starting at line "
                                + line + " has surpassed the maximum limit of " + Fields.MAX_FIELDS + " fields"));
                    }
                    f.start = start = Arrays.copyOf(start, count * 2);
                    f.end = end = Arrays.copyOf(end, count * 2);
                }
                start[count] = from;
                end[count++] = p;
                from = p + 1;
                if (ch != sep) {
                    break;
                }
            }
        }
        if (p >= n) { // last record without a line break
            if (count == start.length) {
                f.start = start = Arrays.copyOf(start, count * 2);
                f.end = end = Arrays.copyOf(end, count * 2);
            }
            start[count] = from;
            end[count++] = n;
        } else {
            p += ch == '\r' && p + 1 < n && c[p + 1] == '\n' ? 2 : 1;
        }
        line++;
        f.count = count;
        pos = p;
        return true;
    }

    private Fields fields;
    private final char separator;

    /** Splits at {@code separator} ({@code ,} or {@code ;}). */
    FastSplit(char separator) {
        this.separator = separator;
    }

    FastSplit bind(Fields f) {
        fields = f;
        return this;
    }
}
