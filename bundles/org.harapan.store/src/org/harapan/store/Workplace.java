package org.harapan.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The user's data folder and what lives in it: the default store, the settings file. One service (Declarative
 * Services) that the applications configure at start (the CLI and the workbench read {@code $HARAPAN_DATA} or
 * {@code -Dharapan.data} and call {@link #setDataFolder}); components ask it instead of reading system
 * properties or the environment.
 */
public interface Workplace {

	/** The name of the settings file in the data folder ({@code language=}, {@code user=}, …). */
	String SETTINGS_FILE = "settings.properties"; //$NON-NLS-1$

	/** The data folder, once an application has set it. */
	Optional<Path> dataFolder();

	/** The data folder; throws {@link IllegalStateException} when no application has set one. */
	default Path requireDataFolder() {
		return dataFolder().orElseThrow(() -> new IllegalStateException("No data folder is set")); //$NON-NLS-1$
	}

	/** Sets the data folder (made absolute); the applications call this at start. */
	void setDataFolder(Path folder);

	/** The setting naming the store the applications open by default: a path to an embedded H2 file or a JDBC URL. */
	String STORE_SETTING = "store"; //$NON-NLS-1$

	/**
	 * The store the applications open by default: {@value #STORE_SETTING} of the settings (a district's central
	 * store), else the embedded store of the data folder ({@link StoreLocation#inDataFolder(Path)}).
	 */
	default StoreLocation defaultStore() {
		return setting(STORE_SETTING).map(StoreLocation::parse).orElseGet(() -> StoreLocation.inDataFolder(requireDataFolder()));
	}

	/**
	 * Defaults for the settings the settings file does not have: the installation's (a district's workbench names its
	 * store in its plugin customization); the applications set them at start.
	 */
	default void setProductDefaults(Map<String, String> defaults) {
		// a workplace without product defaults
	}

	/** {@code settings.properties} of the data folder. */
	default Path settingsFile() {
		return requireDataFolder().resolve(SETTINGS_FILE);
	}

	/** A value of the settings file (else of the product defaults), if the data folder is set and one has it. */
	Optional<String> setting(String key);
}
