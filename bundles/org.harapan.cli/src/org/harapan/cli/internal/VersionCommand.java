package org.harapan.cli.internal;

import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

/** {@code harapan version}: the product version, the Java runtime and the data folder. */
@Component(service = CliCommand.class)
public class VersionCommand implements CliCommand {

	@Override
	public String name() {
		return "version"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "print the product version, the Java runtime and the data folder"; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) {
		context.arguments().checkNoneLeft();
		Bundle bundle = FrameworkUtil.getBundle(getClass());
		context.out().println("Harapan Workbench " + (bundle == null ? "development" : bundle.getVersion())); //$NON-NLS-1$ //$NON-NLS-2$
		context.out().println("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		context.out().println("Data folder: " + context.dataFolder()); //$NON-NLS-1$
		return ExitCode.OK;
	}
}
