package org.harapan.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.harapan.ui.WorkingRegion;

/** Workbench-wide policy: the perspective of the user's role opens first (the Case worker perspective until chosen). */
public class HarapanWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public String getInitialWindowPerspectiveId() {
		String id = WorkingRegion.chosen().map(r -> r.role().perspectiveId()).orElse(CaseWorkerPerspective.ID);
		return PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id) != null ? id
				: CaseWorkerPerspective.ID;
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

	/** A change of role (first start, preferences) opens the role's perspective in the active window. */
	@Override
	public void postStartup() {
		WorkingRegion.preferences().addPropertyChangeListener(event -> {
			if (!WorkingRegion.ROLE.equals(event.getProperty())) {
				return;
			}
			Display display = PlatformUI.getWorkbench().getDisplay();
			display.asyncExec(() -> WorkingRegion.chosen().ifPresent(r -> {
				IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
				IPerspectiveDescriptor perspective = PlatformUI.getWorkbench().getPerspectiveRegistry()
						.findPerspectiveWithId(r.role().perspectiveId());
				if (window != null && window.getActivePage() != null && perspective != null) {
					window.getActivePage().setPerspective(perspective);
				}
			}));
		});
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new HarapanWindowAdvisor(configurer);
	}
}
