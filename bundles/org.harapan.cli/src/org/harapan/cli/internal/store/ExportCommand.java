package org.harapan.cli.internal.store;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.io.households.HouseholdCsv;
import org.harapan.io.households.MeasurementCsv;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code harapan export households|measurements --out FILE.csv}: writes what {@code import} reads. */
@Component(service = CliCommand.class)
public class ExportCommand implements CliCommand {

	@Reference
	private CaseworkService caseworks;

	@Override
	public String name() {
		return "export"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "export households or measurements to a CSV file that import reads back"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "households|measurements --out FILE.csv " + CommandContext.DB_USAGE; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) throws Exception {
		StoreLocation location = context.storeLocation();
		Path out = Path.of(context.arguments().required("--out")); //$NON-NLS-1$
		List<String> words = context.arguments().positional();
		context.arguments().checkNoneLeft();
		if (words.size() != 1 || !(ImportCommand.HOUSEHOLDS.equals(words.get(0))
				|| ImportCommand.MEASUREMENTS.equals(words.get(0)))) {
			throw new UsageException("say what to export: households or measurements"); //$NON-NLS-1$
		}
		SubMonitor progress = context.progress(name(), 100);
		long start = System.nanoTime();
		try (Casework casework = caseworks.open(location, progress.split(5))) {
			if (ImportCommand.HOUSEHOLDS.equals(words.get(0))) {
				long n = HouseholdCsv.exportFile(casework, out, progress.split(95));
				context.out().println(String.format(java.util.Locale.ROOT, "%d households written to %s in %.1f s", n, //$NON-NLS-1$
						out, (System.nanoTime() - start) / 1e9));
			} else {
				long n = MeasurementCsv.exportFile(casework, out, progress.split(95));
				context.out().println(String.format(java.util.Locale.ROOT, "%d measurements written to %s in %.1f s", n, //$NON-NLS-1$
						out, (System.nanoTime() - start) / 1e9));
			}
			return ExitCode.OK;
		}
	}
}
