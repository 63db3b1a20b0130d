package org.harapan.ui.casework;

import java.nio.file.Path;

import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.harapan.casework.CaseworkService;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of the monthly screens share: the P2K2 group of three KPM on a temporary store, the case worker of
 * their desa as the working region (forgotten after each test), a screenshot on failure.
 */
@ExtendWith(ScreenshotOnFailure.class)
public abstract class MonthlyWorkTest {

	@TempDir
	protected Path dir;

	protected CaseworkService casework;

	/** Stores the group's households and chooses the case worker of their desa as the working region. */
	protected P2k2Fixture group() throws InterruptedException {
		casework = Workbench.service(CaseworkService.class);
		P2k2Fixture fixture = P2k2Fixture.create(casework, dir);
		P2k2Fixture.caseWorker().store();
		return fixture;
	}

	/** Closes the monthly views (they read the temporary store), then forgets the working region. */
	@AfterEach
	void forgetRegion() {
		IWorkbenchPage page = Workbench.page();
		for (IViewReference view : page.getViewReferences()) {
			if (view.getId().startsWith("org.harapan.ui.casework.")) { //$NON-NLS-1$
				page.hideView(view);
			}
		}
		WorkingRegion.clear();
	}
}
