package org.harapan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.harapan.store.StoreLocation;

/**
 * What a command gets: its arguments, the output streams, the data folder and a progress line.
 *
 * @param arguments  the words after the command name
 * @param out        results (what a script may parse)
 * @param err        errors, warnings and the progress line
 * @param dataFolder   {@code $HARAPAN_DATA}, or {@code ~/.harapan}
 * @param defaultStore the store of a store command without {@code --db}: what the data folder service
 *                     ({@code Workplace#defaultStore()}) decides, the store a district's package names, else the
 *                     embedded store of the data folder
 */
public record CommandContext(Arguments arguments, PrintStream out, PrintStream err, Path dataFolder,
		StoreLocation defaultStore) {

	public CommandContext {
		if (defaultStore == null) {
			defaultStore = StoreLocation.inDataFolder(dataFolder);
		}
	}

	/** A context whose default store is the embedded store of the data folder. */
	public CommandContext(List<String> words, PrintStream out, PrintStream err, Path dataFolder) {
		this(words, out, err, dataFolder, null);
	}

	public CommandContext(List<String> words, PrintStream out, PrintStream err, Path dataFolder,
			StoreLocation defaultStore) {
		this(new Arguments(words), out, err, dataFolder, defaultStore);
	}

	/** The option naming the store of a store command. */
	public static final String DB = "--db"; //$NON-NLS-1$
	/** Its synopsis for {@link CliCommand#usage()}. */
	public static final String DB_USAGE = "[--db PATH|JDBC-URL]"; //$NON-NLS-1$

	/**
	 * The store a store command works on: {@code --db VALUE} (a path to an embedded H2 file or a JDBC URL), else the
	 * {@link #defaultStore()}.
	 */
	public StoreLocation storeLocation() {
		return arguments.option(DB).map(StoreLocation::parse).orElse(defaultStore);
	}

	/** A progress monitor that draws a progress line on {@link #err()}. */
	public IProgressMonitor progress() {
		return new ProgressLine(err);
	}

	/** A progress line for {@code totalWork} units, labelled with the command and its arguments. */
	public SubMonitor progress(String command, int totalWork) {
		String task = arguments.all().isEmpty() ? command : command + " " + String.join(" ", arguments.all()); //$NON-NLS-1$ //$NON-NLS-2$
		return SubMonitor.convert(progress(), task, totalWork);
	}
}
