package org.harapan.curriculum.tests;

import java.nio.file.Path;

import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.io.TempDir;

/** The document contract on embedded H2 files. */
class H2DocumentsTest extends DocumentsContractTest {

	@TempDir
	Path folder;

	@Override
	StoreLocation location(int n) {
		return StoreLocation.embedded(folder.resolve("store" + n).resolve("harapan")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
