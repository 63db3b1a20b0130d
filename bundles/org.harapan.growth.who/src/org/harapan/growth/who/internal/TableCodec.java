package org.harapan.growth.who.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * The bundle's compact form of a WHO table file: every row's {@code sex}, x, {@code l}, {@code m} and
 * {@code s} exactly as WHO printed them, each column as whole numbers at the column's number of decimals, stored
 * column by column as differences to the previous row (zig-zag variable-length integers). A number printed as
 * {@code 0.09597} is stored as 9597 at 5 decimals and read back as 9597 / 10^5, the same double that
 * {@code Double.parseDouble("0.09597")} gives.
 *
 * <pre>
 * int 0x484C4D53 ("HLMS"), byte version 1, UTF table name, UTF x column name, varint rows,
 * 5 x byte decimals (sex, x, l, m, s), then per column: rows x zig-zag varint difference
 * </pre>
 */
public final class TableCodec {

    private static final int MAGIC = 0x484C4D53;
    private static final int VERSION = 1;
    private static final int COLUMNS = 5;
    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};

    private TableCodec() {
    }

    /** A decoded table: its x column name and rows {sex, x, l, m, s}. */
    public record Decoded(String name, String xName, double[][] rows) {
    }

    /** Encodes the rows of a WHO table file as published (see {@link TableFiles#readRows}). */
    public static byte[] encode(String name, TableFiles.Rows table) throws IOException {
        List<String[]> rows = table.rows();
        int n = rows.size();
        int[] decimals = new int[COLUMNS];
        BigDecimal[][] values = new BigDecimal[COLUMNS][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                BigDecimal v = new BigDecimal(rows.get(r)[c]);
                values[c][r] = v;
                decimals[c] = Math.max(decimals[c], Math.max(0, v.scale()));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeByte(VERSION);
        out.writeUTF(name);
        out.writeUTF(table.xName());
        writeVarint(out, n);
        for (int c = 0; c < COLUMNS; c++) {
            if (decimals[c] >= POW10.length) {
                throw new IOException(name + ": more than " + (POW10.length - 1) + " decimals in column " + c);
            }
            out.writeByte(decimals[c]);
        }
        for (int c = 0; c < COLUMNS; c++) {
            long previous = 0;
            for (int r = 0; r < n; r++) {
                long v = values[c][r].setScale(decimals[c]).unscaledValue().longValueExact();
                long d = v - previous;
                writeVarint(out, (d << 1) ^ (d >> 63));
                previous = v;
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** Reads a table written by {@link #encode}. */
    public static Decoded decode(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC || in.readUnsignedByte() != VERSION) {
            throw new IOException("not a built-in table (HLMS version " + VERSION + ")");
        }
        String name = in.readUTF();
        String xName = in.readUTF();
        int n = (int) readVarint(in);
        int[] decimals = new int[COLUMNS];
        for (int c = 0; c < COLUMNS; c++) {
            decimals[c] = in.readUnsignedByte();
            if (decimals[c] >= POW10.length) {
                throw new IOException(name + ": bad number of decimals " + decimals[c]);
            }
        }
        double[][] rows = new double[n][COLUMNS];
        for (int c = 0; c < COLUMNS; c++) {
            long v = 0;
            double scale = POW10[decimals[c]];
            for (int r = 0; r < n; r++) {
                long z = readVarint(in);
                v += (z >>> 1) ^ -(z & 1);
                rows[r][c] = decimals[c] == 0 ? v : v / scale;
            }
        }
        return new Decoded(name, xName, rows);
    }

    /** {@link #decode} put on the table's grid. */
    public static LmsTable read(InputStream stream, String origin) throws IOException {
        Decoded d = decode(stream);
        return TableFiles.grid(d.name(), origin, TableFiles.stepOf(d.xName()), d.rows());
    }

    private static void writeVarint(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarint(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("table ends inside a number");
            }
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("number too long");
    }
}
