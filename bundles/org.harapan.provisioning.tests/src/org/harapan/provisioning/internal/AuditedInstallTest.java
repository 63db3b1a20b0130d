package org.harapan.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.UserSession;
import org.harapan.provisioning.Inspection;
import org.harapan.provisioning.PlannedChange;
import org.harapan.provisioning.RegionalFeatures;
import org.harapan.store.AuditEvent;
import org.harapan.store.AuditQuery;
import org.harapan.store.StoreLocation;
import org.harapan.store.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Install and uninstall through the service check the role of the casework session's user on a store with users
 * (regional IT or an administrator; a case worker is refused with the reason, and the refusal audited) and write
 * the outcome to that store's audit trail with the user, the feature and the repository. (This test runtime is no
 * installed product, so an allowed change ends as failed: it is audited as such.)
 */
class AuditedInstallTest {

	private static final char[] PASSWORD = "rahasia-pasang-1".toCharArray(); //$NON-NLS-1$

	@TempDir
	Path dir;

	private UserSession session;

	@AfterEach
	void defaultSession() {
		if (session != null) {
			session.setUser(null);
			session.setPasswordSource(null);
		}
	}

	@Test
	void aCaseWorkerIsRefusedRegionalItIsAuditedWithTheFeature() throws Exception {
		RegionalFeatures features = service(RegionalFeatures.class);
		CaseworkService caseworks = service(CaseworkService.class);
		session = service(UserSession.class);
		StoreLocation store = StoreLocation.embedded(dir.resolve("store")); //$NON-NLS-1$
		session.setUser("admin"); //$NON-NLS-1$
		try (Casework single = caseworks.open(store, null)) {
			single.users().add("admin", UserRole.ADMINISTRATOR, Set.of(), PASSWORD); //$NON-NLS-1$
			single.users().add("ani", UserRole.CASE_WORKER, Set.of("64.01.05.2005"), PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$
			single.users().add("iwan", UserRole.REGIONAL_IT, Set.of("64.01"), PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$
		}
		session.setPasswordSource(u -> PASSWORD.clone());
		Path folder = dir.resolve("repository"); //$NON-NLS-1$
		Inspection repository = new Inspection(folder.toUri(), List.of(), Optional.empty());

		session.setUser("ani"); //$NON-NLS-1$
		try (Casework ani = caseworks.open(store, null)) {
			PlannedChange refused = features.install(ani, repository, List.of("paser"), new NullProgressMonitor()); //$NON-NLS-1$
			assertEquals(IStatus.ERROR, refused.status().getSeverity());
			assertTrue(refused.status().getMessage().contains("(ani "), refused.status().getMessage()); //$NON-NLS-1$
			assertEquals(IStatus.ERROR, features.uninstall(ani, List.of("paser"), null).status().getSeverity()); //$NON-NLS-1$
		}
		session.setUser("iwan"); //$NON-NLS-1$
		try (Casework iwan = caseworks.open(store, null)) {
			PlannedChange install = features.install(iwan, repository, List.of("paser"), new NullProgressMonitor()); //$NON-NLS-1$
			assertEquals(IStatus.ERROR, install.status().getSeverity(), "no repository there: " + install.status()); //$NON-NLS-1$
			install.perform(new NullProgressMonitor()); // recorded once, when it was resolved
		}
		session.setUser("admin"); //$NON-NLS-1$
		try (Casework admin = caseworks.open(store, null)) {
			List<AuditEvent> trail = admin.auditTrail(AuditQuery.all()).stream()
					.filter(e -> !e.action().equals(AuditEvent.LOGIN) && !e.action().equals(AuditEvent.USER)).toList();
			assertEquals(List.of("ani refused", "ani refused", "iwan install"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					trail.stream().map(e -> e.user() + " " + e.action()).toList(), trail::toString); //$NON-NLS-1$
			assertTrue(trail.get(0).detail().startsWith("install org.harapan.feature.region.paser from " + folder.toUri()) //$NON-NLS-1$
					&& trail.get(0).detail().contains("Only regional IT or an administrator"), trail.get(0).detail()); //$NON-NLS-1$
			assertTrue(trail.get(1).detail().startsWith("uninstall org.harapan.feature.region.paser: "), trail.get(1).detail()); //$NON-NLS-1$
			assertTrue(trail.get(2).detail().startsWith("org.harapan.feature.region.paser from " + folder.toUri() + ": failed: "), //$NON-NLS-1$ //$NON-NLS-2$
					trail.get(2).detail());
		}
	}

	private static <T> T service(Class<T> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(AuditedInstallTest.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(20_000);
		assertNotNull(service, type.getSimpleName() + " is registered"); //$NON-NLS-1$
		return service;
	}
}
