package org.harapan.ui.cases;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.function.BiConsumer;

import org.eclipse.swt.widgets.Display;
import org.harapan.casework.HouseholdEvents;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Listening on the UI thread to the casework "household changed" events ({@link HouseholdEvents#CHANGED}): the
 * saves of this workbench and of any other casework session of this platform.
 */
public final class ChangedHouseholds implements AutoCloseable {

	private final ServiceRegistration<EventHandler> registration;

	private ChangedHouseholds(ServiceRegistration<EventHandler> registration) {
		this.registration = registration;
	}

	/**
	 * Calls {@code changed} on {@code display}'s thread with the KPM id and the event (version, user) of every
	 * household saved from now on, until closed.
	 */
	public static ChangedHouseholds listen(Display display, BiConsumer<String, org.osgi.service.event.Event> changed) {
		BundleContext context = FrameworkUtil.getBundle(ChangedHouseholds.class).getBundleContext();
		if (context == null) {
			return new ChangedHouseholds(null);
		}
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(EventConstants.EVENT_TOPIC, HouseholdEvents.CHANGED);
		return new ChangedHouseholds(context.registerService(EventHandler.class, event -> {
			if (!display.isDisposed() && event.getProperty(HouseholdEvents.KPM_ID) instanceof String kpmId) {
				display.asyncExec(() -> changed.accept(kpmId, event));
			}
		}, properties));
	}

	@Override
	public void close() {
		if (registration != null) {
			registration.unregister();
		}
	}
}
