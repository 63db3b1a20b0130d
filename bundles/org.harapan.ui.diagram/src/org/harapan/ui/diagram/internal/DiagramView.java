package org.harapan.ui.diagram.internal;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.harapan.ui.diagram.DiagramSource;
import org.harapan.ui.diagram.DiagramViewer;

/**
 * The diagram of the active editor (any editor that adapts to {@link DiagramSource}: programme structure,
 * curriculum flow), redrawn when its document changes; clicking a node selects its object in the editor.
 */
public class DiagramView extends ViewPart {

	public static final String ID = "org.harapan.ui.diagram.view"; //$NON-NLS-1$

	private Composite stack;
	private Label empty;
	private DiagramViewer viewer;
	private DiagramSource source;
	private final Runnable refresh = this::refresh;

	private final IPartListener2 parts = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			follow(ref.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (source != null && ref.getPart(false) != null
					&& source.equals(Adapters.adapt(ref.getPart(false), DiagramSource.class, true))) {
				show(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		StackLayout layout = new StackLayout();
		stack.setLayout(layout);
		Composite message = new Composite(stack, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(message);
		empty = new Label(message, SWT.WRAP);
		empty.setText(Messages.View_NoDiagram);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(empty);
		viewer = new DiagramViewer(stack);
		viewer.onClick(element -> {
			if (source != null) {
				source.select(element);
			}
		});
		layout.topControl = message;
		getSite().getPage().addPartListener(parts);
		getSite().getPage().addPostSelectionListener(selections);
		follow(getSite().getPage().getActiveEditor());
	}

	/** A document selected elsewhere (e.g. a stored curriculum in a navigator) that has a diagram. */
	private final ISelectionListener selections = (part, selection) -> {
		if (part != this && !(part instanceof IEditorPart) && selection instanceof IStructuredSelection s && s.size() == 1) {
			DiagramSource d = Adapters.adapt(s.getFirstElement(), DiagramSource.class, true);
			if (d != null) {
				show(d);
			}
		}
	};

	private void follow(IWorkbenchPart part) {
		if (part instanceof IEditorPart editor) {
			DiagramSource s = Adapters.adapt(editor, DiagramSource.class, true);
			if (s != null) {
				show(s);
			}
		}
	}

	/** Shows the diagram of {@code s} (null: the message that no editor has one). */
	public void show(DiagramSource s) {
		if (java.util.Objects.equals(s, source)) {
			return;
		}
		if (source != null) {
			source.removeChangeListener(refresh);
		}
		source = s;
		if (source != null) {
			source.addChangeListener(refresh);
		}
		refresh();
		if (source != null) {
			viewer.canvas().fit(); // a new document: all of it at first
		}
	}

	private void refresh() {
		if (stack.isDisposed()) {
			return;
		}
		StackLayout layout = (StackLayout) stack.getLayout();
		if (source == null) {
			layout.topControl = empty.getParent();
		} else {
			viewer.setDiagram(source.diagram());
			layout.topControl = viewer.control();
		}
		stack.layout(true, true);
	}

	/** The viewer (tests). */
	public DiagramViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		stack.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(parts);
		getSite().getPage().removePostSelectionListener(selections);
		if (source != null) {
			source.removeChangeListener(refresh);
		}
		super.dispose();
	}
}
