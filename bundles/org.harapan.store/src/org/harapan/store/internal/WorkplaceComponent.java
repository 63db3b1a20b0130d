package org.harapan.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.harapan.store.Workplace;
import org.osgi.service.component.annotations.Component;

/** The one {@link Workplace} of the framework: holds the data folder the application set. */
@Component(service = Workplace.class, immediate = true)
public final class WorkplaceComponent implements Workplace {

	private volatile Path folder;
	private volatile Map<String, String> productDefaults = Map.of();

	public WorkplaceComponent() {
	}

	/** For plain Java and tests: a workplace on {@code folder}. */
	public WorkplaceComponent(Path folder) {
		setDataFolder(folder);
	}

	@Override
	public Optional<Path> dataFolder() {
		return Optional.ofNullable(folder);
	}

	@Override
	public void setDataFolder(Path value) {
		folder = value == null ? null : value.toAbsolutePath().normalize();
	}

	@Override
	public void setProductDefaults(Map<String, String> defaults) {
		productDefaults = Map.copyOf(defaults);
	}

	@Override
	public Optional<String> setting(String key) {
		return fromFile(key).or(() -> Optional.ofNullable(productDefaults.get(key)).filter(v -> !v.isBlank()).map(String::strip));
	}

	private Optional<String> fromFile(String key) {
		Path data = folder;
		if (data == null) {
			return Optional.empty();
		}
		Path file = data.resolve(SETTINGS_FILE);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		} catch (IOException e) {
			return Optional.empty(); // an unreadable settings file is as good as none: the defaults apply
		}
		String value = properties.getProperty(key);
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
	}
}
