package org.harapan.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.statushandlers.AbstractStatusHandler;
import org.harapan.ui.CaseStoreJobs;
import org.harapan.ui.Perspectives;

/** Workbench-wide policy: the perspective of the user's role opens first (Case worker before the first choice). */
public class HarapanWorkbenchAdvisor extends WorkbenchAdvisor {

	private AbstractStatusHandler errorHandler;

	@Override
	public String getInitialWindowPerspectiveId() {
		return Perspectives.ofChosenRole();
	}

	/** The Welcome view of earlier versions, which a layout saved by them may still hold. */
	static final String REMOVED_WELCOME_VIEW = "org.harapan.ui.views.welcome"; //$NON-NLS-1$

	@Override
	public void postStartup() {
		Perspectives.followRole();
		closeRemovedViews();
	}

	/** Closes the views that are no longer in the product (rather than showing "could not create the view"). */
	private static void closeRemovedViews() {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				IViewReference removed = page.findViewReference(REMOVED_WELCOME_VIEW);
				if (removed != null) {
					page.hideView(removed);
				}
			}
		}
	}

	/** Every problem to the log with its detail; only a plain message in a dialog ({@link HarapanErrorHandler}). */
	@Override
	public synchronized AbstractStatusHandler getWorkbenchErrorHandler() {
		if (errorHandler == null) {
			errorHandler = new HarapanErrorHandler();
		}
		return errorHandler;
	}

	/**
	 * Opens casework on the case store in the background (making the demo kabupaten on a fresh machine) and publishes
	 * its {@link CaseStoreJob.Summary} in the workbench context, where the status line ({@link StoreStatus}) tracks it. It starts before the
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
