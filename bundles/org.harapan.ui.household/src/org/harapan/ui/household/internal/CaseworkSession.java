package org.harapan.ui.household.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.store.StoreException;
import org.harapan.store.StoreStatistics;
import org.harapan.ui.CaseStoreJobs;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The casework session on the default store that the caseload navigator and the household editors share: opened
 * once the start-up store job is done (the demo kabupaten is filled on a fresh machine), closed at shutdown.
 */
final class CaseworkSession {

	private static final long SERVICE_WAIT_MILLIS = 30_000;

	private static Casework casework;
	/** The statistics the start-up job read with the session, until the caseload takes them. */
	private static StoreStatistics startStatistics;

	private CaseworkSession() {
	}

	/** The shared session; waits for the start-up store job. Call it from a job, never from the UI thread. */
	static synchronized Casework get(IProgressMonitor monitor) throws InterruptedException {
		if (casework != null) {
			return casework;
		}
		while (!CaseStoreJobs.isDone()) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			Thread.sleep(50);
		}
		CaseloadView.step("store job done"); //$NON-NLS-1$
		CaseStoreJobs.Opened opened = CaseStoreJobs.takeOpened().orElse(null); // by the start-up job
		if (opened != null) {
			casework = opened.session();
			startStatistics = opened.statistics();
		} else {
			ServiceTracker<CaseworkService, CaseworkService> tracker = new ServiceTracker<>(
					FrameworkUtil.getBundle(CaseworkSession.class).getBundleContext(), CaseworkService.class, null);
			tracker.open();
			try {
				CaseworkService service = tracker.waitForService(SERVICE_WAIT_MILLIS);
				if (service == null) {
					throw new StoreException("The casework service is not available"); //$NON-NLS-1$
				}
				casework = service.openDefault(monitor);
			} finally {
				tracker.close();
			}
		}
		PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench workbench, boolean forced) {
				return true;
			}

			@Override
			public void postShutdown(IWorkbench workbench) {
				close();
			}
		});
		return casework;
	}

	/** The store's statistics: those the start-up job read, the first time, else read now. */
	static StoreStatistics statistics(Casework session) {
		synchronized (CaseworkSession.class) {
			StoreStatistics first = startStatistics;
			startStatistics = null;
			if (first != null && session == casework) {
				return first;
			}
		}
		return session.statistics();
	}

	static synchronized void close() {
		if (casework != null) {
			casework.close();
			casework = null;
		}
	}
}
