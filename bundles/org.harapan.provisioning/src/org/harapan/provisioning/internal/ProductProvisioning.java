package org.harapan.provisioning.internal;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.harapan.casework.Casework;
import org.harapan.provisioning.InstalledFeature;
import org.harapan.provisioning.Inspection;
import org.harapan.provisioning.OfferedFeature;
import org.harapan.provisioning.PlannedChange;
import org.harapan.provisioning.RegionalFeatures;
import org.harapan.store.AuditEvent;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link RegionalFeatures} of the installed product this framework runs from: a p2 agent on the product's
 * {@code p2} folder (beside {@code plugins/}) and its profile {@value #PROFILE}, the one the {@code harapan} script's
 * director uses too.
 */
@Component(service = RegionalFeatures.class)
public final class ProductProvisioning implements RegionalFeatures {

	/** The p2 profile of the product. */
	public static final String PROFILE = "DefaultProfile"; //$NON-NLS-1$

	@Reference(target = "(type=osgi.install.area)")
	private Location installArea;

	private BundleContext context;
	private IProvisioningAgent agent;

	@Activate
	void activate(BundleContext bundleContext) {
		context = bundleContext;
	}

	@Deactivate
	synchronized void deactivate() {
		if (agent != null) {
			agent.stop();
			agent = null;
		}
	}

	synchronized IProvisioningAgent agent() throws ProvisionException {
		if (agent == null) {
			try {
				// looked up when first needed: loading its class starts the (lazily activated) p2 core, which registers it
				ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
				if (reference == null) {
					throw new ProvisionException(Status.error("No p2 agent provider (org.eclipse.equinox.p2.core) is running")); //$NON-NLS-1$
				}
				agent = context.getService(reference).createAgent(URIUtil.toURI(installArea.getURL()).resolve("p2/")); //$NON-NLS-1$
			} catch (URISyntaxException e) {
				throw new ProvisionException(Status.error(e.getMessage(), e));
			}
		}
		return agent;
	}

	Optional<IProfile> profile() {
		try {
			return Optional.ofNullable(agent().getService(IProfileRegistry.class).getProfile(PROFILE));
		} catch (ProvisionException e) {
			return Optional.empty();
		}
	}

	RulesApiCheck rulesApi() {
		for (Bundle b : context.getBundles()) {
			if (RulesApiCheck.RULES_BUNDLE.equals(b.getSymbolicName())) {
				return RulesApiCheck.of(b);
			}
		}
		return new RulesApiCheck(org.eclipse.equinox.p2.metadata.Version.emptyVersion, List.of(), List.of());
	}

	@Override
	public String rulesApiVersion() {
		return rulesApi().version();
	}

	@Override
	public Inspection inspect(Path folderOrZip, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Repository_Inspecting, folderOrZip), 10);
		URI location;
		if (!Files.exists(folderOrZip)) {
			return Inspection.refused(folderOrZip.toUri(), NLS.bind(Messages.Repository_Missing, folderOrZip));
		} else if (Files.isDirectory(folderOrZip)) {
			location = folderOrZip.toAbsolutePath().toUri();
		} else if (folderOrZip.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) { //$NON-NLS-1$
			location = URI.create("jar:" + folderOrZip.toAbsolutePath().toUri() + "!/"); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			return Inspection.refused(folderOrZip.toUri(), NLS.bind(Messages.Repository_NotFolderOrZip, folderOrZip));
		}
		IMetadataRepository repository;
		try {
			repository = load(location, progress.split(8));
		} catch (ProvisionException e) {
			return Inspection.refused(location, NLS.bind(Messages.Repository_NotRepository, folderOrZip, e.getStatus().getMessage()));
		}
		RulesApiCheck check = rulesApi();
		IQueryable<IInstallableUnit> profile = profile().map(p -> (IQueryable<IInstallableUnit>) p).orElse(null);
		List<OfferedFeature> features = new ArrayList<>();
		for (IInstallableUnit iu : repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), progress.split(2))) {
			String id = featureId(iu);
			if (id.startsWith(PREFIX)) {
				Optional<String> installed = profile == null ? Optional.empty()
						: profile.query(QueryUtil.createIUQuery(iu.getId()), null).stream().findFirst().map(u -> u.getVersion().toString());
				features.add(new OfferedFeature(id, iu.getVersion().toString(), iu.getProperty(IInstallableUnit.PROP_NAME, null),
						iu.getProperty(IInstallableUnit.PROP_DESCRIPTION, null), installed, check.refusal(iu, repository)));
			}
		}
		features.sort(java.util.Comparator.comparing(OfferedFeature::id));
		return new Inspection(location, features, Optional.empty());
	}

	/** Loads a metadata repository, leaving the product's list of known repositories as it was. */
	IMetadataRepository load(URI location, IProgressMonitor monitor) throws ProvisionException {
		IMetadataRepositoryManager manager = agent().getService(IMetadataRepositoryManager.class);
		boolean known = manager.contains(location);
		try {
			return manager.loadRepository(location, monitor);
		} finally {
			if (!known) {
				manager.removeRepository(location);
			}
		}
	}

	static String featureId(IInstallableUnit group) {
		return group.getId().endsWith(".feature.group") //$NON-NLS-1$
				? group.getId().substring(0, group.getId().length() - ".feature.group".length()) //$NON-NLS-1$
				: group.getId();
	}

	@Override
	public List<InstalledFeature> installed() {
		return profile().map(p -> p.query(QueryUtil.createIUGroupQuery(), null).stream().filter(iu -> featureId(iu).startsWith(PREFIX))
				.map(iu -> new InstalledFeature(featureId(iu), iu.getVersion().toString(), iu.getProperty(IInstallableUnit.PROP_NAME, null),
						iu.getProperty(IInstallableUnit.PROP_DESCRIPTION, null)))
				.sorted(java.util.Comparator.comparing(InstalledFeature::id)).toList()).orElse(List.of());
	}

	/** The product's profile, its install folder first pointed at where the product is now ({@link RoamingProfile}). */
	private Optional<IProfile> movedProfile(IProgressMonitor monitor) throws ProvisionException {
		Optional<IProfile> profile = profile();
		if (profile.isEmpty()) {
			return profile;
		}
		File folder;
		try {
			folder = URIUtil.toFile(URIUtil.toURI(installArea.getURL())); // the URL of a folder with spaces is not encoded
		} catch (URISyntaxException | IllegalArgumentException e) {
			throw new ProvisionException(Status.error(e.getMessage(), e));
		}
		IStatus moved = RoamingProfile.moveTo(agent(), profile.get(), folder, monitor);
		if (moved.getSeverity() == IStatus.ERROR) {
			throw new ProvisionException(moved);
		}
		return profile();
	}

	@Override
	public PlannedChange install(Casework by, Inspection repository, List<String> featureIds, IProgressMonitor monitor) {
		String from = repository.location().toString();
		PlannedChange refused = AuditedChange.refusal(by, "install " + ids(featureIds) + " from " + from); //$NON-NLS-1$ //$NON-NLS-2$
		if (refused != null) {
			return refused;
		}
		List<IInstallableUnit> units = new ArrayList<>();
		PlannedChange change = install(repository, featureIds, units, monitor);
		return AuditedChange.of(change, by, AuditEvent.INSTALL, audited(featureIds, units), from);
	}

	/** Resolves the install; the feature units found are added to {@code units}. */
	private PlannedChange install(Inspection repository, List<String> featureIds, List<IInstallableUnit> units,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Change_Resolving, 10);
		try {
			IMetadataRepository metadata = load(repository.location(), progress.split(3));
			RulesApiCheck check = rulesApi();
			for (String id : featureIds) {
				Optional<IInstallableUnit> unit = metadata.query(QueryUtil.createLatestQuery(
						QueryUtil.createIUQuery(RegionalFeatures.featureId(id) + ".feature.group")), null).stream().findFirst(); //$NON-NLS-1$
				if (unit.isEmpty()) {
					return ProfileChange.refused(NLS.bind(Messages.Repository_NoFeature, id, repository.location()));
				}
				Optional<String> refusal = check.refusal(unit.get(), metadata);
				if (refusal.isPresent()) {
					return ProfileChange.refused(refusal.get());
				}
				units.add(unit.get());
			}
			if (movedProfile(progress.split(1)).isEmpty()) {
				return ProfileChange.refused(NLS.bind(Messages.Change_NoProfile, PROFILE));
			}
			InstallOperation operation = new InstallOperation(new ProvisioningSession(agent()), units);
			operation.setProfileId(PROFILE);
			operation.getProvisioningContext().setMetadataRepositories(repository.location());
			operation.getProvisioningContext().setArtifactRepositories(repository.location());
			return ProfileChange.resolve(operation, progress.split(6));
		} catch (ProvisionException e) {
			return ProfileChange.refused(e.getStatus().getMessage());
		}
	}

	@Override
	public PlannedChange uninstall(Casework by, List<String> featureIds, IProgressMonitor monitor) {
		PlannedChange refused = AuditedChange.refusal(by, "uninstall " + ids(featureIds)); //$NON-NLS-1$
		if (refused != null) {
			return refused;
		}
		List<IInstallableUnit> units = new ArrayList<>();
		PlannedChange change = uninstall(featureIds, units, monitor);
		return AuditedChange.of(change, by, AuditEvent.UNINSTALL, audited(featureIds, units), null);
	}

	/** Resolves the uninstall; the installed feature units are added to {@code units}. */
	private PlannedChange uninstall(List<String> featureIds, List<IInstallableUnit> units, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Change_Resolving, 10);
		Optional<IProfile> profile;
		try {
			profile = movedProfile(progress.split(2));
		} catch (ProvisionException e) {
			return ProfileChange.refused(e.getStatus().getMessage());
		}
		if (profile.isEmpty()) {
			return ProfileChange.refused(NLS.bind(Messages.Change_NoProfile, PROFILE));
		}
		for (String id : featureIds) {
			Optional<IInstallableUnit> unit = profile.get()
					.query(QueryUtil.createIUQuery(RegionalFeatures.featureId(id) + ".feature.group"), null).stream().findFirst(); //$NON-NLS-1$
			if (unit.isEmpty()) {
				return ProfileChange.refused(NLS.bind(Messages.Feature_NotInstalled, id));
			}
			units.add(unit.get());
		}
		try {
			UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent()), units);
			operation.setProfileId(PROFILE);
			return ProfileChange.resolve(operation, progress.split(8));
		} catch (ProvisionException e) {
			return ProfileChange.refused(e.getStatus().getMessage());
		}
	}

	private static String ids(List<String> featureIds) {
		return String.join(", ", featureIds.stream().map(RegionalFeatures::featureId).toList()); //$NON-NLS-1$
	}

	/** What the audit trail records of each feature: its id and version, or the id alone when it was not found. */
	private static List<String> audited(List<String> featureIds, List<IInstallableUnit> units) {
		List<String> features = new ArrayList<>();
		for (String id : featureIds) {
			String full = RegionalFeatures.featureId(id);
			features.add(units.stream().filter(u -> featureId(u).equals(full)).findFirst()
					.map(u -> full + " " + u.getVersion()).orElse(full)); //$NON-NLS-1$
		}
		return features;
	}
}
