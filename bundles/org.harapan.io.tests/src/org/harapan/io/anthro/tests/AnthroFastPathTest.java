package org.harapan.io.anthro.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.survey.AnthroBatch;
import org.harapan.io.anthro.AnthroCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * The CSV batch's allocation-free path (fields as char ranges, output written as bytes) writes exactly what the
 * String path ({@link AnthroBatch#process(List)}, {@link AnthroBatch#appendTo(StringBuilder, char)}) writes, for
 * odd rows too: quoted and non-ASCII fields, unparsable numbers, short and long rows, blanks, other spellings.
 */
class AnthroFastPathTest {

    @TempDir
    Path dir;

    @Test
    void byteOutputEqualsStringOutputForOddRows() throws Exception {
        String[] weird = {"", " ", "NA", "n/a", "1e3", "\"1,5\"", " 12.5 ", "-", "+3", ".5", "5.", "abc",
            "12345678901234567890.5", "1e300", "-4", "0", "\"7.2\"", "00012.30", "-0.0", "Infinity", "NaN", "0x10"};
        String[] sexes = {"1", "2", "m", "F", " 2 ", "x", "", "\"1\""};
        String[] places = {"desa A", "\"desa, B\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"", "caf\u00e9", "\ud83d\ude00x", ""};
        check(weird, sexes, places, new String[] {"\r\n", "\n"});
    }

    /**
     * Plain ASCII without quotes takes the reader's split-without-FastCSV path: it must cut records and fields as
     * FastCSV does, with CR, LF and CRLF line ends, empty and blank lines, short and long rows; a few rows with a
     * quote or a non-ASCII letter put some blocks on the FastCSV path between them.
     */
    @Test
    void plainAsciiBlocksGiveTheSameOutputAsFastCsv() throws Exception {
        String[] weird = {"", " ", "NA", "n/a", "1e3", " 12.5 ", "-", "+3", ".5", "5.", "abc",
            "12345678901234567890.5", "1e300", "-4", "0", "00012.30", "-0.0", "Infinity", "NaN", "0x10"};
        String[] sexes = {"1", "2", "m", "F", " 2 ", "x", ""};
        String[] places = new String[20_000];
        java.util.Arrays.fill(places, "desa A");
        java.util.Arrays.fill(places, 0, 2000, "");
        java.util.Arrays.fill(places, 2000, 4000, " ");
        places[4000] = "\"desa, B\"";
        places[4001] = "caf\u00e9";
        check(weird, sexes, places, new String[] {"\r\n", "\n", "\r", "\n\n", "\r\n\r\n", "\n \n"});
    }

    private void check(String[] weird, String[] sexes, String[] places, String[] breaks) throws Exception {
        String[] measures = {"l", "h", "L", " H", "", "x"};
        String[] oedema = {"n", "y", "Y", "1", " y ", "", "yes"};
        SplittableRandom rnd = new SplittableRandom(11);
        StringBuilder csv = new StringBuilder("id,sex,age_days,weight_kg,lenhei_cm,measure,headc_cm,muac_cm,oedema,desa\n");
        for (int i = 0; i < 40_000; i++) {
            int days = rnd.nextInt(-5, 7000);
            double months = Math.min(days / 30.4375, 60);
            List<String> row = new ArrayList<>(List.of(Integer.toString(i),
                    pick(rnd, Integer.toString(1 + rnd.nextInt(2)), sexes),
                    pick(rnd, Integer.toString(days), weird),
                    pick(rnd, String.format(java.util.Locale.ROOT, "%.1f", 3.3 + 0.35 * months + rnd.nextGaussian()), weird),
                    pick(rnd, String.format(java.util.Locale.ROOT, "%.1f", 50 + 1.6 * months + 4 * rnd.nextGaussian()), weird),
                    pick(rnd, days < 731 ? "l" : "h", measures), pick(rnd, "45.2", weird), pick(rnd, "13.1", weird),
                    pick(rnd, "n", oedema), places[rnd.nextInt(places.length)]));
            if (rnd.nextInt(100) == 0) {
                row = row.subList(0, 1 + rnd.nextInt(row.size()));
            } else if (rnd.nextInt(100) == 0) {
                row.add("surplus");
            }
            csv.append(String.join(",", row)).append(breaks[rnd.nextInt(breaks.length)]);
        }
        Path input = dir.resolve("odd.csv");
        Files.writeString(input, csv, StandardCharsets.UTF_8);
        Path output = dir.resolve("out.csv");
        GrowthAssessor assessor = AnthroFiles.assessor();
        AnthroCsv.process(input, output, assessor, AnthroCsv.Options.none());

        StringBuilder expected = new StringBuilder();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(csv.toString())) {
            AnthroBatch batch = null;
            int width = 0;
            for (CsvRecord record : reader) {
                List<String> fields = record.getFields();
                if (batch == null) {
                    batch = new AnthroBatch(assessor, fields);
                    width = fields.size();
                    appendRow(expected, fields, width);
                    for (String c : AnthroBatch.OUTPUT_COLUMNS) {
                        expected.append(',').append(c);
                    }
                } else {
                    batch.process(fields);
                    appendRow(expected, fields, width);
                    batch.appendTo(expected, ',');
                }
                expected.append('\n');
            }
        }
        assertEquals(expected.toString(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private static void appendRow(StringBuilder out, List<String> fields, int width) {
        for (int i = 0; i < width; i++) {
            if (i > 0) {
                out.append(',');
            }
            if (i < fields.size()) {
                AnthroBatch.appendCsvField(out, fields.get(i), ',');
            }
        }
    }

    private static String pick(SplittableRandom rnd, String normal, String[] odd) {
        return rnd.nextInt(10) == 0 ? odd[rnd.nextInt(odd.length)] : normal;
    }
}
