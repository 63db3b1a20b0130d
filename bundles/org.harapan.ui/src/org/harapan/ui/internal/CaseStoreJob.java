package org.harapan.ui.internal;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.demo.DemoSettings;
import org.harapan.demo.DemoStore;
import org.harapan.growth.GrowthReference;
import org.harapan.store.StoreInfo;
import org.harapan.ui.CaseStoreJobs;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Opens casework on the store of the data folder when the workbench starts; on a fresh machine it first fills
 * it with the demo kabupaten (8,894 KPM in the kabupaten chosen or named by a district's workbench, else Paser:
 * {@link FirstStartDemo}), reporting progress in the Progress view and status line.
 */
public class CaseStoreJob extends Job {

	/** What the status line and Help > About show about the store. */
	public record Summary(String text, boolean ok) {
	}

	private static final long SERVICE_WAIT_MILLIS = 30_000;

	private final Consumer<Summary> listener;

	public CaseStoreJob(Consumer<Summary> listener) {
		super(Messages.Store_JobName);
		this.listener = listener;
		setUser(false);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == CaseStoreJobs.FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Store_JobName, 100);
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<CaseworkService, CaseworkService> stores = new ServiceTracker<>(context,
				CaseworkService.class, null);
		ServiceTracker<GrowthReference, GrowthReference> who2006 = tracker(context);
		stores.open();
		who2006.open();
		CaseStoreJobs.Opened opened = null;
		try {
			CaseworkService service = stores.waitForService(SERVICE_WAIT_MILLIS);
			// the WHO tables only to make the demo store: not loaded before the caseload shows on a later start
			boolean exists = service != null && DemoStore.exists(service.defaultLocation());
			GrowthReference reference = service == null || exists ? null : who2006.waitForService(SERVICE_WAIT_MILLIS);
			if (service == null || !exists && reference == null) {
				return report(Messages.Store_ServiceMissing, null);
			}
			String kabupaten = FirstStartDemo.kabupaten();
			DemoSettings demo = FirstStartDemo.settings(kabupaten);
			progress.subTask(NLS.bind(Messages.Store_CreatingDemo, FirstStartDemo.name(kabupaten),
					String.format("%,d", demo.households()))); //$NON-NLS-1$
			Optional<DemoStore.Filled> filled = DemoStore.ensure(service, reference, demo, progress.split(90));
			if (filled.isPresent()) {
				FirstStartDemo.followFirstChoice(service, reference, service.defaultLocation(), kabupaten);
			}
			Casework casework = service.openDefault(progress.split(10));
			StoreInfo info;
			try {
				info = casework.info();
				opened = new CaseStoreJobs.Opened(casework, casework.statistics());
			} catch (RuntimeException e) {
				casework.close();
				throw e;
			}
			String text = NLS.bind(Messages.Store_Summary, String.format("%,d", info.households()), info.location()); //$NON-NLS-1$
			if (filled.isPresent()) {
				text += "\n" + NLS.bind(Messages.Store_DemoCreated, FirstStartDemo.name(kabupaten)); //$NON-NLS-1$
			}
			listener.accept(new Summary(text, true));
			return Status.OK_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			return report(NLS.bind(Messages.Store_Failed, e.getMessage()), e);
		} finally {
			if (opened != null) {
				CaseStoreJobs.markDone(opened); // the caseload goes on with it
			} else {
				CaseStoreJobs.markDone();
			}
			who2006.close();
			stores.close();
		}
	}

	private IStatus report(String message, Throwable error) {
		listener.accept(new Summary(message, false));
		IStatus status = Status.error(message, error);
		ILog.of(getClass()).log(status);
		return Status.OK_STATUS; // shown in the status line; no error dialog at start-up
	}

	private static ServiceTracker<GrowthReference, GrowthReference> tracker(BundleContext context) {
		try {
			return new ServiceTracker<>(context, context.createFilter("(&(objectClass=" //$NON-NLS-1$
					+ GrowthReference.class.getName() + ")(harapan.reference.id=who2006))"), null); //$NON-NLS-1$
		} catch (org.osgi.framework.InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
