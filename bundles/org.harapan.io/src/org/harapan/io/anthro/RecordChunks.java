package org.harapan.io.anthro;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads a CSV file as blocks of whole records: each {@link #next()} returns about {@code blockSize} bytes ending
 * after a line break outside double quotes, so that workers can parse the blocks in parallel. A UTF-8 byte order
 * mark at the start is dropped. Memory: one block plus the tail of the previous one.
 */
final class RecordChunks {

    /**
     * Bytes {@code [0, length)} of {@code bytes}, whole records, starting at byte {@code offset} of the file;
     * {@code quoteFree} when they hold no '"' (then every line break ends a record).
     */
    record Chunk(byte[] bytes, int length, long offset, boolean quoteFree) {
    }

    private final InputStream in;
    private final int blockSize;
    private byte[] carry = new byte[0];
    private int carryLength;
    private boolean eof;
    private boolean first = true;
    private long read;
    /** Whether the records {@link #boundary} found hold no quote. */
    private boolean boundaryQuoteFree;

    RecordChunks(InputStream in, int blockSize) {
        this.in = in;
        this.blockSize = blockSize;
    }

    /** Bytes read from the stream so far. */
    long bytesRead() {
        return read;
    }

    /** The next block of whole records, or {@code null} at the end. */
    Chunk next() throws IOException {
        while (true) {
            if (eof && carryLength == 0) {
                return null;
            }
            long base = read - carryLength;
            byte[] block = Arrays.copyOf(carry, carryLength + (eof ? 0 : blockSize));
            int length = carryLength;
            while (!eof && length < block.length) {
                int n = in.read(block, length, block.length - length);
                if (n < 0) {
                    eof = true;
                } else {
                    length += n;
                    read += n;
                }
            }
            int start = 0;
            if (first) {
                first = false;
                if (length >= 3 && (block[0] & 0xff) == 0xEF && (block[1] & 0xff) == 0xBB
                        && (block[2] & 0xff) == 0xBF) {
                    start = 3;
                }
            }
            int end;
            boolean quoteFree;
            if (eof) {
                end = length;
                quoteFree = indexOfQuote(block, start, end) < 0;
            } else {
                end = boundary(block, start, length);
                quoteFree = boundaryQuoteFree;
            }
            if (end <= start && !eof) {
                // no record ends in this block: keep it all and read more
                carry = Arrays.copyOfRange(block, start, length);
                carryLength = carry.length;
                continue;
            }
            carry = Arrays.copyOfRange(block, end, length);
            carryLength = carry.length;
            if (start > 0) {
                block = Arrays.copyOfRange(block, start, end);
                return new Chunk(block, block.length, base + start, quoteFree);
            }
            return new Chunk(block, end, base, quoteFree);
        }
    }

    /** Position after the last line feed outside quotes in {@code [from, to)}, or {@code from} if none. */
    private int boundary(byte[] b, int from, int to) {
        boundaryQuoteFree = false;
        int last = to - 1;
        while (last >= from && b[last] != '\n') {
            last--;
        }
        if (last < from) {
            return from;
        }
        // usual case: no quote before the last line feed, so it ends a record; skip the quote state machine
        if (indexOfQuote(b, from, last) < 0) {
            boundaryQuoteFree = true;
            return last + 1;
        }
        boolean quoted = false;
        int end = from;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                end = i + 1;
            }
        }
        return end;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';

    /** Index of the first '"' in {@code [from, to)}, or -1; looks at 8 bytes per step. */
    static int indexOfQuote(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ QUOTES;
            if (((x - ONES) & ~x & HIGHS) != 0) {
                break;
            }
        }
        for (; i < to; i++) {
            if (b[i] == '"') {
                return i;
            }
        }
        return -1;
    }
}
