package org.harapan.ui.casework.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.harapan.ui.Perspectives;
import org.harapan.ui.Role;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.casework.MonthlyWorkTest;
import org.harapan.ui.casework.P2k2Fixture;
import org.harapan.ui.casework.verification.VerificationView;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Choosing the District supervisor role opens its perspective: the caseload and the monthly verification of the
 * whole kabupaten, the findings of the rules and the decisions about a household.
 */
class SupervisorPerspectiveTest extends MonthlyWorkTest {

	@AfterEach
	void backToCaseWorker() {
		Perspectives.show(Role.CASE_WORKER);
		IWorkbenchPage page = Workbench.page();
		page.closePerspective(page.getWorkbenchWindow().getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(Perspectives.DISTRICT_SUPERVISOR), false, false);
	}

	@Test
	void showsTheVerificationAndFindingsOfTheKabupaten() throws Exception {
		P2k2Fixture fixture = group();
		new WorkingRegion(Role.DISTRICT_SUPERVISOR, "64.01", List.of()).store(); //$NON-NLS-1$
		IWorkbenchPage page = Workbench.page();
		Workbench.waitUntil(() -> Perspectives.DISTRICT_SUPERVISOR.equals(page.getPerspective().getId()),
				"the District supervisor perspective after choosing the role", 20); //$NON-NLS-1$
		for (String id : new String[] { SupervisorPerspective.CASELOAD, SupervisorPerspective.FINDINGS,
				SupervisorPerspective.DECISIONS }) {
			assertNotNull(page.findView(id), id);
		}
		VerificationView verification = (VerificationView) page.findView(VerificationView.ID);
		assertNotNull(verification);
		verification.setStore(fixture.location());
		Workbench.waitUntil(() -> verification.headerText().startsWith("9 "), "the commitments of the kabupaten", 90); //$NON-NLS-1$
		page.activate(verification);
		// the findings view runs the rules over the demo kabupaten of the data folder (made at start): wait for it
		Workbench.waitUntil(() -> Job.getJobManager().isIdle(), "the jobs of the perspective", 600); //$NON-NLS-1$
		assertEquals(Perspectives.DISTRICT_SUPERVISOR, page.getPerspective().getId());
		page.getWorkbenchWindow().getShell().setBounds(Display.getCurrent().getBounds());
		Workbench.waitUntil(() -> page.getWorkbenchWindow().getShell().getSize().x == Display.getCurrent().getBounds().width,
				"the window filling the screen", 10); //$NON-NLS-1$
		Workbench.screenshot("supervisor-" + Workbench.language()); //$NON-NLS-1$
	}
}
