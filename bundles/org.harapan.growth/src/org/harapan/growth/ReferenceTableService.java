package org.harapan.growth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The reference tables behind the registered {@link GrowthReference}s, as a service: which tables are in use
 * (built in, or the user's imported files of a newer WHO release), importing a user's table files into the data
 * folder, and assessors for one run (another table folder with {@code --reference DIR}, another
 * {@link AgeLimit} with {@code --age-limit}).
 */
public interface ReferenceTableService {

    /**
     * One table file a reference reads.
     *
     * @param reference the reference id ("who2006", "who2007")
     * @param name the table's file name without extension, e.g. {@code weianthro}
     * @param indicators what the table is for, e.g. "weight-for-age"
     * @param origin where the figures in use come from; {@code null} when the table is not installed
     * @param imported whether the table in use was imported by the user (else shipped)
     */
    record Table(String reference, String name, String indicators, String origin, boolean imported) {

        public boolean installed() {
            return origin != null;
        }

        /** The file name the user imports, e.g. {@code weianthro.txt}. */
        public String fileName() {
            return name + ".txt";
        }
    }

    /**
     * What an import did.
     *
     * @param folder where imported tables are kept
     * @param imported file names copied (validated)
     * @param rejected file names found but invalid, each with the reason ("weianthro.txt: line 7: ...")
     * @param missing file names of tables still neither imported nor shipped
     */
    record ImportReport(Path folder, List<String> imported, List<String> rejected, List<String> missing) {

        public ImportReport {
            imported = List.copyOf(imported);
            rejected = List.copyOf(rejected);
            missing = List.copyOf(missing);
        }
    }

    /** Every table the references know, in use or not. */
    List<Table> tables();

    /**
     * The folder of the user's imported tables ({@link ReferenceFolder}, in the data folder), whether or not it exists
     * yet; empty when no data folder is known (then only the built-in tables are used).
     */
    Optional<Path> importFolder();

    /**
     * Finds the reference's table files in {@code dir} and its subfolders by their published file names, validates
     * them and copies the valid ones into {@link #importFolder()}; the registered references use them from now on.
     *
     * @throws IOException when {@code dir} is not a readable folder, there is no import folder or the copy fails
     */
    ImportReport importFrom(Path dir) throws IOException;

    /**
     * An assessor whose references read the tables in {@code dir} (and its subfolders) over the tables in use, for
     * one run; the registered services are not changed.
     *
     * @throws IOException when {@code dir} holds no valid table file
     */
    default GrowthAssessor assessorWith(Path dir) throws IOException {
        return assessor(dir, AgeLimit.UNDER_60_MONTHS);
    }

    /**
     * An assessor for one run: over the tables in {@code dir} (and its subfolders) on top of the tables in use, or
     * over the tables in use when {@code dir} is {@code null}, with the given hand-over age between the WHO 2006
     * standards and the WHO 2007 reference. The registered services are not changed.
     *
     * @throws IOException when {@code dir} is given and holds no valid table file
     */
    GrowthAssessor assessor(Path dir, AgeLimit ageLimit) throws IOException;
}
