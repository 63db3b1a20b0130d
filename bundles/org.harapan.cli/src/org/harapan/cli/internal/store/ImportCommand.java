package org.harapan.cli.internal.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.io.households.HeaderException;
import org.harapan.io.households.HouseholdCsv;
import org.harapan.io.households.ImportSummary;
import org.harapan.io.households.MeasurementCsv;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code harapan import households|measurements FILE.csv}: streams a registry CSV into the store. */
@Component(service = CliCommand.class)
public class ImportCommand implements CliCommand {

	static final String HOUSEHOLDS = "households"; //$NON-NLS-1$
	static final String MEASUREMENTS = "measurements"; //$NON-NLS-1$

	@Reference
	private CaseworkService caseworks;

	@Override
	public String name() {
		return "import"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "import households or measurements from a CSV file (see README, CSV formats)"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "households|measurements FILE.csv " + CommandContext.DB_USAGE; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) throws Exception {
		StoreLocation location = context.storeLocation();
		List<String> words = context.arguments().positional();
		context.arguments().checkNoneLeft();
		if (words.size() != 2 || !(HOUSEHOLDS.equals(words.get(0)) || MEASUREMENTS.equals(words.get(0)))) {
			throw new UsageException("say what to import and from which file, e.g. 'import households kpm.csv'"); //$NON-NLS-1$
		}
		Path file = Path.of(words.get(1));
		if (!Files.isRegularFile(file)) {
			context.err().println("harapan import: no such file " + file.toAbsolutePath()); //$NON-NLS-1$
			return ExitCode.FAILURE;
		}
		boolean households = HOUSEHOLDS.equals(words.get(0));
		SubMonitor progress = context.progress(name(), 100);
		try (Casework casework = caseworks.open(location, progress.split(5))) {
			ImportSummary summary = households
					? HouseholdCsv.importFile(casework, file, Stores.printer(context.err(), file.toString()),
							progress.split(95))
					: MeasurementCsv.importFile(casework, file, Stores.printer(context.err(), file.toString()),
							progress.split(95));
			context.out().println(summary.line(words.get(0)));
			return summary.anyRejected() ? ExitCode.REJECTED_INPUT : ExitCode.OK;
		} catch (HeaderException e) {
			// no row can be read: the file is refused as a whole, nothing is stored
			context.err().println(file + " " + e.problem()); //$NON-NLS-1$
			return ExitCode.REJECTED_INPUT;
		}
	}
}
