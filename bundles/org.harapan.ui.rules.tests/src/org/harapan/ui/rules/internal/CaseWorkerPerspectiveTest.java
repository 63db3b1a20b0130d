package org.harapan.ui.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.harapan.casework.CaseworkService;
import org.harapan.ui.cases.HouseholdPart;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.TestHousehold;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The growth chart and decisions views are part of the Case worker perspective and follow the same household. */
@ExtendWith(ScreenshotOnFailure.class)
class CaseWorkerPerspectiveTest {

	private static final String PERSPECTIVE = "org.harapan.ui.perspective.caseworker"; //$NON-NLS-1$
	private static final String GROWTH_CHART = "org.harapan.ui.growth.chart"; //$NON-NLS-1$

	@TempDir
	Path dir;

	@Test
	void bothViewsAreInTheCaseWorkerPerspectiveAndShowTheSelectedHousehold() throws Exception {
		IWorkbenchPage page = Workbench.page();
		assertEquals(PERSPECTIVE, page.getPerspective().getId());
		page.resetPerspective();
		IViewPart chart = page.findView(GROWTH_CHART);
		IViewPart decisions = page.findView(DecisionsView.ID);
		assertNotNull(chart, "growth chart in the perspective"); //$NON-NLS-1$
		assertNotNull(decisions, "decisions in the perspective"); //$NON-NLS-1$

		TestHousehold household = TestHousehold.create(Workbench.service(CaseworkService.class), dir);
		HouseholdPart<?> chartPart = household.showIn(GROWTH_CHART);
		HouseholdPart<?> decisionsPart = household.showIn(DecisionsView.ID);
		Workbench.waitUntil(() -> !chartPart.isBusy() && !decisionsPart.isBusy()
				&& !((DecisionsView) decisionsPart).groups().isEmpty(), "both views loaded", 60); //$NON-NLS-1$
		page.getWorkbenchWindow().getShell().setBounds(Display.getCurrent().getBounds());
		Workbench.screenshot("caseworker-" + Workbench.language()); //$NON-NLS-1$
	}
}
