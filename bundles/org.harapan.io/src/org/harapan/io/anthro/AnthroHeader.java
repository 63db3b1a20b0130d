package org.harapan.io.anthro;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.harapan.growth.survey.AnthroBatch;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** The header line of an anthro input: its separator, its columns, and whether the batch can use them. */
final class AnthroHeader {

    private AnthroHeader() {
    }

    /** {@code ;} when the first line has more semicolons than commas outside quotes (Excel's Indonesian CSV). */
    static char separator(RecordChunks.Chunk first) {
        byte[] b = first.bytes();
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < first.length() && (quoted || b[i] != '\n' && b[i] != '\r'); i++) {
            if (b[i] == '"') {
                quoted = !quoted;
            } else if (!quoted && b[i] == ',') {
                commas++;
            } else if (!quoted && b[i] == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The columns the batch needs are there, and none that it reads is there twice. */
    static void check(Path input, List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (!AnthroBatch.INPUT_COLUMNS.contains(name)) {
                continue;
            }
            for (int j = i + 1; j < header.size(); j++) {
                if (header.get(j).trim().equalsIgnoreCase(name)) {
                    throw new IllegalArgumentException(input.getFileName() + " line 1, column " + name
                            + ": the column is in the header twice: columns " + (i + 1) + " and " + (j + 1));
                }
            }
        }
        try {
            new AnthroBatch(null, header);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(input.getFileName() + " line 1: " + e.getMessage()
                    + "; the header line read is: " + String.join(" | ", header));
        }
    }

    /** The first record of the file's first block, or {@code null} when there is none. */
    static List<String> read(RecordChunks.Chunk first, char separator) throws IOException {
        String text = new String(first.bytes(), 0, first.length(), StandardCharsets.UTF_8);
        try (CsvReader<CsvRecord> reader = AnthroCsv.csv(separator).ofCsvRecord(text)) {
            Iterator<CsvRecord> it = reader.iterator();
            return it.hasNext() ? it.next().getFields() : null;
        }
    }

}
