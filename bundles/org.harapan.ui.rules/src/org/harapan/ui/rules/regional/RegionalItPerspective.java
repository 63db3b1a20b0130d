package org.harapan.ui.rules.regional;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.harapan.ui.Perspectives;

/**
 * The Regional IT perspective (Dinas Sosial / Dinas Kesehatan of a kabupaten/kota): the installed rule sets with
 * version, region and period on top, the findings they produced for the current tahap over the working region
 * below, with the explanation of the selected finding. No editor area.
 */
public class RegionalItPerspective implements IPerspectiveFactory {

	public static final String ID = Perspectives.REGIONAL_IT;

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(RuleSetsView.ID, IPageLayout.TOP, 0.32f, editors);
		IFolderLayout findings = layout.createFolder("org.harapan.ui.rules.folder.findings", IPageLayout.BOTTOM, //$NON-NLS-1$
				0.32f, RuleSetsView.ID);
		findings.addView(FindingsView.ID);
		findings.addPlaceholder("org.eclipse.ui.views.ProgressView"); //$NON-NLS-1$
		layout.addShowViewShortcut(RuleSetsView.ID);
		layout.addShowViewShortcut(FindingsView.ID);
	}
}
