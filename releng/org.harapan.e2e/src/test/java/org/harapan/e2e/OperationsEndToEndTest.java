package org.harapan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The p2 operations path that Help &gt; Install Regional Rules… takes (the {@code RegionalFeatures} service), driven
 * through {@code ./harapan features --uninstall / --install} on a copy of the built product: the Paser feature goes
 * and comes back, with what changes listed, and the rules follow at the next command.
 */
class OperationsEndToEndTest {

	@TempDir
	Path data;

	@Test
	void uninstallAndInstallThroughTheOperationsTheWorkbenchUses() throws Exception {
		Path product = ProvisioningEndToEndTest.productCopy(data);
		Path bundles = Path.of("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		String built = Files.readString(Harapan.product().resolve(bundles));
		String builtConfig = Files.readString(Harapan.product().resolve("configuration/config.ini"));

		Harapan.Result uninstall = Harapan.runOn(product, data, "features", "--uninstall", "paser");
		assertEquals(0, uninstall.exitCode(), uninstall.err());
		assertTrue(uninstall.out().contains("remove org.harapan.feature.region.paser")
				&& uninstall.out().contains("remove org.harapan.rules.region.paser"), uninstall.out());
		assertTrue(!Files.readString(product.resolve(bundles)).contains("org.harapan.rules.region.paser"),
				"the copy changed (its profile pointed at where it is now)");
		Harapan.Result without = Harapan.runOn(product, data, "rules", "list");
		assertTrue(!without.out().contains("64.01") && without.out().contains("18.07"), without.out());

		Path repository = Harapan.root().resolve("releng/org.harapan.product/target/repository");
		Harapan.Result install = Harapan.runOn(product, data, "features", "--repository", repository.toString(),
				"--install", "paser");
		assertEquals(0, install.exitCode(), install.err());
		assertTrue(install.out().contains("add org.harapan.rules.region.paser"), install.out());
		Harapan.Result with = Harapan.runOn(product, data, "rules", "list");
		assertTrue(with.out().contains("64.01"), with.out());
		assertEquals(built, Files.readString(Harapan.product().resolve(bundles)), "the product it was copied from is as it was");
		assertEquals(builtConfig, Files.readString(Harapan.product().resolve("configuration/config.ini")));
		Harapan.Result again = Harapan.runOn(product, data, "features", "--uninstall", "nosuchregion");
		assertEquals(1, again.exitCode());
		assertTrue(again.err().contains("nothing changed") && again.err().contains("is not installed"), again.err());
	}
}
