package org.harapan.curriculum.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The OSGi services the curriculum tests use, as Declarative Services registers them, and running commands. */
final class Services {

	private Services() {
	}

	static BundleContext context() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(Services.class);
		if (bundle.getBundleContext() == null) {
			bundle.start();
		}
		return bundle.getBundleContext();
	}

	static <T> T get(Class<T> type) throws Exception {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		T service = tracker.waitForService(20_000);
		assertNotNull(service, type.getSimpleName() + " registered by SCR"); //$NON-NLS-1$
		return service;
	}

	/** The command service of that name. */
	static CliCommand command(String name) throws Exception {
		ServiceTracker<CliCommand, CliCommand> tracker = new ServiceTracker<>(context(), CliCommand.class, null);
		tracker.open();
		tracker.waitForService(20_000);
		long until = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < until) {
			for (CliCommand c : tracker.getTracked().values()) {
				if (c.name().equals(name)) {
					return c;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no command " + name + " registered"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** What a command run printed, and its exit code. */
	record Run(int exit, String out, String err) {
	}

	static Run run(String name, Path dataFolder, String... words) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit;
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			try {
				exit = command(name).run(new CommandContext(List.of(words), o, e, dataFolder));
			} catch (UsageException usage) {
				e.println(usage.getMessage());
				exit = ExitCode.USAGE;
			}
		}
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
