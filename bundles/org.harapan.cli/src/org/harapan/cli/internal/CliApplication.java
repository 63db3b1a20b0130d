package org.harapan.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.harapan.cli.CliCommand;
import org.harapan.cli.Passwords;
import org.harapan.store.Workplace;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The headless application behind {@code ./harapan <command>}: runs the command and returns its exit code. */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws InvalidSyntaxException {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
		Path dataFolder = dataFolder();
		Session session = Session.start(bundleContext, dataFolder, productDefaults(), System.getenv("HARAPAN_USER")); //$NON-NLS-1$
		session.setPasswordSource(Passwords::of);
		List<ServiceReference<CliCommand>> references = List
				.copyOf(bundleContext.getServiceReferences(CliCommand.class, null));
		try {
			// a command whose bundle cannot work here is left out (e.g. those of UI bundles where no window toolkit
			// resolved: a 32-bit Java on Windows); the framework logs why
			List<CliCommand> commands = references.stream().map(bundleContext::getService).filter(Objects::nonNull)
					.toList();
			return new CommandLine(commands, System.out, System.err, dataFolder, session::setUser,
					session.defaultStore()).execute(args);
		} finally {
			references.forEach(bundleContext::ungetService);
			session.close();
		}
	}

	@Override
	public void stop() {
		// a command runs to its end; nothing to interrupt
	}

	/**
	 * The defaults of this installation for the settings: the store that {@code plugin_customization.ini} of a
	 * district's package names ({@value #PRODUCT_NODE}{@code /store}, the preference the workbench reads too).
	 */
	static Map<String, String> productDefaults() {
		String store = DefaultScope.INSTANCE.getNode(PRODUCT_NODE).get(Workplace.STORE_SETTING, ""); //$NON-NLS-1$
		return store.isBlank() ? Map.of() : Map.of(Workplace.STORE_SETTING, store.strip());
	}

	/** The preference node of a district's defaults (the workbench's bundle; read here without loading it). */
	static final String PRODUCT_NODE = "org.harapan.ui"; //$NON-NLS-1$

	/** The application (not a component) reads where the data folder is: {@code -Dharapan.data}, {@code $HARAPAN_DATA}. */
	static Path dataFolder() {
		String property = System.getProperty("harapan.data"); //$NON-NLS-1$
		if (property != null && !property.isBlank()) {
			return Path.of(property).toAbsolutePath();
		}
		String env = System.getenv("HARAPAN_DATA"); //$NON-NLS-1$
		return env != null && !env.isBlank() ? Path.of(env).toAbsolutePath()
				: Path.of(System.getProperty("user.home"), ".harapan"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
