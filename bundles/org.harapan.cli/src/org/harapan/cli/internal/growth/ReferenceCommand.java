package org.harapan.cli.internal.growth;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.SubMonitor;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.GrowthReference;
import org.harapan.growth.ReferenceTableService;
import org.harapan.growth.ReferenceTableService.ImportReport;
import org.harapan.growth.ReferenceTableService.Table;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code harapan reference import DIR | status}: imports WHO's published LMS table files into the data folder, and
 * shows which tables the growth references use.
 */
@Component(service = CliCommand.class)
public class ReferenceCommand implements CliCommand {

	@Reference
	private ReferenceTableService tables;

	@Reference
	private GrowthAssessor assessor;

	@Reference
	private CaseworkService caseworks;

	@Override
	public String name() {
		return "reference"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "show the WHO tables in use, all built in (reference status), or use a newer WHO release's files (reference import DIR)"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "import DIR " + CommandContext.DB_USAGE + " | status"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public int run(CommandContext context) throws Exception {
		StoreLocation store = context.storeLocation();
		List<String> words = context.arguments().positional();
		context.arguments().checkNoneLeft();
		if (words.isEmpty()) {
			throw new UsageException("say 'import DIR' or 'status'"); //$NON-NLS-1$
		}
		switch (words.get(0)) {
		case "import": //$NON-NLS-1$
			if (words.size() != 2) {
				throw new UsageException("import needs one folder: reference import DIR"); //$NON-NLS-1$
			}
			return importFrom(Path.of(words.get(1)), store, context);
		case "status": //$NON-NLS-1$
			if (words.size() != 1) {
				throw new UsageException("unexpected argument '" + words.get(1) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			status(context.out());
			return ExitCode.OK;
		default:
			throw new UsageException("unknown subcommand '" + words.get(0) + "' (import DIR | status)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private int importFrom(Path dir, StoreLocation store, CommandContext context) throws Exception {
		PrintStream out = context.out();
		PrintStream err = context.err();
		if (!Files.isDirectory(dir)) {
			err.println("harapan reference: not a folder: " + dir); //$NON-NLS-1$
			return ExitCode.FAILURE;
		}
		ImportReport report = tables.importFrom(dir);
		out.println("Imported into " + report.folder() + ": " //$NON-NLS-1$ //$NON-NLS-2$
				+ (report.imported().isEmpty() ? "nothing" : String.join(", ", report.imported()))); //$NON-NLS-1$ //$NON-NLS-2$
		for (String rejected : report.rejected()) {
			err.println("Rejected " + rejected); //$NON-NLS-1$
		}
		if (report.missing().isEmpty()) {
			out.println("Every WHO table is imported."); //$NON-NLS-1$
		} else {
			out.println("Built in and used for the others: " + String.join(", ", report.missing())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.println("From now on ./harapan uses the imported tables; './harapan reference status' shows them."); //$NON-NLS-1$
		if (!report.imported().isEmpty()) {
			reindex(store, context);
		}
		if (report.imported().isEmpty() && report.rejected().isEmpty()) {
			err.println("harapan reference: no WHO table file (weianthro.txt, ..., hfawho2007.txt) in " + dir); //$NON-NLS-1$
			return ExitCode.FAILURE;
		}
		return report.rejected().isEmpty() ? ExitCode.OK : ExitCode.REJECTED_INPUT;
	}

	/** The growth index of the store was computed with the old tables: recompute it (when the store exists). */
	private void reindex(StoreLocation location, CommandContext context) {
		if (location.embeddedFile().map(f -> !Files.exists(f)).orElse(false)) {
			return;
		}
		long start = System.nanoTime();
		SubMonitor progress = context.progress(name(), 100);
		try (Casework casework = caseworks.open(location, progress.split(5))) {
			casework.reindex(progress.split(95));
			context.out().println(String.format(Locale.ROOT, "Growth index of the %d households of %s recomputed in %.1f s", //$NON-NLS-1$
					casework.info().households(), location, (System.nanoTime() - start) / 1e9));
		}
	}

	private void status(PrintStream out) {
		out.println("Imported tables folder: " + tables.importFolder() //$NON-NLS-1$
				.map(folder -> folder + (Files.isDirectory(folder) ? "" : " (none imported)")) //$NON-NLS-1$ //$NON-NLS-2$
				.orElse("none (no data folder)")); //$NON-NLS-1$
		boolean allBuiltIn = true;
		boolean allInstalled = true;
		String last = null;
		for (Table table : tables.tables()) {
			if (!table.reference().equals(last)) {
				last = table.reference();
				out.println(title(last) + ":"); //$NON-NLS-1$
			}
			String state;
			if (!table.installed()) {
				state = "NOT INSTALLED (import " + table.fileName() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
				allInstalled = false;
			} else {
				state = (table.imported() ? "imported: " : "") + table.origin(); //$NON-NLS-1$ //$NON-NLS-2$
			}
			allBuiltIn &= table.installed() && !table.imported();
			out.println(String.format("  %-15s %-42s %s", table.fileName(), table.indicators(), state)); //$NON-NLS-1$
		}
		out.println("References in use (by age):"); //$NON-NLS-1$
		for (GrowthReference reference : assessor.references()) {
			out.println("  " + reference.id() + ": " + reference.title()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (allBuiltIn) {
			out.println("All tables are built in (WHO's published tables); nothing needs importing."); //$NON-NLS-1$
		} else if (allInstalled) {
			out.println("Every table is installed; imported tables replace the built-in ones."); //$NON-NLS-1$
		}
	}

	private String title(String referenceId) {
		for (GrowthReference reference : assessor.references()) {
			if (reference.id().equals(referenceId)) {
				String title = reference.title();
				int cut = title.indexOf(';');
				return cut > 0 ? title.substring(0, cut) : title;
			}
		}
		return referenceId;
	}
}
