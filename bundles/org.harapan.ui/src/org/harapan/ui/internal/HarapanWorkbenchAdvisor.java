package org.harapan.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.harapan.ui.CaseStoreJobs;

/** Workbench-wide policy: the Case worker perspective opens first. */
public class HarapanWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public String getInitialWindowPerspectiveId() {
		return CaseWorkerPerspective.ID;
	}

	/**
	 * Opens casework on the case store in the background (making the demo kabupaten on a fresh machine) and publishes
	 * its {@link CaseStoreJob.Summary} in the workbench context, where the welcome view tracks it. It starts before the
	 * window opens, so that the store is open by the time the caseload asks for it.
	 */
	@Override
	public void preStartup() {
		IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
		Display display = PlatformUI.getWorkbench().getDisplay();
		new CaseStoreJob(summary -> display.asyncExec(() -> {
			if (!display.isDisposed()) {
				context.set(CaseStoreJob.Summary.class, summary);
			}
		})).schedule();
	}

	/** Closes the casework session of the start-up store job if the caseload never took it over. */
	@Override
	public void postShutdown() {
		CaseStoreJobs.takeOpened().ifPresent(o -> o.session().close());
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new HarapanWindowAdvisor(configurer);
	}
}
