package org.harapan.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.store.StoreLocation;
import org.harapan.store.Workplace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The store of a command without {@code --db}: the store a district's package names in its plugin customization
 * ({@code org.harapan.ui/store}, the default scope), as the data folder service decides; the user's settings come
 * before it, {@code --db} before both, and without either it is the embedded store of the data folder.
 */
class DefaultStoreTest {

	@TempDir
	Path data;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private Session session;
	private Optional<Path> folderBefore;

	@AfterEach
	void restore() {
		DefaultScope.INSTANCE.getNode(CliApplication.PRODUCT_NODE).remove(Workplace.STORE_SETTING);
		if (session != null) {
			Workplace w = workplace();
			w.setProductDefaults(Map.of());
			w.setDataFolder(folderBefore.orElse(null));
			session.close();
		}
	}

	/** Runs {@code where ARGS} (a command that prints the store it would open) with the session's default store. */
	private String where(String... args) {
		out.reset();
		CliCommand where = new CliCommand() {
			@Override
			public String name() {
				return "where"; //$NON-NLS-1$
			}

			@Override
			public String summary() {
				return "prints its store"; //$NON-NLS-1$
			}

			@Override
			public int run(CommandContext context) {
				context.out().print(context.storeLocation());
				return ExitCode.OK;
			}
		};
		List<String> words = new java.util.ArrayList<>(List.of("where")); //$NON-NLS-1$
		words.addAll(List.of(args));
		PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertEquals(ExitCode.OK, new CommandLine(List.of(where), stream, stream, data, null, session.defaultStore())
				.execute(words.toArray(String[]::new)));
		return out.toString(StandardCharsets.UTF_8);
	}

	private static Workplace workplace() {
		BundleContext context = FrameworkUtil.getBundle(DefaultStoreTest.class).getBundleContext();
		return context.getService(context.getServiceReference(Workplace.class));
	}

	private void start() {
		folderBefore = workplace().dataFolder();
		session = Session.start(FrameworkUtil.getBundle(getClass()).getBundleContext(), data,
				CliApplication.productDefaults(), null);
	}

	@Test
	void aPackagesStoreIsTheDefaultAndDbOverridesIt() throws Exception {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(CliApplication.PRODUCT_NODE);
		Path central = data.resolve("kabupaten").resolve("paser"); //$NON-NLS-1$ //$NON-NLS-2$
		defaults.put(Workplace.STORE_SETTING, " " + central + " "); // as plugin_customization.ini gives it //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Map.of(Workplace.STORE_SETTING, central.toString()), CliApplication.productDefaults());
		start();
		assertEquals(StoreLocation.embedded(central).toString(), where());
		Path other = data.resolve("other"); //$NON-NLS-1$
		assertEquals(StoreLocation.embedded(other).toString(), where("--db", other.toString())); //$NON-NLS-1$
		assertEquals("jdbc:postgresql://dinsos/harapan", where("--db", "jdbc:postgresql://dinsos/harapan")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		// the user's own settings come first, as in the workbench
		Path mine = data.resolve("mine"); //$NON-NLS-1$
		Files.writeString(data.resolve(Workplace.SETTINGS_FILE), "store=" + mine + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(StoreLocation.embedded(mine).toString(), where());
	}

	@Test
	void withoutAPackagesStoreItIsTheDataFoldersStore() {
		assertEquals(Map.of(), CliApplication.productDefaults());
		start();
		assertEquals(StoreLocation.inDataFolder(data).toString(), where());
		assertTrue(where().contains(data.resolve("store").toString()), where()); //$NON-NLS-1$
	}
}
