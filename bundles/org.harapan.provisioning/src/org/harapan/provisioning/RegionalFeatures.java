package org.harapan.provisioning;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.harapan.casework.Casework;

/**
 * Regional rule-set features of this installed product and of p2 repositories (a folder or its zip), through the
 * Equinox p2 API on the product's own profile: what a repository offers and whether this product can take it
 * (a feature whose bundles need a newer rules API is refused with the reason before p2 resolves anything), what is
 * installed, and install and uninstall as planned changes. An OSGi service (Declarative Services).
 */
public interface RegionalFeatures {

	/** The id prefix of regional features: {@code org.harapan.feature.region.}. */
	String PREFIX = "org.harapan.feature.region."; //$NON-NLS-1$

	/** The full id of a feature named by its short name ({@code paser}) or its id. */
	static String featureId(String idOrShortName) {
		return idOrShortName.contains(".") ? idOrShortName : PREFIX + idOrShortName; //$NON-NLS-1$
	}

	/** The regional features of the repository at {@code folderOrZip}, or why it is refused. */
	Inspection inspect(Path folderOrZip, IProgressMonitor monitor);

	/** The regional features installed in this product. */
	List<InstalledFeature> installed();

	/** The version of the rules API this product runs (the {@code org.harapan.rules} bundle). */
	String rulesApiVersion();

	/**
	 * Installing these features (ids) of an inspected repository, resolved against this product, by the user of the
	 * casework session {@code by}: refused with the reason (and the refusal audited) unless that user installs rule
	 * sets (regional IT, an administrator, the one user of a store without users). The outcome is audited in
	 * {@code by}'s store with that user, one row per feature (id and version, repository, done or failed: a change
	 * that cannot be resolved at once, a performed one when {@link PlannedChange#perform} ends). Keep {@code by} open
	 * until then.
	 */
	PlannedChange install(Casework by, Inspection repository, List<String> featureIds, IProgressMonitor monitor);

	/** Uninstalling these installed features (ids), resolved against this product; checked and audited as install. */
	PlannedChange uninstall(Casework by, List<String> featureIds, IProgressMonitor monitor);
}
