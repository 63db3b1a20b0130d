package org.harapan.casework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.HouseholdEvents;
import org.harapan.casework.UserSession;
import org.harapan.casework.internal.UserSessionComponent;
import org.harapan.store.StoreLocation;
import org.harapan.store.Workplace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** Saves post EventAdmin events; the user comes from the session, the settings or the default. */
class EventsAndUserTest {

	@TempDir
	Path dir;

	@Test
	void everySavePostsAHouseholdChangedEvent() throws Exception {
		BlockingQueue<Event> events = new LinkedBlockingQueue<>();
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(EventConstants.EVENT_TOPIC, HouseholdEvents.ALL);
		ServiceRegistration<EventHandler> registration = Services.context().registerService(EventHandler.class,
				events::add, properties);
		UserSession session = Services.get(UserSession.class);
		try (Casework casework = Services.get(CaseworkService.class)
				.open(StoreLocation.embedded(dir.resolve("store")), null)) { //$NON-NLS-1$
			session.setUser("ani"); //$NON-NLS-1$
			casework.save(Households.with(7, LocalDate.now(), 77), "registered"); //$NON-NLS-1$
			Event changed = events.poll(20, TimeUnit.SECONDS);
			assertNotNull(changed, "an event was posted"); //$NON-NLS-1$
			assertEquals(HouseholdEvents.CHANGED, changed.getTopic());
			assertEquals("KPM-T-0007", changed.getProperty(HouseholdEvents.KPM_ID)); //$NON-NLS-1$
			assertEquals(1L, changed.getProperty(HouseholdEvents.VERSION));
			assertEquals("ani", changed.getProperty(HouseholdEvents.USER)); //$NON-NLS-1$
			assertEquals("registered", changed.getProperty(HouseholdEvents.DESCRIPTION)); //$NON-NLS-1$
			casework.change("KPM-T-0007", "moved", h -> h.setAddress("x")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Event second = events.poll(20, TimeUnit.SECONDS);
			assertNotNull(second);
			assertEquals(2L, second.getProperty(HouseholdEvents.VERSION));
			casework.change("KPM-T-0007", "nothing", h -> h.setAddress("x")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			casework.reindex(null);
			Event next = events.poll(20, TimeUnit.SECONDS);
			assertNotNull(next);
			assertEquals(HouseholdEvents.REINDEXED, next.getTopic(), "an unchanged household posts no event"); //$NON-NLS-1$
		} finally {
			session.setUser(null);
			registration.unregister();
		}
	}

	@Test
	void theUserComesFromTheSessionElseTheSettingsElseTheDefault() throws Exception {
		Workplace workplace = new Workplace() {
			private Path folder;

			@Override
			public Optional<Path> dataFolder() {
				return Optional.ofNullable(folder);
			}

			@Override
			public void setDataFolder(Path value) {
				folder = value;
			}

			@Override
			public Optional<String> setting(String key) {
				try {
					var p = new java.util.Properties();
					if (folder != null && Files.exists(settingsFile())) {
						try (var in = Files.newInputStream(settingsFile())) {
							p.load(in);
						}
					}
					return Optional.ofNullable(p.getProperty(key));
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}
		};
		UserSessionComponent session = new UserSessionComponent(workplace);
		assertEquals(UserSession.DEFAULT_USER, session.user());
		workplace.setDataFolder(dir);
		Files.writeString(dir.resolve(Workplace.SETTINGS_FILE), "language=id\nuser=budi.pendamping\n"); //$NON-NLS-1$
		assertEquals("budi.pendamping", session.user()); //$NON-NLS-1$
		session.setUser("ani"); //$NON-NLS-1$
		assertEquals("ani", session.user()); //$NON-NLS-1$
		session.setUser(" "); //$NON-NLS-1$
		assertEquals("budi.pendamping", session.user()); //$NON-NLS-1$
		assertEquals(UserSession.DEFAULT_USER, new UserSessionComponent(null).user());
	}
}
