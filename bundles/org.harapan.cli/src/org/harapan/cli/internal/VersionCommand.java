package org.harapan.cli.internal;

import java.util.Arrays;

import org.eclipse.core.runtime.Platform;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

/**
 * {@code harapan version}: the product version, the Java runtime, the data folder, the store commands use without
 * {@code --db} and the window toolkit (SWT fragment) this platform resolved.
 */
@Component(service = CliCommand.class)
public class VersionCommand implements CliCommand {

	@Override
	public String name() {
		return "version"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "print the product version, the Java runtime, the data folder, the default store and the window toolkit"; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) {
		context.arguments().checkNoneLeft();
		Bundle bundle = FrameworkUtil.getBundle(getClass());
		context.out().println("Harapan Workbench " + (bundle == null ? "development" : bundle.getVersion())); //$NON-NLS-1$ //$NON-NLS-2$
		context.out().println("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		context.out().println("Data folder: " + context.dataFolder()); //$NON-NLS-1$
		context.out().println("Store: " + context.storeLocation()); //$NON-NLS-1$
		context.out().println("Window toolkit: " + windowToolkit(bundle)); //$NON-NLS-1$
		return ExitCode.OK;
	}

	/**
	 * The SWT fragment the framework resolved for this platform (each carries a platform filter, so only the one of
	 * the running os/ws/arch resolves), or why the workbench window cannot start here.
	 */
	static String windowToolkit(Bundle bundle) {
		String platform = Platform.getOS() + "/" + Platform.getWS() + "/" + Platform.getOSArch(); //$NON-NLS-1$ //$NON-NLS-2$
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		Bundle[] all = context == null ? new Bundle[0] : context.getBundles();
		return Arrays.stream(all).filter(b -> b.getState() == Bundle.RESOLVED && isSwtFragment(b))
				.map(b -> b.getSymbolicName() + " " + b.getVersion() + " (" + platform + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.findFirst().orElse("none for " + platform //$NON-NLS-1$
						+ ": the workbench window cannot start on this platform; the command line works"); //$NON-NLS-1$
	}

	/** A fragment of SWT for one platform (not one such as {@code org.eclipse.swt.svg}, which every platform has). */
	private static boolean isSwtFragment(Bundle b) {
		String host = b.getHeaders("").get(Constants.FRAGMENT_HOST); //$NON-NLS-1$
		return host != null && host.split(";")[0].strip().equals("org.eclipse.swt") //$NON-NLS-1$ //$NON-NLS-2$
				&& b.getHeaders("").get("Eclipse-PlatformFilter") != null; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
