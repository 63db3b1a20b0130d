package org.harapan.io.anthro;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvParseException;

/** FastCSV's complaint about a record, with where the chunk starts in the file. */
final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long chunkOffset;
    final CsvParseException cause;

    Malformed(long chunkOffset, CsvParseException cause) {
        super(cause.getMessage(), cause, false, false);
        this.chunkOffset = chunkOffset;
        this.cause = cause;
    }

    private static final Pattern RECORD_LINE = Pattern.compile("\\s*\\(?\\b(?:in )?record starting at line (\\d+)\\)?"); //$NON-NLS-1$

    /**
     * "IN.csv line N: what is wrong", N counted in the whole file: FastCSV numbers the lines of the block it parsed,
     * so the line feeds before the block are counted here, by reading the file again (only when this happens).
     */
    static IllegalArgumentException describe(Path input, long chunkOffset, String message) {
        Matcher m = RECORD_LINE.matcher(message == null ? "" : message); //$NON-NLS-1$
        String what = message;
        long line = -1;
        if (m.find()) {
            line = Long.parseLong(m.group(1));
            what = (message.substring(0, m.start()) + message.substring(m.end())).trim();
        }
        if (line > 0) {
            try (InputStream in = Files.newInputStream(input)) {
                byte[] buf = new byte[1 << 16];
                long left = chunkOffset;
                while (left > 0) {
                    int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                    if (n < 0) {
                        break;
                    }
                    for (int i = 0; i < n; i++) {
                        if (buf[i] == '\n') {
                            line++;
                        }
                    }
                    left -= n;
                }
            } catch (IOException e) {
                line = -1;
            }
        }
        return new IllegalArgumentException(input.getFileName() + (line > 0 ? " line " + line : "") + ": " + what //$NON-NLS-1$ //$NON-NLS-2$
                + " (the CSV is malformed there; fix that row, e.g. double a quote inside a quoted field)"); //$NON-NLS-1$
    }
}
