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
import org.harapan.cli.UsageException;
import org.junit.jupiter.api.Test;

class CommandLineTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(List<CliCommand> commands, String... args) {
		return new CommandLine(commands, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("/data/harapan")).execute(args); //$NON-NLS-1$
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void versionPrintsTheProductAndExitsZero() {
		assertEquals(ExitCode.OK, run(List.of(new VersionCommand()), "version")); //$NON-NLS-1$
		assertTrue(out().startsWith("Harapan Workbench "), out()); //$NON-NLS-1$
		assertTrue(out().contains("Data folder: /data/harapan"), out()); //$NON-NLS-1$
		assertTrue(out().contains("Store: jdbc:h2:file:/data/harapan/store/harapan\n"), out()); //$NON-NLS-1$
		assertTrue(out().contains("Window toolkit: org.eclipse.swt.gtk.linux.x86_64 3.") //$NON-NLS-1$
				&& out().contains("(linux/gtk/x86_64)"), "the test runtime's SWT fragment: " + out()); //$NON-NLS-1$
		assertEquals("", err()); //$NON-NLS-1$
	}

	@Test
	void unknownCommandIsAClearErrorWithExitCodeTwo() {
		assertEquals(ExitCode.USAGE, run(List.of(new VersionCommand()), "nosuchcommand")); //$NON-NLS-1$
		assertEquals("", out()); //$NON-NLS-1$
		assertTrue(err().contains("unknown command 'nosuchcommand'"), err()); //$NON-NLS-1$
		assertTrue(err().contains("./harapan help"), err()); //$NON-NLS-1$
	}

	@Test
	void helpListsEveryCommandWithItsSummary() {
		assertEquals(ExitCode.OK, run(List.of(new VersionCommand()))); 
		assertTrue(out().contains("version"), out()); //$NON-NLS-1$
		assertTrue(out().contains(new VersionCommand().summary()), out());
		assertTrue(out().contains("help"), out()); //$NON-NLS-1$
	}

	@Test
	void userOptionNamesTheAuditUserAndIsTakenOutOfTheCommandsArguments() {
		List<String> users = new java.util.ArrayList<>();
		CommandLine line = new CommandLine(List.of(new VersionCommand()), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("/data/harapan"), users::add); //$NON-NLS-1$
		assertEquals(ExitCode.OK, line.execute("version", "--user", "siti.pendamping")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(ExitCode.OK, line.execute("version", "--user=ani")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("siti.pendamping", "ani"), users); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(ExitCode.USAGE, line.execute("version", "--user")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(err().contains("--user needs a name"), err()); //$NON-NLS-1$
		assertEquals(List.of("siti.pendamping", "ani"), users); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void unknownOptionIsAUsageError() {
		assertEquals(ExitCode.USAGE, run(List.of(new VersionCommand()), "version", "--bogus")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(err().contains("unknown option --bogus"), err()); //$NON-NLS-1$
		assertTrue(err().contains("usage: ./harapan version"), err()); //$NON-NLS-1$
	}

	@Test
	void aFailingCommandReportsItsMessageWithExitCodeOne() {
		CliCommand failing = new CliCommand() {
			@Override
			public String name() {
				return "fail"; //$NON-NLS-1$
			}

			@Override
			public String summary() {
				return "fails"; //$NON-NLS-1$
			}

			@Override
			public int run(CommandContext context) {
				throw new IllegalStateException("line 7: bad NIK"); //$NON-NLS-1$
			}
		};
		assertEquals(ExitCode.FAILURE, run(List.of(failing), "fail")); //$NON-NLS-1$
		assertTrue(err().contains("harapan fail: line 7: bad NIK"), err()); //$NON-NLS-1$
	}

	@Test
	void usageExceptionShowsTheUsage() {
		CliCommand strict = new CliCommand() {
			@Override
			public String name() {
				return "strict"; //$NON-NLS-1$
			}

			@Override
			public String summary() {
				return "needs --in"; //$NON-NLS-1$
			}

			@Override
			public String usage() {
				return "--in FILE"; //$NON-NLS-1$
			}

			@Override
			public int run(CommandContext context) {
				context.arguments().required("--in"); //$NON-NLS-1$
				throw new UsageException("unreachable"); //$NON-NLS-1$
			}
		};
		assertEquals(ExitCode.USAGE, run(List.of(strict), "strict")); //$NON-NLS-1$
		assertTrue(err().contains("missing option --in"), err()); //$NON-NLS-1$
		assertTrue(err().contains("usage: ./harapan strict --in FILE"), err()); //$NON-NLS-1$
	}
}
