package org.harapan.ui.programme.internal;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.harapan.ui.programme.ProgrammeEditor;

/** The Outline view's page of a programme editor: the document's tree; selecting a node selects it in the editor. */
public final class ProgrammeOutline extends ContentOutlinePage {

	private final ProgrammeEditor editor;

	public ProgrammeOutline(ProgrammeEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		ProgrammeTree.configure(viewer, editor);
		viewer.expandToLevel(2);
		viewer.addDoubleClickListener(e -> {
			Object first = viewer.getStructuredSelection().getFirstElement();
			if (first != null) {
				editor.select(first);
			}
		});
	}

	/** Refreshes the tree after a change of the document. */
	public void refresh() {
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh(true);
		}
	}

	/** Selects {@code element} in the outline. */
	public void select(Object element) {
		getTreeViewer().setSelection(new StructuredSelection(element), true);
	}
}
