package org.harapan.cli.internal.kit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.model.region.Region;
import org.harapan.model.region.RegionDirectory;
import org.osgi.service.component.annotations.Component;

/**
 * {@code harapan new-ruleset --id ID --region CODE --title TITLE}: a new regional rule-set bundle with an example
 * rule, its programme document, its test fragment and feature, wired into the build (see docs/regional-rules.md).
 */
@Component(service = CliCommand.class)
public class NewRuleSetCommand implements CliCommand {

	@Override
	public String name() {
		return "new-ruleset"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "create a regional rule-set bundle (example rule, programme document, test, feature) in the source tree"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "--id ID --region KABUPATEN_CODE --title TITLE [--into SOURCE_TREE]"; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) throws Exception {
		String id = context.arguments().required("--id").trim(); //$NON-NLS-1$
		String rawRegion = context.arguments().required("--region").trim(); //$NON-NLS-1$
		String title = context.arguments().required("--title").trim(); //$NON-NLS-1$
		Path root = Path.of(context.arguments().option("--into").orElse(".")).toAbsolutePath().normalize(); //$NON-NLS-1$ //$NON-NLS-2$
		context.arguments().checkNoneLeft();
		if (!id.matches("[a-z][a-z0-9]{1,39}")) { //$NON-NLS-1$
			throw new UsageException("--id takes lower-case letters and digits, starting with a letter (e.g. bandarlampung), not '" //$NON-NLS-1$
					+ id + "'"); //$NON-NLS-1$
		}
		RegionDirectory regions = RegionDirectory.get();
		String region = RegionDirectory.normalize(rawRegion);
		if (region == null || !regions.isKabupatenKota(region)) {
			throw new UsageException("--region must be a kabupaten/kota code such as 18.71, not '" + rawRegion + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (title.isEmpty()) {
			throw new UsageException("--title must not be empty"); //$NON-NLS-1$
		}
		if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("bundles"))) { //$NON-NLS-1$ //$NON-NLS-2$
			context.err().println("harapan new-ruleset: " + root + " is not the Harapan source tree (no pom.xml and bundles/); " //$NON-NLS-1$ //$NON-NLS-2$
					+ "run it from the repository root or give --into"); //$NON-NLS-1$
			return ExitCode.FAILURE;
		}
		List<Region> desa = regions.desaUnder(region);
		RuleSetKit kit = new RuleSetKit(id, region, title, desa.isEmpty() ? region + ".01.2001" : desa.get(0).code()); //$NON-NLS-1$
		List<String> written = kit.writeInto(root);
		written.forEach(f -> context.out().println("  " + f)); //$NON-NLS-1$
		context.out().println("new-ruleset: org.harapan.rules.region." + id + " for " + regions.name(region) + " (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ region + ") written and wired into the build; ./harapan test builds it and runs its example test"); //$NON-NLS-1$
		return ExitCode.OK;
	}
}
