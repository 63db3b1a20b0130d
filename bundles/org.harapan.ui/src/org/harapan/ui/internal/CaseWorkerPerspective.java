package org.harapan.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;

/**
 * The Case worker (pendamping) perspective: the caseload navigator on the left, household files in the editor
 * area, and below them a folder ({@link #DETAILS_FOLDER}) for the views that follow the caseload's selection (the
 * growth chart and the decisions bring themselves through perspective extensions). No view of its own: what the
 * store holds is in the status line and Help > About, the first start's progress in the status bar and Progress
 * view.
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
		details.addPlaceholder("org.harapan.ui.growth.chart"); //$NON-NLS-1$
	}
}
