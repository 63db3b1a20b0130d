package org.harapan.store.internal;

import java.nio.file.Path;

import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.io.TempDir;

/** A NIK prefix naming a kecamatan, on an embedded H2 file. */
class H2PrefixSearchTest extends PrefixSearchContractTest {

	@TempDir
	Path folder;

	@Override
	StoreLocation location() {
		return StoreLocation.embedded(folder.resolve("store").resolve("harapan")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
