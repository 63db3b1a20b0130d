package org.harapan.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.store.StoreLocation;

/** Picks the command named by the first argument and runs it; {@code help} lists the commands. */
public final class CommandLine {

	private static final String PROGRAM = "harapan"; //$NON-NLS-1$
	/** The global option naming the user the audit trail records. */
	static final String USER_OPTION = "--user"; //$NON-NLS-1$
	/** The same for commands that read {@code --user} themselves ({@link CliCommand#ownsUserOption()}). */
	static final String AS_OPTION = "--as"; //$NON-NLS-1$

	private final Collection<CliCommand> commands;
	private final PrintStream out;
	private final PrintStream err;
	private final Path dataFolder;
	private final Consumer<String> user;
	private final StoreLocation defaultStore;

	public CommandLine(Collection<CliCommand> commands, PrintStream out, PrintStream err, Path dataFolder) {
		this(commands, out, err, dataFolder, null, null);
	}

	/** @param user receives the name of {@code --user NAME} (the user the audit trail records), may be null */
	public CommandLine(Collection<CliCommand> commands, PrintStream out, PrintStream err, Path dataFolder,
			Consumer<String> user) {
		this(commands, out, err, dataFolder, user, null);
	}

	/**
	 * @param user         receives the name of {@code --user NAME} (the user the audit trail records), may be null
	 * @param defaultStore the store of commands without {@code --db} (the data folder service's decision); null: the
	 *                     embedded store of the data folder
	 */
	public CommandLine(Collection<CliCommand> commands, PrintStream out, PrintStream err, Path dataFolder,
			Consumer<String> user, StoreLocation defaultStore) {
		this.commands = commands;
		this.out = out;
		this.err = err;
		this.dataFolder = dataFolder;
		this.user = user;
		this.defaultStore = defaultStore;
	}

	public int execute(String... args) {
		if (args.length == 0 || isHelp(args[0])) {
			return help(args.length > 1 ? args[1] : null);
		}
		String name = args[0];
		List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
		List<CliCommand> named = named(name);
		if (named.isEmpty()) {
			err.println(PROGRAM + ": unknown command '" + name + "'. Run './harapan help' to list the commands."); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCode.USAGE;
		}
		try {
			takeUser(rest, AS_OPTION);
			if (named.stream().noneMatch(CliCommand::ownsUserOption)) {
				takeUser(rest, USER_OPTION);
			}
		} catch (UsageException e) {
			err.println(PROGRAM + " " + name + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCode.USAGE;
		}
		Optional<CliCommand> command = named.size() == 1 ? Optional.of(named.get(0)) : bySubject(named, rest);
		if (command.isEmpty()) {
			err.println(PROGRAM + " " + name + ": say what: " + named.stream() //$NON-NLS-1$ //$NON-NLS-2$
					.map(c -> "./harapan " + name + " " + c.usage()).collect(Collectors.joining(" | "))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return ExitCode.USAGE;
		}
		CommandContext context = new CommandContext(rest, out, err, dataFolder, defaultStore);
		try {
			return command.get().run(context);
		} catch (UsageException e) {
			err.println(PROGRAM + " " + name + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			err.println("usage: ./harapan " + name + " " + command.get().usage()); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCode.USAGE;
		} catch (Exception e) {
			err.println(PROGRAM + " " + name + ": " + describe(e)); //$NON-NLS-1$ //$NON-NLS-2$
			ILog.of(getClass()).error("Command '" + name + "' failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCode.FAILURE;
		} finally {
			out.flush();
			err.flush();
		}
	}

	/**
	 * {@code --user NAME} (or {@code --user=NAME}) anywhere after the command: who the audit trail records for the
	 * changes of this run. Taken out of the arguments before the command sees them.
	 */
	private void takeUser(List<String> words, String option) {
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			String value = null;
			if (word.equals(option)) {
				if (i + 1 >= words.size() || words.get(i + 1).startsWith("--") || words.get(i + 1).isBlank()) { //$NON-NLS-1$
					throw new UsageException("option " + option + " needs a name"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				value = words.remove(i + 1);
			} else if (word.startsWith(option + "=")) { //$NON-NLS-1$
				value = word.substring(option.length() + 1);
			} else {
				continue;
			}
			words.remove(i);
			if (user != null) {
				user.accept(value);
			}
			return;
		}
	}

	private static boolean isHelp(String word) {
		return "help".equals(word) || "--help".equals(word) || "-h".equals(word); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String describe(Exception e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	private List<CliCommand> named(String name) {
		return commands.stream().filter(c -> c.name().equals(name)).toList();
	}

	/**
	 * Several commands share a name (e.g. {@code bench growth}, {@code bench store}): the one whose usage starts
	 * with the first argument.
	 */
	private static Optional<CliCommand> bySubject(List<CliCommand> named, List<String> rest) {
		String subject = rest.isEmpty() ? "" : rest.get(0); //$NON-NLS-1$
		return named.stream().filter(c -> c.usage().split(" ", 2)[0].equals(subject)).findFirst(); //$NON-NLS-1$
	}

	/** The name as listed: with its subject word when several commands share the name ({@code bench store}). */
	private String listed(CliCommand command) {
		return named(command.name()).size() > 1 ? command.name() + " " + command.usage().split(" ", 2)[0] //$NON-NLS-1$ //$NON-NLS-2$
				: command.name();
	}

	private int help(String about) {
		if (about != null) {
			List<CliCommand> named = named(about);
			if (named.isEmpty()) {
				err.println(PROGRAM + ": unknown command '" + about + "'"); //$NON-NLS-1$ //$NON-NLS-2$
				return ExitCode.USAGE;
			}
			for (CliCommand command : named) {
				out.println("./harapan " + about + " " + command.usage()); //$NON-NLS-1$ //$NON-NLS-2$
				out.println("  " + command.summary()); //$NON-NLS-1$
			}
			return ExitCode.OK;
		}
		out.println("Harapan Workbench command line"); //$NON-NLS-1$
		out.println();
		out.println("usage: ./harapan <command> [arguments]   (./harapan alone starts the workbench)"); //$NON-NLS-1$
		out.println();
		out.println("Commands:"); //$NON-NLS-1$
		out.println(String.format("  %-18s %s", "help", "list the commands; 'help COMMAND' shows its arguments")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		commands.stream().map(c -> Map.entry(listed(c), c.summary())).sorted(Map.Entry.comparingByKey())
				.forEach(e -> out.println(String.format("  %-18s %s", e.getKey(), e.getValue()))); //$NON-NLS-1$
		out.println();
		out.println("Any command takes --user NAME: who the audit trail records for its changes (default: $HARAPAN_USER,"); //$NON-NLS-1$
		out.println("  else user= in settings.properties of the data folder, else harapan). On a store with users it is"); //$NON-NLS-1$
		out.println("  the login: the password comes from $HARAPAN_PASSWORD or a prompt, never from the command line."); //$NON-NLS-1$
		out.println("  --as NAME does the same for commands that read --user themselves (audit --user U)."); //$NON-NLS-1$
		out.println("Data folder: " + dataFolder); //$NON-NLS-1$
		return ExitCode.OK;
	}
}
