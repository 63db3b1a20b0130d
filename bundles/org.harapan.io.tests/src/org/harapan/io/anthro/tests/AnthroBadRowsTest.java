package org.harapan.io.anthro.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.harapan.io.anthro.AnthroCsv;
import org.harapan.io.anthro.tests.AnthroFiles.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows that cannot be assessed come back with empty values and a reason; nothing crashes. */
class AnthroBadRowsTest {

    @TempDir
    Path dir;

    @Test
    void everyBadRowComesBackWithAReason() throws Exception {
        String[] rows = {
            "ok,1,400,9.5,75,l,n",
            "sex,x,400,9.5,75,l,n",
            "noage,1,,9.5,75,l,n",
            "negative,2,-5,9.5,75,l,n",
            "letters,1,400,abc,75,l,n",
            "zero,1,400,0,75,l,n",
            "old,1,9000,60,170,h,n",
            "oedema,2,400,9.5,75,l,y",
            "short,1,400",
            "tiny,1,400,9.5,30,l,n",
            "\"quoted, id\",1,400,9.5,75,l,n",
            "extra,1,400,9.5,75,l,n,surplus",
        };
        Path input = dir.resolve("bad.csv");
        Files.writeString(input, "id,sex,age_days,weight_kg,lenhei_cm,measure,oedema\n" + String.join("\n", rows) + "\n",
                StandardCharsets.UTF_8);
        Path output = dir.resolve("bad-out.csv");
        AnthroCsv.Summary summary = AnthroCsv.process(input, output, AnthroFiles.assessor(), AnthroCsv.Options.none());
        Table out = Table.read(output);
        assertEquals(rows.length, summary.rows());
        assertEquals(rows.length, out.rows().size());
        for (int i = 0; i < out.rows().size(); i++) {
            assertEquals(out.header().size(), out.rows().get(i).size(), "every row has every column: " + i);
        }
        assertEquals("", out.get(0, "reason"));
        assertEquals("quoted, id", out.get(10, "id"));
        assertEquals("", out.get(10, "reason"));
        assertReason(out, 1, "sex");
        assertReason(out, 2, "age missing");
        assertReason(out, 3, "negative");
        assertReason(out, 4, "weight_kg: \"abc\" is not a number");
        assertReason(out, 5, "weight_kg: \"0\" must be greater than 0");
        assertEquals("", out.get(5, "cbmi"), "no BMI from an impossible weight");
        assertReason(out, 6, "no growth reference");
        assertReason(out, 7, "oedema");
        assertFalse(out.get(7, "zlen").isEmpty(), "oedema keeps length-for-age");
        assertReason(out, 8, "measurement missing");
        assertReason(out, 9, "zwfl");
        assertEquals("", out.get(1, "zwei"));
        assertEquals("", out.get(4, "zwei"));
        assertTrue(summary.withReason() >= 9, summary.line());
        assertTrue(summary.line().startsWith(rows.length + " rows"), summary.line());
    }

    private static void assertReason(Table out, int row, String part) {
        String reason = out.get(row, "reason");
        assertTrue(reason.contains(part), "row " + out.get(row, "id") + ": '" + reason + "' should say " + part);
    }

    @Test
    void missingRequiredColumnsAreAClearError() throws Exception {
        Path input = dir.resolve("nosex.csv");
        Files.writeString(input, "id,age_days,weight_kg\n1,400,9\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnthroCsv.process(input, dir.resolve("o.csv"), AnthroFiles.assessor(), AnthroCsv.Options.none()));
        assertTrue(e.getMessage().contains("sex"), e.getMessage());
    }

    @Test
    void emptyInputIsAClearError() throws Exception {
        Path input = dir.resolve("empty.csv");
        Files.writeString(input, "");
        assertThrows(IllegalArgumentException.class,
                () -> AnthroCsv.process(input, dir.resolve("o.csv"), AnthroFiles.assessor(), AnthroCsv.Options.none()));
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreRead() throws Exception {
        Path input = dir.resolve("bom.csv");
        Files.write(input, ("\uFEFFsex,age_days,weight_kg,lenhei_cm\r\n1,400,9.5,75\r\n2,500,9,74\r\n")
                .getBytes(StandardCharsets.UTF_8));
        Path output = dir.resolve("bom-out.csv");
        AnthroCsv.Summary summary = AnthroCsv.process(input, output, AnthroFiles.assessor(), AnthroCsv.Options.none());
        assertEquals(2, summary.assessed(), summary.line());
        Table out = Table.read(output);
        assertEquals("sex", out.header().get(0));
        assertFalse(out.get(1, "zwei").isEmpty());
    }

    @Test
    void malformedQuotingStopsWithTheLineNumberOfTheWholeFile() throws Exception {
        Path input = dir.resolve("quote.csv");
        StringBuilder text = new StringBuilder("id,sex,age_days,weight_kg,lenhei_cm\n");
        // well past the first block of the parallel reader, so that the line number spans blocks
        for (int i = 1; i <= 40_000; i++) {
            text.append(i).append(",1,400,9.5,75\n");
        }
        text.append("\"x\"y,1,400,9.5,75\n");
        Files.writeString(input, text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnthroCsv.process(input, dir.resolve("o.csv"), AnthroFiles.assessor(), AnthroCsv.Options.none()));
        assertTrue(e.getMessage().startsWith("quote.csv line 40002: "), e.getMessage());
        assertTrue(e.getMessage().contains("closing quote"), e.getMessage());
    }

    @Test
    void anExistingLongerOutputIsReplacedExactly() throws Exception {
        Path input = dir.resolve("short.csv");
        Files.writeString(input, "sex,age_days,weight_kg,lenhei_cm\n1,400,9.5,75\n");
        Path fresh = dir.resolve("fresh.csv");
        AnthroCsv.process(input, fresh, AnthroFiles.assessor(), AnthroCsv.Options.none());
        Path old = dir.resolve("old.csv");
        Files.writeString(old, "x".repeat(100_000));
        AnthroCsv.process(input, old, AnthroFiles.assessor(), AnthroCsv.Options.none());
        assertEquals(Files.readString(fresh), Files.readString(old));
    }
}
