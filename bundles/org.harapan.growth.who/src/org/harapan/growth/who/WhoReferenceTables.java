package org.harapan.growth.who;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.harapan.growth.AgeLimit;
import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.ReferenceFolder;
import org.harapan.growth.ReferenceTableService;
import org.harapan.growth.who.internal.LmsTable;
import org.harapan.growth.who.internal.TableFiles;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The WHO tables as a service: status (every table is built in), import of a newer WHO release's files into the
 * {@link ReferenceFolder} (the data folder's {@code reference/}; without that service only the built-in tables are
 * used and nothing can be imported), after which the {@link Who2006Standards} and {@link Who2007Reference}
 * components are restarted so that they read them, and one-run assessors over a folder of WHO files.
 */
@Component(service = ReferenceTableService.class)
public final class WhoReferenceTables implements ReferenceTableService {

    /** Table name → {reference id, indicators, first x, last x that must be present}. */
    private static final Map<String, Object[]> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("weianthro", new Object[] {"who2006", "weight-for-age 0-60 months", 0.0, 1826.0});
        TABLES.put("lenanthro", new Object[] {"who2006", "length/height-for-age 0-60 months", 0.0, 1826.0});
        TABLES.put("wflanthro", new Object[] {"who2006", "weight-for-length 45-110 cm", 45.0, 110.0});
        TABLES.put("wfhanthro", new Object[] {"who2006", "weight-for-height 65-120 cm", 65.0, 120.0});
        TABLES.put("bmianthro", new Object[] {"who2006", "BMI-for-age 0-60 months", 0.0, 1826.0});
        TABLES.put("hcanthro", new Object[] {"who2006", "head circumference-for-age 0-60 months", 0.0, 1826.0});
        TABLES.put("acanthro", new Object[] {"who2006", "arm circumference-for-age 3-60 months", 91.0, 1826.0});
        TABLES.put("tsanthro", new Object[] {"who2006", "triceps skinfold-for-age 3-60 months", 91.0, 1826.0});
        TABLES.put("ssanthro", new Object[] {"who2006", "subscapular skinfold-for-age 3-60 months", 91.0, 1826.0});
        TABLES.put("hfawho2007", new Object[] {"who2007", "height-for-age 60-228 months", 60.0, 228.0});
        TABLES.put("wfawho2007", new Object[] {"who2007", "weight-for-age 60-120 months", 60.0, 120.0});
        TABLES.put("bfawho2007", new Object[] {"who2007", "BMI-for-age 60-228 months", 60.0, 228.0});
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ReferenceFolder referenceFolder;

    private ComponentContext context;

    /** OSGi: the folder arrives as a service. */
    public WhoReferenceTables() {
    }

    /** Plain Java and tests: the tables over {@code folder} ({@code null}: the built-in tables only). */
    public WhoReferenceTables(ReferenceFolder folder) {
        this.referenceFolder = folder;
    }

    @Activate
    void activate(ComponentContext componentContext) {
        this.context = componentContext;
    }

    @Override
    public Optional<Path> importFolder() {
        return Optional.ofNullable(ReferenceTables.folder(referenceFolder));
    }

    @Override
    public List<Table> tables() {
        Path folder = importFolder().orElse(null);
        ReferenceTables inUse = ReferenceTables.installed(folder);
        List<Table> out = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : TABLES.entrySet()) {
            String name = e.getKey();
            boolean imported = folder != null && Files.isRegularFile(folder.resolve(name + ".txt")) && inUse.has(name);
            out.add(new Table((String) e.getValue()[0], name, (String) e.getValue()[1], inUse.origin(name),
                    imported));
        }
        return out;
    }

    @Override
    public ImportReport importFrom(Path dir) throws IOException {
        Map<String, Path> found = ReferenceTables.find(dir);
        Path folder = importFolder().orElseThrow(() -> new IOException(
                "no data folder to import into: the reference folder service is missing or knows no data folder"));
        List<String> imported = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (Map.Entry<String, Path> e : found.entrySet()) {
            String problem = validate(e.getKey(), e.getValue());
            if (problem != null) {
                rejected.add(e.getKey() + ".txt (" + e.getValue() + "): " + problem);
                continue;
            }
            Files.createDirectories(folder);
            Path target = folder.resolve(e.getKey() + ".txt");
            Path temp = Files.createTempFile(folder, e.getKey(), ".part");
            Files.copy(e.getValue(), temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            imported.add(e.getKey() + ".txt");
        }
        List<String> missing = new ArrayList<>();
        for (String name : TABLES.keySet()) {
            if (!Files.isRegularFile(folder.resolve(name + ".txt"))) {
                missing.add(name + ".txt");
            }
        }
        if (!imported.isEmpty()) {
            restartReferences();
        }
        return new ImportReport(folder, imported, rejected, missing);
    }

    @Override
    public GrowthAssessor assessor(Path dir, AgeLimit ageLimit) throws IOException {
        if (dir == null) {
            return ReferenceAssessor.who(installed(), ageLimit);
        }
        Map<String, Path> found = ReferenceTables.find(dir);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Path> e : found.entrySet()) {
            String problem = validate(e.getKey(), e.getValue());
            if (problem != null) {
                problems.add(e.getValue() + ": " + problem);
            }
        }
        if (found.isEmpty()) {
            throw new IOException("no WHO table file (weianthro.txt, ..., hfawho2007.txt) in " + dir);
        }
        if (!problems.isEmpty()) {
            throw new IOException("invalid WHO table files: " + String.join("; ", problems));
        }
        return ReferenceAssessor.who(installed().overriddenBy(ReferenceTables.load(dir)), ageLimit);
    }

    /** The tables the registered references use: built in, overridden by the imported ones. */
    private ReferenceTables installed() {
        return ReferenceTables.installed(importFolder().orElse(null));
    }

    /** Checks a WHO file: readable header and rows, both sexes over the whole range, M and S positive. */
    static String validate(String name, Path file) {
        Object[] spec = TABLES.get(name);
        LmsTable table;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            table = TableFiles.readWho(name, reader, file.toString());
        } catch (IOException | RuntimeException e) {
            return e.getMessage();
        }
        double from = (Double) spec[2];
        double to = (Double) spec[3];
        if (table.start() > from + 1e-9 || table.end() < to - 1e-9) {
            return String.format("covers %s-%s, WHO's table covers %s-%s", fmt(table.start()), fmt(table.end()),
                    fmt(from), fmt(to));
        }
        for (int g = 0; g < 2; g++) {
            for (int i = table.index(from); i <= table.index(to); i++) {
                if (!table.has(g, i) || !(table.m(g, i) > 0) || !(table.s(g, i) > 0)
                        || !Double.isFinite(table.l(g, i))) {
                    return "no valid L, M, S for sex " + (g + 1) + " at " + fmt(table.start() + i * table.step());
                }
            }
        }
        return null;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Makes SCR recreate the reference components, which read the installed tables when constructed. */
    private void restartReferences() {
        if (context == null) {
            return;
        }
        for (String component : new String[] {Who2006Standards.class.getName(), Who2007Reference.class.getName()}) {
            context.disableComponent(component);
            context.enableComponent(component);
        }
    }
}
