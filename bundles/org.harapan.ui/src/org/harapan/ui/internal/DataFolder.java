package org.harapan.ui.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.harapan.store.Workplace;
import org.harapan.ui.WorkingRegion;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Where the user's data lives: the data folder of the {@link Workplace} service, which the workbench application
 * sets at start from the {@code harapan.data} system property (set by the {@code harapan} script), else
 * {@code $HARAPAN_DATA}, else {@code ~/.harapan}.
 */
public final class DataFolder {

	private DataFolder() {
	}

	/** The data folder of the workplace service (or of the environment when the service is missing). */
	public static Path resolve() {
		return workplace().flatMap(Workplace::dataFolder).orElseGet(DataFolder::fromEnvironment);
	}

	/**
	 * Tells the workplace service where the data folder is, and the store of this installation (the preference
	 * {@value #STORE_PREFERENCE} of {@code org.harapan.ui}, set by a district's plugin customization) unless the
	 * user's settings name one; the application calls this at start.
	 */
	static void configure() {
		workplace().ifPresent(w -> {
			w.setDataFolder(fromEnvironment());
			String store = Platform.getPreferencesService().getString(WorkingRegion.NODE, STORE_PREFERENCE, "", null); //$NON-NLS-1$
			if (!store.isBlank()) {
				w.setProductDefaults(Map.of(Workplace.STORE_SETTING, store.strip()));
			}
		});
	}

	/** The preference of {@code org.harapan.ui} naming the store of this installation (a path or JDBC URL). */
	public static final String STORE_PREFERENCE = "store"; //$NON-NLS-1$

	/** The workplace service, if there is one. */
	public static Optional<Workplace> workplace() {
		BundleContext context = FrameworkUtil.getBundle(DataFolder.class).getBundleContext();
		ServiceReference<Workplace> reference = context == null ? null : context.getServiceReference(Workplace.class);
		return reference == null ? Optional.empty() : Optional.ofNullable(context.getService(reference));
	}

	/** What the application reads (components do not): the system property, the environment, the home folder. */
	private static Path fromEnvironment() {
		String property = System.getProperty("harapan.data"); //$NON-NLS-1$
		if (property != null && !property.isBlank()) {
			return Path.of(property).toAbsolutePath();
		}
		String env = System.getenv("HARAPAN_DATA"); //$NON-NLS-1$
		if (env != null && !env.isBlank()) {
			return Path.of(env).toAbsolutePath();
		}
		return Path.of(System.getProperty("user.home"), ".harapan"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
