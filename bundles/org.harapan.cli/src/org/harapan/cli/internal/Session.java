package org.harapan.cli.internal;

import java.nio.file.Path;

import org.harapan.casework.UserSession;
import org.harapan.store.Workplace;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * What the CLI application tells the services before a command runs: the data folder ({@link Workplace}) and the
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

	static Session start(BundleContext context, Path dataFolder, String user) {
		Session session = new Session(context);
		Workplace w = session.wait(session.workplace);
		if (w != null) {
			w.setDataFolder(dataFolder);
		}
		session.setUser(user);
		return session;
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
