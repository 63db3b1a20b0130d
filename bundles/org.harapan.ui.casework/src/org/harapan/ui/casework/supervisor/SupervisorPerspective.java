package org.harapan.ui.casework.supervisor;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.harapan.ui.Perspectives;
import org.harapan.ui.casework.verification.VerificationView;

/**
 * The District supervisor (koordinator kabupaten) perspective: the caseload of the whole kabupaten/kota with the
 * monthly verification of every case worker's households beside it, household files in the editor area, and below
 * them the findings of the rules over the kabupaten and the decisions about the selected household.
 */
public class SupervisorPerspective implements IPerspectiveFactory {

	public static final String ID = Perspectives.DISTRICT_SUPERVISOR;

	static final String CASELOAD = "org.harapan.ui.household.caseload"; //$NON-NLS-1$
	static final String FINDINGS = "org.harapan.ui.rules.findings"; //$NON-NLS-1$
	static final String DECISIONS = "org.harapan.ui.rules.decisions"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("org.harapan.ui.casework.folder.supervisor", IPageLayout.LEFT, //$NON-NLS-1$
				0.55f, editors);
		if (installed(CASELOAD)) {
			left.addView(CASELOAD);
		}
		left.addView(VerificationView.ID);
		IFolderLayout below = layout.createFolder("org.harapan.ui.casework.folder.supervisorDetails", //$NON-NLS-1$
				IPageLayout.BOTTOM, 0.45f, editors);
		for (String view : new String[] { FINDINGS, DECISIONS }) {
			if (installed(view)) {
				below.addView(view);
				layout.addShowViewShortcut(view);
			}
		}
		below.addPlaceholder("org.eclipse.ui.views.ProgressView"); //$NON-NLS-1$
		layout.addShowViewShortcut(VerificationView.ID);
	}

	private static boolean installed(String viewId) {
		return PlatformUI.getWorkbench().getViewRegistry().find(viewId) != null;
	}
}
