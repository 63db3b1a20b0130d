package org.harapan.provisioning;

/** A regional feature installed in this product (a root of its p2 profile). */
public record InstalledFeature(String id, String version, String name, String description) {

	/** The short name regional IT types: {@code paser} for {@code org.harapan.feature.region.paser}. */
	public String shortName() {
		return id.startsWith(RegionalFeatures.PREFIX) ? id.substring(RegionalFeatures.PREFIX.length()) : id;
	}
}
