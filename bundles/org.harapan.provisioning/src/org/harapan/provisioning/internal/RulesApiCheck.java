package org.harapan.provisioning.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Whether the bundles of a feature can run on this product's rules API: each requirement of a bundle of the feature
 * on the rules bundle or one of its packages ({@code Require-Bundle} or {@code Import-Package} range, as the
 * repository's metadata holds it) must accept the rules API this product runs. A bundle built for an older 1.x API
 * is accepted by its range {@code [1.0,2)}; one that needs {@code [1.3,2)} is refused on a 1.2 product, before p2
 * resolves anything, with the reason in words.
 */
public final class RulesApiCheck {

	/** The symbolic name of the rules API bundle. */
	public static final String RULES_BUNDLE = "org.harapan.rules"; //$NON-NLS-1$

	private final IInstallableUnit rulesApi;
	private final Set<String> names = new HashSet<>();

	/** The check against a rules API with this bundle version exporting these packages at these versions. */
	public RulesApiCheck(Version bundleVersion, List<String> packages, List<Version> packageVersions) {
		InstallableUnitDescription d = new InstallableUnitDescription();
		d.setId(RULES_BUNDLE);
		d.setVersion(bundleVersion);
		List<IProvidedCapability> provided = new ArrayList<>();
		provided.add(MetadataFactory.createProvidedCapability("osgi.bundle", RULES_BUNDLE, bundleVersion)); //$NON-NLS-1$
		names.add(RULES_BUNDLE);
		for (int i = 0; i < packages.size(); i++) {
			provided.add(MetadataFactory.createProvidedCapability("java.package", packages.get(i), packageVersions.get(i))); //$NON-NLS-1$
			names.add(packages.get(i));
		}
		d.setCapabilities(provided.toArray(IProvidedCapability[]::new));
		rulesApi = MetadataFactory.createInstallableUnit(d);
	}

	/** The check against the rules API bundle running in this framework. */
	public static RulesApiCheck of(Bundle rules) {
		List<String> packages = new ArrayList<>();
		List<Version> versions = new ArrayList<>();
		BundleWiring wiring = rules.adapt(BundleWiring.class);
		if (wiring != null) {
			for (BundleCapability c : wiring.getCapabilities("osgi.wiring.package")) { //$NON-NLS-1$
				packages.add((String) c.getAttributes().get("osgi.wiring.package")); //$NON-NLS-1$
				versions.add(Version.create(c.getAttributes().get("version").toString())); //$NON-NLS-1$
			}
		}
		return new RulesApiCheck(Version.create(rules.getVersion().toString()), packages, versions);
	}

	/** The rules API version in words: major.minor.micro. */
	public String version() {
		return plain(rulesApi.getVersion());
	}

	/**
	 * Why {@code feature} cannot run here, or empty when it can: the first requirement of one of its bundles (found
	 * in {@code repository}) on the rules API that this rules API does not satisfy.
	 */
	public Optional<String> refusal(IInstallableUnit feature, IQueryable<IInstallableUnit> repository) {
		for (IRequirement included : feature.getRequirements()) {
			for (IInstallableUnit unit : repository.query(QueryUtil.createMatchQuery(included.getMatches()), null)) {
				if (QueryUtil.isGroup(unit)) {
					continue; // a feature it requires (the core): already installed, its bundles are the product's
				}
				for (IRequirement requirement : unit.getRequirements()) {
					if (onRulesApi(requirement) && !requirement.isMatch(rulesApi)) {
						return Optional.of(reason(ProductProvisioning.featureId(feature), versions(requirement)));
					}
				}
			}
		}
		return Optional.empty();
	}

	private String reason(String feature, List<Version> bounds) {
		if (!bounds.isEmpty() && bounds.get(0).compareTo(rulesApi.getVersion()) > 0) {
			return NLS.bind(Messages.RulesApi_NeedsNewer, new Object[] { feature, plain(bounds.get(0)), version() });
		}
		String range = bounds.size() < 2 ? bounds.toString() : "[" + plain(bounds.get(0)) + "," + plain(bounds.get(1)) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return NLS.bind(Messages.RulesApi_NeedsOlder, new Object[] { feature, range, version() });
	}

	/** A {@code Require-Bundle} of the rules bundle or an {@code Import-Package} of one of its packages. */
	private boolean onRulesApi(IRequirement requirement) {
		List<Object> parameters = List.of(requirement.getMatches().getParameters());
		return (parameters.contains("osgi.bundle") || parameters.contains("java.package")) //$NON-NLS-1$ //$NON-NLS-2$
				&& parameters.stream().anyMatch(p -> p instanceof String s && names.contains(s));
	}

	/** The bounds of the requirement's range as its match expression holds them: minimum, then maximum if any. */
	private static List<Version> versions(IRequirement requirement) {
		List<Version> bounds = new ArrayList<>();
		for (Object parameter : requirement.getMatches().getParameters()) {
			if (parameter instanceof VersionRange r) {
				bounds.add(r.getMinimum());
				bounds.add(r.getMaximum());
			} else if (parameter instanceof Version v) {
				bounds.add(v);
			}
		}
		return bounds;
	}

	private static String plain(Version version) {
		org.osgi.framework.Version v = org.osgi.framework.Version.parseVersion(version.toString());
		return v.getMajor() + "." + v.getMinor() + "." + v.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
