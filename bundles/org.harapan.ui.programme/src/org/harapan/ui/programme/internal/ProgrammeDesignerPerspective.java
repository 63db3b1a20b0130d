package org.harapan.ui.programme.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Programme designer perspective: the documents navigator and the outline on the left, the editors in the
 * middle, the diagram on the right, the properties and "What would change?" below.
 */
public class ProgrammeDesignerPerspective implements IPerspectiveFactory {

	public static final String ID = "org.harapan.ui.perspective.designer"; //$NON-NLS-1$
	static final String DIAGRAM_VIEW = "org.harapan.ui.diagram.view"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("org.harapan.ui.programme.left", IPageLayout.LEFT, 0.2f, editors); //$NON-NLS-1$
		left.addView(DocumentsView.ID);
		IFolderLayout outline = layout.createFolder("org.harapan.ui.programme.outline", IPageLayout.BOTTOM, 0.5f, //$NON-NLS-1$
				"org.harapan.ui.programme.left"); //$NON-NLS-1$
		outline.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout right = layout.createFolder("org.harapan.ui.programme.right", IPageLayout.RIGHT, 0.55f, editors); //$NON-NLS-1$
		right.addView(DIAGRAM_VIEW);
		IFolderLayout bottom = layout.createFolder("org.harapan.ui.programme.bottom", IPageLayout.BOTTOM, 0.68f, editors); //$NON-NLS-1$
		bottom.addView(ChangesView.ID);
		bottom.addView(ProblemsView.ID);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(DocumentsView.ID);
		layout.addShowViewShortcut(DIAGRAM_VIEW);
		layout.addShowViewShortcut(ChangesView.ID);
		layout.addShowViewShortcut(ProblemsView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
	}
}
