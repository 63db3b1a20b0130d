package org.harapan.cli.documents;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.documents.DocumentLibrary;
import org.harapan.casework.documents.DocumentOutcome;
import org.harapan.casework.documents.Versioned;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.store.DocumentAudit;
import org.harapan.store.DocumentInfo;

/**
 * The commands every kind of versioned document has ({@code curriculum}, {@code programme}): list, show, export,
 * import, validate, new-version, publish, history. A bundle owning a kind subclasses it, registers it as a
 * {@link CliCommand} service and prints its documents in {@link #show}.
 *
 * @param <T> the document's root object
 */
public abstract class DocumentCommand<T> implements CliCommand {

	/** {@code --lang id|en} (default en). */
	public static final String LANG = "--lang"; //$NON-NLS-1$
	private static final String VERSION = "--version"; //$NON-NLS-1$

	/** The casework service the subclass references. */
	protected abstract CaseworkService caseworks();

	/** The documents of this kind in the store of {@code casework}. */
	protected abstract DocumentLibrary<T> library(Casework casework) throws IOException;

	/** Prints one document for {@code show}. */
	protected abstract void show(CommandContext context, DocumentLibrary<T> library, Versioned<T> document,
			String lang);

	/**
	 * A subcommand of the subclass's own; {@code null} when there is none of that name.
	 *
	 * @param options the values of {@link #moreOptions()} given on the command line
	 */
	protected Integer more(String subcommand, List<String> words, Map<String, String> options,
			CommandContext context, DocumentLibrary<T> library) throws IOException {
		return null;
	}

	/** The options of the subclass's own subcommands, e.g. {@code --from}. */
	protected List<String> moreOptions() {
		return List.of();
	}

	/** The synopsis of the subclass's own subcommands, e.g. {@code | compare ID --from V --to W}. */
	protected String moreUsage() {
		return ""; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "list | show ID [--version V] [--lang id|en] | export ID --out FILE [--version V] | import FILE " //$NON-NLS-1$
				+ "| validate ID|FILE [--version V] | new-version ID | publish ID --version V --effective yyyy-MM-dd " //$NON-NLS-1$
				+ "| history ID" + moreUsage() + " " + CommandContext.DB_USAGE; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public int run(CommandContext context) throws Exception {
		var args = context.arguments();
		Optional<Integer> version = args.count(VERSION);
		String lang = args.option(LANG).orElse("en").trim(); //$NON-NLS-1$
		if (!lang.equals("id") && !lang.equals("en")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new UsageException(LANG + " takes id or en, not '" + lang + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Optional<String> out = args.option("--out"); //$NON-NLS-1$
		Optional<String> effective = args.option("--effective"); //$NON-NLS-1$
		var location = context.storeLocation();
		Map<String, String> options = new HashMap<>();
		for (String option : moreOptions()) {
			args.option(option).ifPresent(value -> options.put(option, value));
		}
		List<String> words = args.positional();
		args.checkNoneLeft();
		if (words.isEmpty()) {
			throw new UsageException("say what to do: " + usage()); //$NON-NLS-1$
		}
		String sub = words.get(0);
		SubMonitor progress = context.progress(name(), 1);
		try (Casework casework = caseworks().open(location, progress.split(1))) {
			DocumentLibrary<T> library = library(casework);
			progress.done(); // ends the progress line before the results
			return switch (sub) {
			case "list" -> list(context, library); //$NON-NLS-1$
			case "show" -> { //$NON-NLS-1$
				Versioned<T> doc = document(library, id(words), version);
				show(context, library, doc, lang);
				yield ExitCode.OK;
			}
			case "export" -> { //$NON-NLS-1$
				Versioned<T> doc = document(library, id(words), version);
				Path file = Path.of(out.orElseThrow(() -> new UsageException("missing option --out"))); //$NON-NLS-1$
				library.export(doc.info().id(), doc.info().version(), file);
				context.out().println(name() + " " + doc.info().id() + " version " + doc.info().version() //$NON-NLS-1$ //$NON-NLS-2$
						+ " written to " + file); //$NON-NLS-1$
				yield ExitCode.OK;
			}
			case "import" -> importFile(context, library, Path.of(id(words))); //$NON-NLS-1$
			case "validate" -> validate(context, library, id(words), version); //$NON-NLS-1$
			case "new-version" -> report(context, library.newVersion(id(words)), "new draft"); //$NON-NLS-1$ //$NON-NLS-2$
			case "publish" -> report(context, library.publish(id(words), //$NON-NLS-1$
					version.orElseThrow(() -> new UsageException("publish needs --version V")), //$NON-NLS-1$
					date(effective.orElseThrow(() -> new UsageException("publish needs --effective yyyy-MM-dd")))), //$NON-NLS-1$
					"published"); //$NON-NLS-1$
			case "history" -> history(context, library, id(words)); //$NON-NLS-1$
			default -> {
				Integer done = more(sub, words, options, context, library);
				if (done == null) {
					throw new UsageException("unknown " + name() + " command '" + sub + "': " + usage()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				yield done;
			}
			};
		}
	}

	private int list(CommandContext context, DocumentLibrary<T> library) {
		PrintStream out = context.out();
		List<DocumentInfo> all = library.list();
		out.println(String.format("%-24s %7s  %-9s  %-10s  %-12s %s", "id", "version", "state", "effective", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"based on", "title")); //$NON-NLS-1$ //$NON-NLS-2$
		for (DocumentInfo d : all) {
			out.println(String.format("%-24s %7d  %-9s  %-10s  %-12s %s", d.id(), d.version(), d.state().word(), //$NON-NLS-1$
					d.effectiveFrom() == null ? "" : d.effectiveFrom(), d.basedOn() == null ? "" : d.basedOn(), //$NON-NLS-1$ //$NON-NLS-2$
					d.title() == null ? "" : d.title())); //$NON-NLS-1$
		}
		context.err().println(name() + " list: " + all.size() + " versions"); //$NON-NLS-1$ //$NON-NLS-2$
		return ExitCode.OK;
	}

	private int importFile(CommandContext context, DocumentLibrary<T> library, Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new UsageException("no file " + file); //$NON-NLS-1$
		}
		return report(context, library.importFile(file), "imported"); //$NON-NLS-1$
	}

	private int validate(CommandContext context, DocumentLibrary<T> library, String idOrFile,
			Optional<Integer> version) throws IOException {
		Path file = Path.of(idOrFile);
		T document;
		String what;
		if (idOrFile.endsWith("." + library.kind().extension()) && Files.isRegularFile(file)) { //$NON-NLS-1$
			document = library.kind().read(Files.readAllBytes(file), file.getFileName().toString());
			what = file.toString();
		} else {
			Versioned<T> doc = document(library, idOrFile, version);
			document = doc.document();
			what = doc.info().id() + " version " + doc.info().version(); //$NON-NLS-1$
		}
		Diagnostic diagnostic = library.kind().validate(document, null);
		int problems = print(context.out(), diagnostic);
		boolean valid = diagnostic.getSeverity() < Diagnostic.ERROR;
		context.err().println(name() + " validate: " + what + (valid ? " is valid" : " is not valid") + ", " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ problems + " problems"); //$NON-NLS-1$
		return valid ? ExitCode.OK : ExitCode.REJECTED_INPUT;
	}

	private int history(CommandContext context, DocumentLibrary<T> library, String id) {
		for (DocumentAudit a : library.store().history(library.kind().kind(), id)) {
			context.out().println(a.at() + "  version " + a.version() + "  " + a.action() + "  by " + a.user() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ (a.change() == null ? "" : "  (" + a.change() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return ExitCode.OK;
	}

	private int report(CommandContext context, DocumentOutcome<T> outcome, String done) {
		print(context.err(), outcome.diagnostic());
		if (!outcome.isStored()) {
			context.err().println(name() + ": " + outcome.refusal()); //$NON-NLS-1$
			return ExitCode.REJECTED_INPUT;
		}
		DocumentInfo info = outcome.info();
		context.out().println(name() + " " + info.id() + " version " + info.version() + " " + done + " (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ info.state().word() + (info.effectiveFrom() == null ? "" : ", effective " + info.effectiveFrom()) //$NON-NLS-1$ //$NON-NLS-2$
				+ ")"); //$NON-NLS-1$
		return ExitCode.OK;
	}

	/** Prints each error and warning of a diagnostic on its own line; returns how many. */
	protected static int print(PrintStream out, Diagnostic diagnostic) {
		List<Diagnostic> leaves = diagnostic.getChildren().isEmpty() ? List.of(diagnostic) : diagnostic.getChildren();
		int n = 0;
		for (Diagnostic d : leaves) {
			if (!d.getChildren().isEmpty()) {
				n += print(out, d);
			} else if (d.getSeverity() >= Diagnostic.WARNING) {
				out.println((d.getSeverity() >= Diagnostic.ERROR ? "error: " : "warning: ") + d.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
				n++;
			}
		}
		return n;
	}

	/** The version asked for, else the latest; a usage error naming what is missing. */
	protected Versioned<T> document(DocumentLibrary<T> library, String id, Optional<Integer> version)
			throws IOException {
		Optional<Versioned<T>> found = version.isPresent() ? library.load(id, version.get()) : library.latest(id);
		return found.orElseThrow(() -> new UsageException(name() + " " + id //$NON-NLS-1$
				+ version.map(v -> " version " + v).orElse("") + " is not in the store (see: " + name() + " list)")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The word after the subcommand. */
	protected String id(List<String> words) {
		if (words.size() != 2) {
			throw new UsageException(name() + " " + words.get(0) + " takes one argument: " + usage()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return words.get(1);
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new UsageException("--effective needs a date yyyy-MM-dd, not '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
