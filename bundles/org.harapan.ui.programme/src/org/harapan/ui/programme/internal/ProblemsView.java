package org.harapan.ui.programme.internal;

import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.part.ViewPart;
import org.harapan.ui.programme.ProgrammeEditor;

/** The problems of the active programme editor's document; double-click selects the object in the editor. */
public class ProblemsView extends ViewPart {

	public static final String ID = "org.harapan.ui.programme.problems"; //$NON-NLS-1$

	private FormToolkit toolkit;
	private ProblemsSection problems;
	private ProgrammeEditor editor;
	private final Runnable refresh = this::refresh;

	private final IPartListener2 parts = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof ProgrammeEditor e) {
				follow(e);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				follow(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		toolkit = new FormToolkit(parent.getDisplay());
		problems = new ProblemsSection(parent, toolkit, element -> {
			if (editor != null) {
				getSite().getPage().activate(editor);
				editor.select(element);
			}
		});
		getSite().getPage().addPartListener(parts);
		follow(getSite().getPage().getActiveEditor() instanceof ProgrammeEditor e ? e : null);
	}

	private void follow(ProgrammeEditor e) {
		if (editor != null) {
			editor.removeChangeListener(refresh);
		}
		editor = e;
		if (editor != null) {
			editor.addChangeListener(refresh);
		}
		refresh();
	}

	private void refresh() {
		if (!problems.control().isDisposed()) {
			problems.show(editor == null ? List.of() : editor.problems());
		}
	}

	@Override
	public void setFocus() {
		problems.table().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(parts);
		if (editor != null) {
			editor.removeChangeListener(refresh);
		}
		toolkit.dispose();
		super.dispose();
	}
}
