package org.harapan.provisioning.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.provisioning.InstalledFeature;
import org.harapan.provisioning.Inspection;
import org.harapan.provisioning.OfferedFeature;
import org.harapan.provisioning.PlannedChange;
import org.harapan.provisioning.RegionalFeatures;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code harapan features [--repository PATH_OR_ZIP] [--check FEATURE,...] [--install|--uninstall FEATURE,...]}: the
 * regional features installed in this product, or those a p2 repository offers and whether this product can take
 * them; with {@code --check}, exit 1 with the reason unless the repository has every named feature and this product
 * can take it (what {@code install} and {@code package} ask before they change anything); {@code --install} and
 * {@code --uninstall} change the product through the p2 operations, as Help &gt; Install Regional Rules… does.
 */
@Component(service = CliCommand.class)
public class FeaturesCommand implements CliCommand {

	@Reference
	private RegionalFeatures features;

	@Reference
	private CaseworkService caseworks;

	@Override
	public String name() {
		return "features"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "regional features installed, or offered by a p2 repository, and whether this product can take them"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "[--repository PATH_OR_ZIP] [--check FEATURE,...] [--install FEATURE,...] [--uninstall FEATURE,...] " //$NON-NLS-1$
				+ CommandContext.DB_USAGE;
	}

	@Override
	public int run(CommandContext context) throws Exception {
		Optional<String> repository = context.arguments().option("--repository"); //$NON-NLS-1$
		Optional<String> check = context.arguments().option("--check"); //$NON-NLS-1$
		Optional<String> install = context.arguments().option("--install"); //$NON-NLS-1$
		Optional<String> uninstall = context.arguments().option("--uninstall"); //$NON-NLS-1$
		StoreLocation store = context.storeLocation();
		context.arguments().checkNoneLeft();
		if (install.isPresent() && repository.isEmpty()) {
			throw new org.harapan.cli.UsageException("--install needs --repository"); //$NON-NLS-1$
		}
		if (install.isPresent() || uninstall.isPresent()) {
			// the user's role is checked (and the change audited) in the store the user logs in to
			try (Casework casework = caseworks.open(store, context.progress())) {
				return install.isPresent() ? install(context, casework, Path.of(repository.get()), list(install.get()))
						: change(context, features.uninstall(casework, list(uninstall.get()), context.progress()));
			}
		}
		if (repository.isEmpty()) {
			context.out().println("rules API " + features.rulesApiVersion()); //$NON-NLS-1$
			for (InstalledFeature f : features.installed()) {
				context.out().println(f.id() + " " + f.version() + "  " + f.name()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return ExitCode.OK;
		}
		Inspection inspection = features.inspect(Path.of(repository.get()), context.progress());
		if (inspection.refusal().isPresent()) {
			context.err().println("harapan features: " + inspection.refusal().get()); //$NON-NLS-1$
			return ExitCode.FAILURE;
		}
		if (check.isPresent()) {
			return check(context, inspection, list(check.get()));
		}
		context.out().println("rules API of this product: " + features.rulesApiVersion()); //$NON-NLS-1$
		for (OfferedFeature f : inspection.features()) {
			String state = f.refusal().map(r -> "refused: " + r) //$NON-NLS-1$
					.orElse(f.installed().map(v -> "installed " + v).orElse("installable")); //$NON-NLS-1$ //$NON-NLS-2$
			context.out().println(f.id() + " " + f.version() + "  " + f.name() + "  [" + state + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (f.description() != null) {
				context.out().println("    " + f.description()); //$NON-NLS-1$
			}
		}
		return ExitCode.OK;
	}

	/** Installs {@code ids} from {@code repository} as the user of {@code casework}, whose role is checked first. */
	private int install(CommandContext context, Casework casework, Path repository, List<String> ids) {
		casework.checkRuleSetChange("install " + String.join(", ", ids.stream().map(RegionalFeatures::featureId).toList()) //$NON-NLS-1$ //$NON-NLS-2$
				+ " from " + repository.toAbsolutePath()); //$NON-NLS-1$
		Inspection inspection = features.inspect(repository, context.progress());
		if (inspection.refusal().isPresent()) {
			context.err().println("harapan features: nothing changed: " + inspection.refusal().get()); //$NON-NLS-1$
			return ExitCode.FAILURE;
		}
		return change(context, features.install(casework, inspection, ids, context.progress()));
	}

	private static List<String> list(String features) {
		return Arrays.stream(features.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList(); //$NON-NLS-1$
	}

	/** Shows what the change does, makes it, and says how it ended. */
	private static int change(CommandContext context, PlannedChange change) {
		if (change.status().getSeverity() == IStatus.ERROR) {
			context.err().println("harapan features: nothing changed: " + change.status().getMessage()); //$NON-NLS-1$
			return ExitCode.FAILURE;
		}
		change.changes().forEach(line -> context.out().println("  " + line)); //$NON-NLS-1$
		IStatus done = change.perform(context.progress());
		if (done.getSeverity() == IStatus.ERROR) {
			context.err().println("harapan features: " + done.getMessage()); //$NON-NLS-1$
			return ExitCode.FAILURE;
		}
		context.out().println("done; effective from the next command or start"); //$NON-NLS-1$
		return ExitCode.OK;
	}

	private static int check(CommandContext context, Inspection inspection, List<String> wanted) {
		int code = ExitCode.OK;
		for (String id : wanted) {
			Optional<OfferedFeature> feature = inspection.feature(RegionalFeatures.featureId(id));
			String problem = feature.isEmpty() ? org.eclipse.osgi.util.NLS.bind(Messages.Repository_NoFeature, id, inspection.location())
					: feature.get().refusal().orElse(null);
			if (problem != null) {
				context.err().println("harapan features: " + problem); //$NON-NLS-1$
				code = ExitCode.FAILURE;
			} else {
				context.out().println(feature.get().id() + " " + feature.get().version()); //$NON-NLS-1$
			}
		}
		return code;
	}
}
