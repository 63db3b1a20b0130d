package org.harapan.growth.who;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

import org.harapan.growth.who.internal.LmsTable;
import org.harapan.growth.who.internal.TableFiles;

/**
 * A set of WHO LMS tables, keyed by WHO's file name without extension (e.g. {@code weianthro},
 * {@code hfawho2007}). Sources: the defaults shipped in this bundle (converted from the npm package jsgrowup:
 * weight, length/height, BMI, head circumference, weight-for-length/height) and WHO's own published table files
 * imported by the user ({@code ./harapan reference import DIR}, {@code --reference DIR}).
 */
public final class ReferenceTables {

    /** WHO Child Growth Standards 2006 files (anthro R package, data-raw/growthstandards). */
    public static final List<String> WHO2006_FILES = List.of("weianthro", "lenanthro", "bmianthro", "hcanthro",
            "acanthro", "tsanthro", "ssanthro", "wflanthro", "wfhanthro");
    /** WHO Reference 2007 files (anthroplus R package). */
    public static final List<String> WHO2007_FILES = List.of("hfawho2007", "wfawho2007", "bfawho2007");

    /** WHO 2006 age-based tables are used to this day (igrowup); WHO's published daily files end at 1826. */
    static final double LAST_DAY_2006 = 1856;

    private static final String SHIPPED_ORIGIN = "jsgrowup 0.8.0 (WHO 2006 LMS by week/month/0.5 cm, interpolated)";
    private static volatile ReferenceTables shipped;

    private final Map<String, LmsTable> tables;
    private final String description;

    private ReferenceTables(Map<String, LmsTable> tables, String description) {
        this.tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        this.description = description;
    }

    /** System property naming a directory of imported WHO tables that the DS components use over the defaults. */
    public static final String DIRECTORY_PROPERTY = "harapan.reference.dir";

    /** System property naming the data folder (set by {@code ./harapan}); imported tables are in its {@code reference/}. */
    public static final String DATA_PROPERTY = "harapan.data";

    /**
     * The folder of imported tables the OSGi components read: the system property {@value #DIRECTORY_PROPERTY} when
     * set, else {@code reference/} in the data folder named by {@value #DATA_PROPERTY}; {@code null} when neither
     * is set.
     */
    public static Path importFolder() {
        String dir = System.getProperty(DIRECTORY_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir).toAbsolutePath();
        }
        String data = System.getProperty(DATA_PROPERTY);
        return data == null || data.isBlank() ? null : Path.of(data, "reference").toAbsolutePath();
    }

    /**
     * The tables the OSGi components use: the shipped defaults, overridden by the WHO files in the
     * {@link #importFolder() import folder} (the user's imported tables) when it exists.
     */
    public static ReferenceTables installed() {
        Path folder = importFolder();
        if (folder == null || !Files.isDirectory(folder)) {
            return shipped();
        }
        String dir = folder.toString();
        try {
            return shipped().overriddenBy(load(Path.of(dir)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read imported WHO tables in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** No tables. */
    public static ReferenceTables empty() {
        return new ReferenceTables(Map.of(), "none");
    }

    /** The default tables shipped in this bundle under {@code /tables/who2006/}, loaded once. */
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
        for (String name : WHO2006_FILES) {
            String resource = "/tables/who2006/" + name + ".lms";
            try (InputStream in = ReferenceTables.class.getResourceAsStream(resource)) {
                if (in == null) {
                    continue; // not shipped (arm circumference and skinfolds)
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    map.put(name, TableFiles.readCompact(name, reader, SHIPPED_ORIGIN));
                }
            } catch (IOException e) {
                throw new IllegalStateException("shipped table " + resource + " is unreadable", e);
            }
        }
        return new ReferenceTables(map, "shipped defaults: " + SHIPPED_ORIGIN);
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
                LmsTable table = TableFiles.readWho(e.getKey(), reader, "WHO file " + e.getValue());
                if (WHO2006_FILES.contains(e.getKey()) && table.step() == 1.0 && table.end() < LAST_DAY_2006) {
                    table = table.extendedTo(LAST_DAY_2006, "; days " + ((int) table.end() + 1) + "-"
                            + (int) LAST_DAY_2006 + " extrapolated (igrowup computes to 1856 days)");
                }
                map.put(e.getKey(), table);
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
