package org.harapan.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.query.CollectionResult;
import org.junit.jupiter.api.Test;

/**
 * A regional feature is refused, with the versions in words, when one of its bundles needs a newer rules API than
 * the product's (by {@code Require-Bundle} or {@code Import-Package}); one built for an older 1.x API is accepted.
 */
class RulesApiCheckTest {

	private static final Version PRODUCT = Version.create("1.2.0.202611301200"); //$NON-NLS-1$

	private final RulesApiCheck check = new RulesApiCheck(PRODUCT, List.of("org.harapan.rules", "org.harapan.rules.internal"), //$NON-NLS-1$ //$NON-NLS-2$
			List.of(Version.create("1.2.0"), Version.create("1.2.0"))); //$NON-NLS-1$ //$NON-NLS-2$

	@Test
	void aBundleBuiltForAnOlderApiOfTheSameMajorVersionIsTaken() {
		assertEquals(Optional.empty(), refusal("osgi.bundle", "org.harapan.rules", "[1.0.0,2.0.0)")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(Optional.empty(), refusal("java.package", "org.harapan.rules", "[1.1,2)")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("1.2.0", check.version()); //$NON-NLS-1$
	}

	@Test
	void aBundleNeedingANewerApiIsRefusedWithTheVersions() {
		assertEquals(Optional.of("feature org.harapan.feature.region.x needs rules API >= 1.3.0, this product has 1.2.0"), //$NON-NLS-1$
				refusal("osgi.bundle", "org.harapan.rules", "[1.3.0,2.0.0)")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(Optional.of("feature org.harapan.feature.region.x needs rules API >= 2.0.0, this product has 1.2.0"), //$NON-NLS-1$
				refusal("java.package", "org.harapan.rules", "[2.0,3)")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void aBundleBuiltForAnOlderMajorVersionIsRefused() {
		Optional<String> refusal = refusal("osgi.bundle", "org.harapan.rules", "[0.1.0,1.0.0)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(refusal.orElse("").contains("was built for rules API [0.1.0,1.0.0), this product has 1.2.0"), refusal.toString()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void requirementsOnOtherBundlesAreNotTheChecksBusiness() {
		assertEquals(Optional.empty(), refusal("osgi.bundle", "org.harapan.model", "[9.0.0,10.0.0)")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void theBundlesOfTheCoreFeatureItRequiresAreNotItsOwn() {
		IInstallableUnit core = unit("org.harapan.feature.core.feature.group", MetadataFactory.createRequirement( //$NON-NLS-1$
				IInstallableUnit.NAMESPACE_IU_ID, "org.harapan.rules", VersionRange.create("[1.0.0.1,1.0.0.1]"), null, false, false)); //$NON-NLS-1$ //$NON-NLS-2$
		InstallableUnitDescription group = new InstallableUnitDescription();
		group.setId(core.getId());
		group.setVersion(core.getVersion());
		group.setProperty("org.eclipse.equinox.p2.type.group", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		group.setCapabilities(core.getProvidedCapabilities().toArray(IProvidedCapability[]::new));
		group.setRequirements(core.getRequirements().toArray(IRequirement[]::new));
		IInstallableUnit coreGroup = MetadataFactory.createInstallableUnit(group);
		IInstallableUnit feature = unit("org.harapan.feature.region.x.feature.group", MetadataFactory.createRequirement( //$NON-NLS-1$
				IInstallableUnit.NAMESPACE_IU_ID, coreGroup.getId(), VersionRange.create("0.1.0"), null, false, false)); //$NON-NLS-1$
		assertEquals(Optional.empty(), check.refusal(feature, new CollectionResult<>(List.of(feature, coreGroup))));
	}

	private Optional<String> refusal(String namespace, String name, String range) {
		IInstallableUnit bundle = unit("org.harapan.rules.region.x", //$NON-NLS-1$
				MetadataFactory.createRequirement(namespace, name, VersionRange.create(range), null, false, false));
		IInstallableUnit feature = unit("org.harapan.feature.region.x.feature.group", MetadataFactory.createRequirement( //$NON-NLS-1$
				IInstallableUnit.NAMESPACE_IU_ID, bundle.getId(), VersionRange.create("[1.0.0,1.0.0]"), null, false, false)); //$NON-NLS-1$
		return check.refusal(feature, new CollectionResult<>(List.of(feature, bundle)));
	}

	private static IInstallableUnit unit(String id, IRequirement requirement) {
		InstallableUnitDescription d = new InstallableUnitDescription();
		d.setId(id);
		d.setVersion(Version.create("1.0.0")); //$NON-NLS-1$
		d.setCapabilities(new IProvidedCapability[] {
				MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id, Version.create("1.0.0")) }); //$NON-NLS-1$
		d.setRequirements(new IRequirement[] { requirement });
		return MetadataFactory.createInstallableUnit(d);
	}
}
