package org.harapan.io.anthro;

import java.util.Arrays;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * FastCSV callback that keeps a record's fields as ranges of one reused char array, so that no String or
 * record object is created per row. Enforces FastCSV's default limits as its own record handler does.
 */
final class Fields extends CsvCallbackHandler<Fields> {
    static final int MAX_FIELDS = 16_384;
    private static final int MAX_FIELD_SIZE = 16_777_216;
    private static final int MAX_RECORD_SIZE = 4 * MAX_FIELD_SIZE;

    char[] chars = new char[1024];
    int[] start = new int[32];
    int[] end = new int[32];
    int count;
    private int used;
    private long line;
    private RecordType type = RecordType.DATA;

    @Override
    protected RecordType getRecordType() {
        return type;
    }

    @Override
    protected int getFieldCount() {
        return count;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        line = startingLineNumber;
        used = 0;
        count = 0;
        type = RecordType.DATA;
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
        if (len > MAX_FIELD_SIZE) {
            throw new CsvParseException("Field at index " + count + " in record starting at line " + line
                    + " exceeds the max field size of " + MAX_FIELD_SIZE + " characters");
        }
        if (used + len > MAX_RECORD_SIZE) {
            throw new CsvParseException("Field at index " + count + " in record starting at line " + line
                    + " exceeds the max record size of " + MAX_RECORD_SIZE + " characters");
        }
        if (count == start.length) {
            if (count >= MAX_FIELDS) {
                throw new CsvParseException("Record starting at line " + line
                        + " has surpassed the maximum limit of " + MAX_FIELDS + " fields");
            }
            start = Arrays.copyOf(start, count * 2);
            end = Arrays.copyOf(end, count * 2);
        }
        if (used + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
        }
        System.arraycopy(buf, offset, chars, used, len);
        start[count] = used;
        used += len;
        end[count++] = used;
    }

    @Override
    protected void setComment(char[] buf, int offset, int len) {
        type = RecordType.COMMENT;
    }

    @Override
    protected void setEmpty() {
        type = RecordType.EMPTY;
        count = 1;
        start[0] = 0;
        end[0] = 0;
    }

    @Override
    protected Fields buildRecord() {
        return this;
    }

    String trimmed(int i) {
        return i < count ? new String(chars, start[i], end[i] - start[i]).trim() : "";
    }
}
