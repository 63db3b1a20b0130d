package org.harapan.ui.cases;

import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The OSGi services (Declarative Services) views use, waited for briefly while the platform starts. */
public final class Services {

	private static final long WAIT_MILLIS = 30_000;

	private Services() {
	}

	/** The service of {@code type}, waiting up to 30 s for it to be registered; empty if it does not come. */
	public static <T> Optional<T> await(Class<T> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		if (context == null) {
			return Optional.empty();
		}
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			return Optional.ofNullable(tracker.waitForService(WAIT_MILLIS));
		} finally {
			tracker.close();
		}
	}
}
