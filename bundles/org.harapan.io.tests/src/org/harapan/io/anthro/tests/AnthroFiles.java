package org.harapan.io.anthro.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.ReferenceTableService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** Test helpers: the shared reference folder, CSV files as tables, the growth services. */
final class AnthroFiles {

    private AnthroFiles() {
    }

    /** {@code shared/reference}, from the system property {@code harapan.shared}. */
    static Path reference() {
        String shared = System.getProperty("harapan.shared");
        Path dir = shared == null ? Path.of("../../../shared") : Path.of(shared);
        return dir.resolve("reference").toAbsolutePath().normalize();
    }

    /** A CSV file as header and rows. */
    record Table(List<String> header, List<List<String>> rows) {

        static Table read(Path file) throws IOException {
            return read(file, ',');
        }

        static Table read(Path file, char separator) throws IOException {
            try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).ofCsvRecord(file,
                    StandardCharsets.UTF_8)) {
                List<List<String>> all = new ArrayList<>();
                for (CsvRecord r : reader) {
                    all.add(r.getFields());
                }
                return new Table(all.get(0), all.subList(1, all.size()));
            }
        }

        int column(String name) {
            int i = header.indexOf(name);
            if (i < 0) {
                throw new AssertionError("no column " + name + " in " + header);
            }
            return i;
        }

        String get(int row, String column) {
            List<String> r = rows.get(row);
            int i = column(column);
            return i < r.size() ? r.get(i) : "";
        }

        Map<String, Integer> byId(String idColumn) {
            Map<String, Integer> map = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                map.put(get(i, idColumn), i);
            }
            return map;
        }
    }

    /**
     * Converts WHO's igrowup survey file to the anthro input columns (id, region, sex, age_days, weight_kg,
     * lenhei_cm, measure, oedema, headc_cm, muac_cm, triskin, subskin).
     */
    static Path igrowupInput(Path dir) throws IOException {
        Table who = Table.read(reference().resolve("testdata/who2006_igrowup_survey_z_rc.csv"));
        StringBuilder out = new StringBuilder(
                "id,region,sex,age_days,weight_kg,lenhei_cm,measure,oedema,headc_cm,muac_cm,triskin,subskin\n");
        String[] from = {"id", "region", "GENDER", "_agedays", "WEIGHT", "HEIGHT", "measure", "oedema", "HEAD", "MUAC",
            "TRI", "SUB"};
        for (int i = 0; i < who.rows().size(); i++) {
            for (int k = 0; k < from.length; k++) {
                out.append(k == 0 ? "" : ",").append(who.get(i, from[k]));
            }
            out.append('\n');
        }
        Path file = dir.resolve("igrowup-input.csv");
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return file;
    }

    /** The registered service of the given type, waiting up to 10 s for SCR. */
    static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(AnthroFiles.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        if (service == null) {
            throw new AssertionError(type.getName() + " is not registered");
        }
        return service;
    }

    static GrowthAssessor assessor() throws InterruptedException {
        return service(GrowthAssessor.class);
    }

    static ReferenceTableService tables() throws InterruptedException {
        return service(ReferenceTableService.class);
    }

    static double num(String s) {
        return s == null || s.isBlank() || s.equals("NA") ? Double.NaN : Double.parseDouble(s.trim());
    }
}
