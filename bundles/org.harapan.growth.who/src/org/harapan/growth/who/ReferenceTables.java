package org.harapan.growth.who;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.harapan.growth.ReferenceFolder;
import org.harapan.growth.who.internal.LmsTable;
import org.harapan.growth.who.internal.TableCodec;
import org.harapan.growth.who.internal.TableFiles;

/**
 * A set of WHO LMS tables, keyed by WHO's file name without extension (e.g. {@code weianthro},
 * {@code hfawho2007}). Sources: the tables built into this bundle (WHO's published files, converted at development
 * time without change of any value into {@code tables/NAME.lms}, see {@link TableCodec}) and WHO table files
 * imported by the user from a newer release ({@code ./harapan reference import DIR}, {@code --reference DIR}).
 */
public final class ReferenceTables {

    /** WHO Child Growth Standards 2006 files (anthro R package, data-raw/growthstandards). */
    public static final List<String> WHO2006_FILES = List.of("weianthro", "lenanthro", "bmianthro", "hcanthro",
            "acanthro", "tsanthro", "ssanthro", "wflanthro", "wfhanthro");
    /** WHO Reference 2007 files (anthroplus R package). */
    public static final List<String> WHO2007_FILES = List.of("hfawho2007", "wfawho2007", "bfawho2007");

    /** Every table name, WHO 2006 first. */
    public static final List<String> ALL_FILES = Stream.concat(WHO2006_FILES.stream(), WHO2007_FILES.stream())
            .toList();

    /**
     * igrowup computes the 2006 age-based indicators to 1856 days ({@code --age-limit 1856}); WHO's published daily
     * files end at 1826, so they are continued smoothly to this day (below 60 months only days to 1826 are used).
     */
    static final double LAST_DAY_2006 = 1856;

    /** Where the built-in figures come from. */
    public static final String BUILT_IN_ORIGIN = "built in: WHO's published table, converted unchanged";

    private static volatile ReferenceTables shipped;

    private final Map<String, LmsTable> tables;
    private final String description;

    private ReferenceTables(Map<String, LmsTable> tables, String description) {
        this.tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        this.description = description;
    }

    /**
     * The tables in use: the built-in tables, overridden by the WHO files in {@code importFolder} (the user's
     * imported tables, see {@link ReferenceFolder}) when it exists.
     *
     * @param importFolder the folder of imported tables; {@code null}: the built-in tables only
     */
    public static ReferenceTables installed(Path importFolder) {
        if (importFolder == null || !Files.isDirectory(importFolder)) {
            return shipped();
        }
        try {
            return shipped().overriddenBy(load(importFolder));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read imported WHO tables in " + importFolder + ": "
                    + e.getMessage(), e);
        }
    }

    /** The folder of a {@link ReferenceFolder} service, {@code null} without the service or a known folder. */
    static Path folder(ReferenceFolder service) {
        return service == null ? null : service.folder().map(Path::toAbsolutePath).orElse(null);
    }

    /** No tables. */
    public static ReferenceTables empty() {
        return new ReferenceTables(Map.of(), "none");
    }

    /** The tables built into this bundle ({@code /tables/NAME.lms}), loaded once; they never change. */
    public static ReferenceTables shipped() {
        ReferenceTables result = shipped;
        if (result == null) {
            synchronized (ReferenceTables.class) {
                result = shipped;
                if (result == null) {
                    result = loadShipped();
                    shipped = result;
                }
            }
        }
        return result;
    }

    private static ReferenceTables loadShipped() {
        Map<String, LmsTable> map = new LinkedHashMap<>();
        for (String name : ALL_FILES) {
            String resource = "/tables/" + name + ".lms";
            try (InputStream in = ReferenceTables.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in table " + resource + " is missing from the bundle");
                }
                map.put(name, extended(name, TableCodec.read(new BufferedInputStream(in), BUILT_IN_ORIGIN)));
            } catch (IOException e) {
                throw new IllegalStateException("built-in table " + resource + " is unreadable", e);
            }
        }
        return new ReferenceTables(map, "built in (WHO's published tables)");
    }

    /** A WHO 2006 daily table continued to {@link #LAST_DAY_2006} for {@code --age-limit 1856}. */
    private static LmsTable extended(String name, LmsTable table) {
        if (WHO2006_FILES.contains(name) && table.step() == 1.0 && table.end() < LAST_DAY_2006) {
            return table.extendedTo(LAST_DAY_2006, "; days " + ((int) table.end() + 1) + "-" + (int) LAST_DAY_2006
                    + " continued smoothly for --age-limit 1856 (igrowup)");
        }
        return table;
    }

    /**
     * Finds WHO table files in a directory and its subfolders by their WHO file names
     * ({@code weianthro.txt}, ..., {@code hfawho2007.txt}, case-insensitive); the first found per name wins.
     */
    public static Map<String, Path> find(Path dir) throws IOException {
        Map<String, Path> found = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a directory: " + dir);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).sorted().forEach(p -> {
                String file = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (file.endsWith(".txt")) {
                    String name = file.substring(0, file.length() - 4);
                    if (WHO2006_FILES.contains(name) || WHO2007_FILES.contains(name)) {
                        found.putIfAbsent(name, p);
                    }
                }
            });
        }
        return found;
    }

    /** Loads the WHO table files found in {@code dir} (see {@link #find(Path)}). */
    public static ReferenceTables load(Path dir) throws IOException {
        Map<String, LmsTable> map = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : find(dir).entrySet()) {
            try (Reader reader = Files.newBufferedReader(e.getValue(), StandardCharsets.UTF_8)) {
                map.put(e.getKey(), extended(e.getKey(), TableFiles.readWho(e.getKey(), reader,
                        "WHO file " + e.getValue())));
            }
        }
        return new ReferenceTables(map, "imported from " + dir);
    }

    /** These tables with every table present in {@code overrides} replaced by that one. */
    public ReferenceTables overriddenBy(ReferenceTables overrides) {
        Map<String, LmsTable> map = new LinkedHashMap<>(tables);
        map.putAll(overrides.tables);
        return new ReferenceTables(map, overrides.description + "; otherwise " + description);
    }

    public boolean has(String name) {
        return tables.containsKey(name);
    }

    public Set<String> names() {
        return tables.keySet();
    }

    public String description() {
        return description;
    }

    /** Where a table's figures come from, or {@code null} if absent. */
    public String origin(String name) {
        LmsTable t = tables.get(name);
        return t == null ? null : t.origin();
    }

    /** Internal: the table itself (type from an x-internal package). */
    public LmsTable table(String name) {
        return tables.get(name);
    }
}
