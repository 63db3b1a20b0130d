package org.harapan.growth.who.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.harapan.growth.ReferenceFolder;
import org.harapan.growth.ReferenceTableService;
import org.harapan.growth.ReferenceTableService.ImportReport;
import org.harapan.growth.who.ReferenceTables;
import org.harapan.growth.who.Who2006Standards;
import org.harapan.growth.who.Who2007Reference;
import org.harapan.growth.who.WhoReferenceTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import folder comes from the {@link ReferenceFolder} service; without it only the built-in tables are used. */
class ReferenceFolderTest {

    @Test
    void withoutAFolderOnlyTheBuiltInTablesAreUsed() {
        assertTrue(ReferenceTables.installed(null).description().startsWith("built in"));
        assertTrue(new Who2006Standards((ReferenceFolder) null).title().contains("tables: built in"));
        assertTrue(new Who2007Reference(Optional::empty).title().contains("tables: built in"));
        WhoReferenceTables tables = new WhoReferenceTables(null);
        assertEquals(Optional.empty(), tables.importFolder());
        assertTrue(tables.tables().stream().allMatch(t -> t.installed() && !t.imported()));
        IOException e = assertThrows(IOException.class, () -> tables.importFrom(SharedReference.dir()));
        assertTrue(e.getMessage().contains("no data folder"), e.getMessage());
    }

    @Test
    void tablesInTheFolderReplaceTheBuiltInOnes() {
        Path who2007 = SharedReference.dir().resolve("who2007");
        ReferenceFolder folder = () -> Optional.of(who2007);
        assertTrue(new Who2007Reference(folder).title().contains("imported from " + who2007.toAbsolutePath()));
        assertTrue(new Who2006Standards(folder).title().contains("otherwise built in"), "2006 tables still built in");
    }

    @Test
    void anImportGoesIntoTheFolderAndReplacesTheBuiltInTables(@TempDir Path data) throws Exception {
        Path reference = data.resolve("reference");
        ReferenceTableService tables = new WhoReferenceTables(() -> Optional.of(reference));
        assertEquals(Optional.of(reference.toAbsolutePath()), tables.importFolder());
        assertFalse(Files.exists(reference));
        ImportReport report = tables.importFrom(SharedReference.dir().resolve("who2007"));
        assertEquals(List.of("bfawho2007.txt", "hfawho2007.txt", "wfawho2007.txt"), report.imported());
        assertTrue(Files.isRegularFile(reference.resolve("hfawho2007.txt")));
        for (ReferenceTableService.Table table : tables.tables()) {
            assertEquals(table.reference().equals("who2007"), table.imported(), table.name());
        }
    }
}
