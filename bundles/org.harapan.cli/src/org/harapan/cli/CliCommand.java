package org.harapan.cli;

/**
 * A command of the headless {@code harapan} CLI. Bundles register implementations as OSGi services
 * (Declarative Services); installing a bundle is all it takes to add a command.
 */
public interface CliCommand {

	/** The word that selects this command, e.g. {@code version}. */
	String name();

	/** One line for {@code harapan help}. */
	String summary();

	/** The synopsis of arguments and options, e.g. {@code [--db PATH]}; empty when there are none. */
	default String usage() {
		return ""; //$NON-NLS-1$
	}

	/**
	 * Whether the command reads {@code --user} itself (e.g. {@code audit --user U} filters by user); then the user
	 * running it is named with {@code --as NAME} (or {@code $HARAPAN_USER}) instead.
	 */
	default boolean ownsUserOption() {
		return false;
	}

	/**
	 * Runs the command.
	 *
	 * @return the process exit code, one of {@link ExitCode}
	 * @throws UsageException when the arguments are wrong; the CLI prints it with the usage, exit code 2
	 * @throws Exception      anything else is reported on stderr with exit code 1
	 */
	int run(CommandContext context) throws Exception;
}
