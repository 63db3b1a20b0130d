package org.harapan.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Case worker (pendamping) perspective: the welcome view, later the household views beside it. */
public class CaseWorkerPerspective implements IPerspectiveFactory {

	public static final String ID = "org.harapan.ui.perspective.caseworker"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addView(WelcomeView.ID, IPageLayout.LEFT, 0.95f, layout.getEditorArea());
	}
}
