package org.harapan.ui.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.harapan.ui.login.LoginPrompt;

/** The workbench application: opens the Harapan Workbench window. */
public class Application implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		DataFolder.configure();
		Display display = PlatformUI.createDisplay();
		LoginPrompt.install(display);
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new HarapanWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		var workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
