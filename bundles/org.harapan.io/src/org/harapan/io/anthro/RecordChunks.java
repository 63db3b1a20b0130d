package org.harapan.io.anthro;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a CSV file as blocks of whole records: each {@link #next()} returns about {@code blockSize} bytes ending
 * after a line break outside double quotes, so that workers can parse the blocks in parallel. A UTF-8 byte order
 * mark at the start is dropped. Memory: one block plus the tail of the previous one.
 */
final class RecordChunks {

    /** Bytes {@code [0, length)} of {@code bytes}, whole records. */
    record Chunk(byte[] bytes, int length) {
    }

    private final InputStream in;
    private final int blockSize;
    private byte[] carry = new byte[0];
    private int carryLength;
    private boolean eof;
    private boolean first = true;
    private long read;

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
            int end = eof ? length : boundary(block, start, length);
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
                return new Chunk(block, block.length);
            }
            return new Chunk(block, end);
        }
    }

    /** Position after the last line feed outside quotes in {@code [from, to)}, or {@code from} if none. */
    private static int boundary(byte[] b, int from, int to) {
        boolean quoted = false;
        int last = from;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                last = i + 1;
            }
        }
        return last;
    }
}
