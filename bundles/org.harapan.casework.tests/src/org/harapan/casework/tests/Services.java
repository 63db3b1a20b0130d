package org.harapan.casework.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The OSGi services the casework tests use, as Declarative Services registers them. */
final class Services {

	private Services() {
	}

	static BundleContext context() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(Services.class);
		if (bundle.getBundleContext() == null) {
			bundle.start();
		}
		return bundle.getBundleContext();
	}

	static <T> T get(Class<T> type) throws Exception {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		T service = tracker.waitForService(20_000);
		assertNotNull(service, type.getSimpleName() + " registered by SCR"); //$NON-NLS-1$
		return service;
	}
}
