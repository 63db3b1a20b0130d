package org.harapan.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;

/**
 * The Case worker (pendamping) perspective: the caseload navigator on the left, household files in the editor
 * area, and below them a folder ({@link #DETAILS_FOLDER}) with the welcome view where the views that follow the
 * caseload's selection (growth chart, decisions) are stacked.
 */
public class CaseWorkerPerspective implements IPerspectiveFactory {

	public static final String ID = org.harapan.ui.Perspectives.CASE_WORKER;

	/** The caseload navigator of org.harapan.ui.household. */
	public static final String CASELOAD_VIEW = "org.harapan.ui.household.caseload"; //$NON-NLS-1$

	/** The folder below the editor area; other bundles stack their views here (perspectiveExtensions). */
	public static final String DETAILS_FOLDER = "org.harapan.ui.folder.details"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		if (PlatformUI.getWorkbench().getViewRegistry().find(CASELOAD_VIEW) != null) { // installed
			layout.addView(CASELOAD_VIEW, IPageLayout.LEFT, 0.58f, editors);
			layout.addShowViewShortcut(CASELOAD_VIEW);
		}
		IFolderLayout details = layout.createFolder(DETAILS_FOLDER, IPageLayout.BOTTOM, 0.55f, editors);
		details.addView(WelcomeView.ID);
		details.addPlaceholder("org.harapan.ui.growth.chart"); //$NON-NLS-1$
		details.addPlaceholder("org.harapan.ui.rules.decisions"); //$NON-NLS-1$
		layout.addShowViewShortcut(WelcomeView.ID);
	}
}
