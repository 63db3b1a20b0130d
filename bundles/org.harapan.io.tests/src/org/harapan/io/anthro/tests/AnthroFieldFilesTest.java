package org.harapan.io.anthro.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.harapan.io.anthro.AnthroCsv;
import org.harapan.io.anthro.tests.AnthroFiles.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Anthro inputs as Excel and e-PPGBM write them: separators, decimal commas, encodings, Indonesian words. */
class AnthroFieldFilesTest {

    @TempDir
    Path dir;

    private Table run(String name, String text, Charset charset, char separator) throws Exception {
        Path input = dir.resolve(name);
        Files.writeString(input, text, charset);
        Path output = dir.resolve("out-" + name);
        AnthroCsv.process(input, output, AnthroFiles.assessor(), AnthroCsv.Options.none());
        return Table.read(output, separator);
    }

    @Test
    void semicolonsAndDecimalCommasGiveTheSameZScoresAsCommasAndPoints() throws Exception {
        Table comma = run("comma.csv", "id,sex,age_days,weight_kg,lenhei_cm\na,1,400,9.5,75.2\n",
                StandardCharsets.UTF_8, ',');
        Table semi = run("semi.csv", "id;sex;age_days;weight_kg;lenhei_cm\na;1;400;9,5;75,2\n",
                StandardCharsets.UTF_8, ';');
        assertFalse(comma.get(0, "zwei").isEmpty());
        for (String c : new String[] { "zwei", "zlen", "zwfl", "zbmi", "kategori_tbu", "reason" }) {
            assertEquals(comma.get(0, c), semi.get(0, c), c);
        }
        assertEquals("9,5", semi.get(0, "weight_kg"), "input values as read");
    }

    @Test
    void indonesianSexOedemaAndPositionWordsAndUnknownValuesNamed() throws Exception {
        Table out = run("words.csv", "id,sex,age_days,weight_kg,lenhei_cm,measure,oedema\n" //
                + "l,L,400,9.5,75,terlentang,tidak\n" // 0
                + "p,Perempuan,400,9,74,l,\n" // 1
                + "ya,1,400,9.5,75,l,ya\n" // 2
                + "sex,x,400,9.5,75,l,n\n" // 3
                + "measure,1,400,9.5,75,duduk,n\n" // 4
                + "oedema,1,400,9.5,75,l,mungkin\n", StandardCharsets.UTF_8, ','); // 5
        assertFalse(out.get(0, "zwei").isEmpty());
        assertEquals("", out.get(0, "reason"));
        assertFalse(out.get(1, "zlen").isEmpty());
        assertEquals("", out.get(2, "zwei"), "oedema ya: no weight-based z-score");
        assertFalse(out.get(2, "zlen").isEmpty());
        assertTrue(out.get(3, "reason").contains("sex: \"x\""), out.get(3, "reason"));
        assertTrue(out.get(4, "reason").contains("measure: \"duduk\""), out.get(4, "reason"));
        assertEquals("", out.get(4, "zlen"), "an unknown position is not decided by age");
        assertFalse(out.get(4, "zwei").isEmpty());
        assertTrue(out.get(5, "reason").contains("oedema: \"mungkin\""), out.get(5, "reason"));
        assertEquals("", out.get(5, "zwei"));
    }

    @Test
    void flaggedZScoresGetNoCategoryAndImpossibleValuesNoBmi() throws Exception {
        Table out = run("odd.csv", "id,sex,age_days,weight_kg,lenhei_cm,measure\n" //
                + "short,1,400,9.5,10,l\n" // 0
                + "heavy,1,400,999,75,l\n" // 1
                + "negative,1,400,-5,75,l\n" // 2
                + "abc,1,abc,9.5,75,l\n", StandardCharsets.UTF_8, ','); // 3
        assertEquals("1", out.get(0, "flen"));
        assertEquals("", out.get(0, "kategori_tbu"), "no sangat pendek from a flagged length");
        assertTrue(out.get(0, "reason").contains("kategori_tbu: no category, zlen is flagged"), out.get(0, "reason"));
        assertEquals("1", out.get(1, "fwei"));
        assertEquals("", out.get(1, "kategori_bbu"));
        assertEquals("", out.get(1, "kategori_bbtb"), "no obesitas from 999 kg");
        assertEquals("", out.get(2, "cbmi"));
        assertEquals("", out.get(2, "zwei"));
        assertTrue(out.get(2, "reason").contains("weight_kg: \"-5\" must be greater than 0"), out.get(2, "reason"));
        assertTrue(out.get(3, "reason").contains("age_days: \"abc\" is not a number"), out.get(3, "reason"));
    }

    @Test
    void aWindowsCodePageFileIsReadAsWindows1252AndUtf16ByItsMark() throws Exception {
        String text = "id,sex,age_days,weight_kg,lenhei_cm\nSofía,1,400,9.5,75\n";
        Path input = dir.resolve("latin.csv");
        Files.writeString(input, text, Charset.forName("windows-1252"));
        AnthroCsv.Summary summary = AnthroCsv.process(input, dir.resolve("o.csv"), AnthroFiles.assessor(),
                AnthroCsv.Options.none());
        assertTrue(summary.windows1252());
        assertTrue(summary.line().contains("Windows-1252"), summary.line());
        assertEquals("Sofía", Table.read(dir.resolve("o.csv")).get(0, "id"));
        Table utf16 = run("u16.csv", "\uFEFF" + text, StandardCharsets.UTF_16LE, ',');
        assertEquals("Sofía", utf16.get(0, "id"));
        assertFalse(utf16.get(0, "zwei").isEmpty());
    }

    @Test
    void aWindowsCodePageByteFarIntoTheFileReadsTheWholeFileAgainAsWindows1252() throws Exception {
        StringBuilder text = new StringBuilder("id,sex,age_days,weight_kg,lenhei_cm,measure,oedema\n");
        for (int i = 0; i < 30_000; i++) { // well past the first blocks of the parallel reader
            text.append("a").append(i).append(",1,400,9.5,75,NA,NA\n");
        }
        text.append("Jos\u00e9,2,500,9,74,,\n");
        Path input = dir.resolve("late.csv");
        Files.writeString(input, text, Charset.forName("windows-1252"));
        Path output = dir.resolve("late-out.csv");
        AnthroCsv.Summary summary = AnthroCsv.process(input, output, AnthroFiles.assessor(), AnthroCsv.Options.none());
        assertTrue(summary.windows1252(), summary.line());
        assertEquals(30_001, summary.rows());
        Table out = Table.read(output);
        assertEquals(30_001, out.rows().size());
        assertEquals("Jos\u00e9", out.get(30_000, "id"));
        assertEquals("", out.get(0, "reason"), "NA is missing, not an unknown word");
    }

    @Test
    void aColumnTwiceIsRefusedNamingBothPositions() throws Exception {
        Path input = dir.resolve("twice.csv");
        Files.writeString(input, "sex,age_days,weight_kg,WEIGHT_KG\n1,400,9,10\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnthroCsv.process(input,
                dir.resolve("o.csv"), AnthroFiles.assessor(), AnthroCsv.Options.none()));
        assertTrue(e.getMessage().contains("columns 3 and 4"), e.getMessage());
    }
}
