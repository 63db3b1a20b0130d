package org.harapan.ui.household.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import org.eclipse.swt.widgets.Display;
import org.harapan.casework.HouseholdEvents;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Refreshes the caseload (region counts, facilitators and the rows of the search shown) when casework saves
 * households ({@link HouseholdEvents}: one household changed, many saved, re-indexed); events that come in a burst
 * (an import) cause one refresh after {@link #DELAY_MILLIS}.
 */
final class CaseloadRefresh {

	static final int DELAY_MILLIS = 300;

	private final Display display;
	private final Runnable refresh;
	private final ServiceRegistration<EventHandler> registration;
	private boolean queued;

	CaseloadRefresh(Display display, Runnable refresh) {
		this.display = display;
		this.refresh = refresh;
		BundleContext context = FrameworkUtil.getBundle(CaseloadRefresh.class).getBundleContext();
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(EventConstants.EVENT_TOPIC, HouseholdEvents.ALL);
		registration = context == null ? null
				: context.registerService(EventHandler.class, event -> queue(), properties);
	}

	private void queue() {
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (!queued) {
				queued = true;
				display.timerExec(DELAY_MILLIS, () -> {
					queued = false;
					refresh.run();
				});
			}
		});
	}

	void dispose() {
		if (registration != null) {
			registration.unregister();
		}
	}
}
