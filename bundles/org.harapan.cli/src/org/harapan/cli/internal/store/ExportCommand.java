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
import org.harapan.store.AuditEvent;
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
		return "households|measurements --out FILE.csv [--mask-nik] " + CommandContext.DB_USAGE; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) throws Exception {
		StoreLocation location = context.storeLocation();
		Path out = Path.of(context.arguments().required("--out")); //$NON-NLS-1$
		boolean mask = context.arguments().flag("--mask-nik"); //$NON-NLS-1$
		List<String> words = context.arguments().positional();
		context.arguments().checkNoneLeft();
		if (words.size() != 1 || !(ImportCommand.HOUSEHOLDS.equals(words.get(0))
				|| ImportCommand.MEASUREMENTS.equals(words.get(0)))) {
			throw new UsageException("say what to export: households or measurements"); //$NON-NLS-1$
		}
		SubMonitor progress = context.progress(name(), 100);
		long start = System.nanoTime();
		try (Casework casework = caseworks.open(location, progress.split(5))) {
			boolean households = ImportCommand.HOUSEHOLDS.equals(words.get(0));
			long n = households ? HouseholdCsv.exportFile(casework, out, mask, progress.split(95))
					: MeasurementCsv.exportFile(casework, out, mask, progress.split(95));
			casework.audit(AuditEvent.EXPORT, null, words.get(0) + " CSV to " + out.toAbsolutePath() + ": " + n //$NON-NLS-1$ //$NON-NLS-2$
					+ (households ? " households" : " measurements") + (mask ? ", NIK masked" : ", NIK in full") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ (casework.access().scope().isAll() ? "" : " of " + casework.access().scope())); //$NON-NLS-1$ //$NON-NLS-2$
			context.out().println(String.format(java.util.Locale.ROOT, "%d %s written to %s in %.1f s", n, //$NON-NLS-1$
					words.get(0), out, (System.nanoTime() - start) / 1e9));
			context.err().println(mask ? "NIK masked (first 6 and last 4 digits); this file cannot be imported" //$NON-NLS-1$
					: "This file contains NIK (personal data, UU 27/2022 PDP): keep it safe, or export with --mask-nik"); //$NON-NLS-1$
			return ExitCode.OK;
		}
	}
}
