package org.harapan.ui.curriculum;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Opening curricula in the workbench (for the documents navigator and menus). */
public final class CurriculumUi {

	/** The id of the curriculum editor. */
	public static final String EDITOR_ID = "org.harapan.ui.curriculum.editor"; //$NON-NLS-1$

	private CurriculumUi() {
	}

	/** Opens (or activates) the editor of a curriculum version. */
	public static IEditorPart open(IWorkbenchPage page, CurriculumEditorInput input) throws PartInitException {
		return page.openEditor(input, EDITOR_ID);
	}
}
