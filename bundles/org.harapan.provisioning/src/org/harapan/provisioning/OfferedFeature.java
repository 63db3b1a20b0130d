package org.harapan.provisioning;

import java.util.Optional;

/**
 * A regional feature of a p2 repository as this product sees it.
 *
 * @param id          the feature id, e.g. {@code org.harapan.feature.region.paser}
 * @param version     its version
 * @param name        its label, e.g. "Harapan regional rules: Kabupaten Paser (64.01)"
 * @param description the rule sets it brings, as its description says
 * @param installed   the version installed in this product, if any
 * @param refusal     why this product cannot take it (e.g. it needs a newer rules API), in the user's language
 */
public record OfferedFeature(String id, String version, String name, String description, Optional<String> installed,
		Optional<String> refusal) {

	/** The short name regional IT types: {@code paser} for {@code org.harapan.feature.region.paser}. */
	public String shortName() {
		return id.startsWith(RegionalFeatures.PREFIX) ? id.substring(RegionalFeatures.PREFIX.length()) : id;
	}

	public boolean installable() {
		return refusal.isEmpty();
	}
}
