package org.harapan.ui.curriculum;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.harapan.curriculum.Curriculum;
import org.harapan.ui.curriculum.internal.EditorBody;

/** Opening curricula in the workbench (for the documents navigator and menus). */
public final class CurriculumUi {

	/** The id of the curriculum editor. */
	public static final String EDITOR_ID = "org.harapan.ui.curriculum.editor"; //$NON-NLS-1$

	private CurriculumUi() {
	}

	/**
	 * Shows {@code curriculum} read-only in {@code parent} as the curriculum editor's body does (the outline of modules,
	 * sessions and steps beside the details of the selection, the problems of {@code validation} marked): previews
	 * and the designer benchmark.
	 */
	public static Control show(Composite parent, Curriculum curriculum, Diagnostic validation) {
		EditorBody body = new EditorBody(parent, EditorBody.domain(), () -> true);
		body.show(curriculum);
		body.validated(validation);
		return body.control();
	}

	/** Opens (or activates) the editor of a curriculum version. */
	public static IEditorPart open(IWorkbenchPage page, CurriculumEditorInput input) throws PartInitException {
		return page.openEditor(input, EDITOR_ID);
	}
}
