package org.harapan.casework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.harapan.growth.ReferenceFolder;
import org.harapan.store.Workplace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's imported reference tables live in {@code reference/} of the workplace's data folder. */
class ReferenceFolderComponentTest {

	@Test
	void theFolderIsInTheDataFolderOnceOneIsSet(@TempDir Path dir) throws Exception {
		Workplace workplace = Services.get(Workplace.class);
		ReferenceFolder reference = Services.get(ReferenceFolder.class);
		Optional<Path> before = workplace.dataFolder();
		try {
			workplace.setDataFolder(null);
			assertEquals(Optional.empty(), reference.folder());
			workplace.setDataFolder(dir);
			assertEquals(Optional.of(dir.toAbsolutePath().normalize().resolve("reference")), reference.folder()); //$NON-NLS-1$
		} finally {
			workplace.setDataFolder(before.orElse(null));
		}
	}
}
