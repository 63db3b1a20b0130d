package org.harapan.growth.who.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.harapan.growth.who.ReferenceTables;
import org.harapan.growth.who.internal.LmsTable;
import org.harapan.growth.who.internal.TableCodec;
import org.harapan.growth.who.internal.TableFiles;
import org.junit.jupiter.api.Test;

/**
 * The built-in tables ({@code tables/NAME.lms}) hold WHO's published files unchanged: every row and every value
 * equals the original in {@code ../shared/reference/}, and the bundle holds exactly what {@link ConvertWhoTables}
 * makes of them.
 */
class BuiltInTablesTest {

    private static byte[] builtIn(String name) throws IOException {
        try (InputStream in = ReferenceTables.class.getResourceAsStream("/tables/" + name + ".lms")) {
            assertNotNull(in, "built-in table " + name);
            return in.readAllBytes();
        }
    }

    @Test
    void everyValueEqualsWhosFile() throws Exception {
        long values = 0;
        for (String name : ReferenceTables.ALL_FILES) {
            TableCodec.Decoded decoded = TableCodec.decode(new java.io.ByteArrayInputStream(builtIn(name)));
            TableFiles.Rows original;
            try (Reader reader = Files.newBufferedReader(ConvertWhoTables.original(SharedReference.dir(), name),
                    StandardCharsets.UTF_8)) {
                original = TableFiles.readRows(name, reader);
            }
            assertEquals(name, decoded.name());
            assertEquals(original.xName(), decoded.xName(), name);
            assertEquals(original.rows().size(), decoded.rows().length, name + ": rows");
            for (int r = 0; r < decoded.rows().length; r++) {
                String[] text = original.rows().get(r);
                double[] expected = new double[5];
                for (int c = 0; c < 5; c++) {
                    expected[c] = Double.parseDouble(text[c]);
                }
                assertArrayEquals(expected, decoded.rows()[r], 0.0, name + " line " + text[5]);
                values += 5;
            }
        }
        assertTrue(values > 100_000, values + " values");
    }

    @Test
    void theBundleHoldsWhatTheConverterMakes() throws Exception {
        Map<String, byte[]> converted = ConvertWhoTables.convert(SharedReference.dir());
        assertEquals(ReferenceTables.ALL_FILES, java.util.List.copyOf(converted.keySet()));
        for (Map.Entry<String, byte[]> e : converted.entrySet()) {
            assertArrayEquals(e.getValue(), builtIn(e.getKey()), e.getKey() + ".lms is out of date: rerun "
                    + ConvertWhoTables.class.getSimpleName());
        }
    }

    @Test
    void theTablesInUseAreTheBuiltInOnesOnTheirGrid() throws Exception {
        ReferenceTables shipped = ReferenceTables.shipped();
        assertEquals(ReferenceTables.ALL_FILES, java.util.List.copyOf(shipped.names()));
        LmsTable wei = shipped.table("weianthro");
        assertEquals(0, wei.start());
        assertEquals(1856, wei.end(), "continued to 1856 days for --age-limit 1856");
        assertEquals(18.2179, wei.m(1, 1826), "girls, day 1826, as in weianthro.txt");
        LmsTable wfh = shipped.table("wfhanthro");
        assertEquals(65, wfh.start(), 1e-9);
        assertEquals(120, wfh.end(), 1e-9);
        assertEquals(22.8173, wfh.m(1, wfh.index(120)));
        LmsTable hfa = shipped.table("hfawho2007");
        assertEquals(60, hfa.start());
        assertEquals(163.1548, hfa.m(1, hfa.index(229)));
        assertTrue(shipped.origin("acanthro").startsWith(ReferenceTables.BUILT_IN_ORIGIN));
    }
}
