package org.harapan.cli.internal;

import java.nio.file.Path;
import java.util.Map;

import org.harapan.casework.UserSession;
import org.harapan.store.StoreLocation;
import org.harapan.store.Workplace;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * What the CLI application tells the services before a command runs: the data folder and the installation's
 * defaults ({@link Workplace}) and the
 * user of the audit trail ({@link UserSession}, from {@code $HARAPAN_USER} or {@code --user}).
 */
final class Session implements AutoCloseable {

	private static final long WAIT_MILLIS = 10_000;

	private final ServiceTracker<Workplace, Workplace> workplace;
	private final ServiceTracker<UserSession, UserSession> user;

	private Session(BundleContext context) {
		workplace = new ServiceTracker<>(context, Workplace.class, null);
		user = new ServiceTracker<>(context, UserSession.class, null);
		workplace.open();
		user.open();
	}

	/**
	 * @param productDefaults the installation's defaults of the settings ({@link Workplace#setProductDefaults}: the
	 *                        store a district's package names)
	 */
	static Session start(BundleContext context, Path dataFolder, Map<String, String> productDefaults, String user) {
		Session session = new Session(context);
		Workplace w = session.wait(session.workplace);
		if (w != null) {
			w.setDataFolder(dataFolder);
			w.setProductDefaults(productDefaults);
		}
		session.setUser(user);
		return session;
	}

	/**
	 * The store of commands without {@code --db}, as the data folder service decides it (the settings' store, the
	 * installation's, else the embedded store of the data folder); null without that service.
	 */
	StoreLocation defaultStore() {
		Workplace w = workplace.getService();
		return w == null ? null : w.defaultStore();
	}

	/** Sets the user of the audit trail (blank: the default). */
	void setUser(String name) {
		UserSession s = wait(user);
		if (s != null && name != null) {
			s.setUser(name);
		}
	}

	/** Where the password of the user comes from when a store asks for it ($HARAPAN_PASSWORD, a prompt). */
	void setPasswordSource(UserSession.PasswordSource source) {
		UserSession s = wait(user);
		if (s != null) {
			s.setPasswordSource(source);
		}
	}

	private <T> T wait(ServiceTracker<T, T> tracker) {
		try {
			return tracker.waitForService(WAIT_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	@Override
	public void close() {
		workplace.close();
		user.close();
	}
}
