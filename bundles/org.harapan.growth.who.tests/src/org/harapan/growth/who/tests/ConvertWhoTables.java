package org.harapan.growth.who.tests;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.harapan.growth.who.ReferenceTables;
import org.harapan.growth.who.internal.TableCodec;
import org.harapan.growth.who.internal.TableFiles;

/**
 * Development-time converter of WHO's published table files into the bundle's built-in tables
 * ({@code tables/NAME.lms}, see {@link TableCodec}). Run from the repository root after the bundles are compiled:
 *
 * <pre>
 * java -cp bundles/org.harapan.growth/target/classes:bundles/org.harapan.growth.who/target/classes:\
 *   bundles/org.harapan.growth.who.tests/target/classes \
 *   org.harapan.growth.who.tests.ConvertWhoTables ../shared/reference bundles/org.harapan.growth.who/tables
 * </pre>
 *
 * {@code BuiltInTablesTest} checks that the bundle holds exactly what this writes and every value equals WHO's.
 */
public final class ConvertWhoTables {

    private ConvertWhoTables() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ConvertWhoTables SHARED_REFERENCE_DIR OUTPUT_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> e : convert(Path.of(args[0])).entrySet()) {
            Path file = out.resolve(e.getKey() + ".lms");
            Files.write(file, e.getValue());
            System.out.println(file + ": " + e.getValue().length + " bytes");
        }
    }

    /** The built-in form of every WHO table file in {@code referenceDir} (who2006-daily/, who2007/), by name. */
    static Map<String, byte[]> convert(Path referenceDir) throws IOException {
        Map<String, byte[]> result = new LinkedHashMap<>();
        for (String name : ReferenceTables.ALL_FILES) {
            try (Reader reader = Files.newBufferedReader(original(referenceDir, name), StandardCharsets.UTF_8)) {
                result.put(name, TableCodec.encode(name, TableFiles.readRows(name, reader)));
            }
        }
        return result;
    }

    /** WHO's file of a table in the shared reference folder. */
    static Path original(Path referenceDir, String name) {
        String folder = ReferenceTables.WHO2006_FILES.contains(name) ? "who2006-daily" : "who2007";
        return referenceDir.resolve(folder).resolve(name + ".txt");
    }
}
