package org.harapan.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.junit.jupiter.api.Test;

/** Commands that share a name ({@code bench growth}, {@code bench store}) are told apart by their first word. */
class SameNameCommandsTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private static CliCommand bench(String subject, int code) {
		return new CliCommand() {
			@Override
			public String name() {
				return "bench"; //$NON-NLS-1$
			}

			@Override
			public String summary() {
				return "bench " + subject; //$NON-NLS-1$
			}

			@Override
			public String usage() {
				return subject + " [--n N]"; //$NON-NLS-1$
			}

			@Override
			public int run(CommandContext context) {
				return code;
			}
		};
	}

	private int run(String... args) {
		return new CommandLine(List.of(bench("store", 11), bench("growth", 12)), //$NON-NLS-1$ //$NON-NLS-2$
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				Path.of("/data")).execute(args); //$NON-NLS-1$
	}

	@Test
	void theFirstArgumentPicksTheCommand() {
		assertEquals(12, run("bench", "growth")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(11, run("bench", "store", "--n", "3")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Test
	void withoutASubjectTheUsagesAreListed() {
		assertEquals(ExitCode.USAGE, run("bench")); //$NON-NLS-1$
		String text = err.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("./harapan bench store [--n N]") && text.contains("./harapan bench growth"), text); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void helpShowsEveryCommandOfTheName() {
		assertEquals(ExitCode.OK, run("help", "bench")); //$NON-NLS-1$ //$NON-NLS-2$
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("bench store") && text.contains("bench growth"), text); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
