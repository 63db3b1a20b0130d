package org.harapan.ui.curriculum.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.Module;
import org.harapan.curriculum.Session;
import org.harapan.curriculum.Step;
import org.harapan.ui.cases.UiLanguage;

/**
 * The outline of a curriculum: modules (and optional modules), sessions, steps, each with its number, title in the
 * workbench's language and minutes, marked where validation found an error. Dragging a module, session or step
 * onto a sibling moves it there with an undoable command.
 */
final class OutlineTree {

	private final TreeViewer viewer;
	private final EditingDomain domain;
	private final Supplier<Boolean> editable;
	private Set<EObject> withErrors = Set.of();

	OutlineTree(Composite parent, EditingDomain domain, Supplier<Boolean> editable) {
		this.domain = domain;
		this.editable = editable;
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new Labels());
		viewer.setAutoExpandLevel(2);
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				event.doit = editable.get() && !(selected() instanceof Curriculum);
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, transfers, new Reorder());
	}

	TreeViewer viewer() {
		return viewer;
	}

	EObject selected() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof EObject e ? e : null;
	}

	void show(Curriculum curriculum) {
		viewer.setInput(new Object[] { curriculum }); // not the curriculum itself: the viewer's input is no element
		viewer.setSelection(new StructuredSelection(curriculum));
	}

	/** Refreshes labels and error marks after a change. */
	void refresh(Set<EObject> errors) {
		this.withErrors = errors;
		viewer.refresh();
	}

	/**
	 * Moves {@code moved} to the place of {@code target}, a sibling in the same list, as one undoable command.
	 *
	 * @return whether it moved
	 */
	boolean move(EObject moved, EObject target) {
		if (moved == target || moved.eContainer() != target.eContainer()
				|| moved.eContainmentFeature() != target.eContainmentFeature()) {
			return false;
		}
		EReference list = target.eContainmentFeature();
		int index = ((List<?>) target.eContainer().eGet(list)).indexOf(target);
		Command move = MoveCommand.create(domain, target.eContainer(), list, moved, index);
		if (!move.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(move);
		viewer.setSelection(new StructuredSelection(moved), true);
		return true;
	}

	private final class Reorder extends ViewerDropAdapter {
		Reorder() {
			super(viewer);
			setFeedbackEnabled(false);
		}

		@Override
		public boolean validateDrop(Object target, int operation, TransferData type) {
			Object dragged = ((IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection())
					.getFirstElement();
			return editable.get() && dragged instanceof EObject d && target instanceof EObject t
					&& d.eContainer() == t.eContainer() && d != t;
		}

		@Override
		public boolean performDrop(Object data) {
			Object dragged = ((IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection())
					.getFirstElement();
			return dragged instanceof EObject d && getCurrentTarget() instanceof EObject t && move(d, t);
		}
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return (Object[]) input;
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<Object> children = new ArrayList<>();
			if (parent instanceof Curriculum c) {
				children.addAll(c.getModules());
				children.addAll(c.getOptionalModules());
			} else if (parent instanceof Module m) {
				children.addAll(m.getSessions());
			} else if (parent instanceof Session s) {
				children.addAll(s.getSteps());
			}
			return children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof EObject e ? e.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}

	private final class Labels extends LabelProvider {
		@Override
		public String getText(Object element) {
			return label(element);
		}

		@Override
		public Image getImage(Object element) {
			return withErrors.contains(element)
					? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
					: null;
		}
	}

	/** The outline label of a curriculum element in the workbench's language. */
	static String label(Object element) {
		boolean id = UiLanguage.indonesian();
		if (element instanceof Curriculum c) {
			return title(c.getTitle(), c.getTitleEn(), id);
		}
		if (element instanceof Module m) {
			boolean optional = m.eContainingFeature() == org.harapan.curriculum.CurriculumPackage.Literals.CURRICULUM__OPTIONAL_MODULES;
			return NLS.bind(Messages.module, m.getNumber()) + ": " + title(m.getTitle(), m.getTitleEn(), id) //$NON-NLS-1$
					+ (optional ? " (" + Messages.optional + ")" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (element instanceof Session s) {
			return s.getNumber() + ". " + title(s.getTitle(), s.getTitleEn(), id) + "  (" //$NON-NLS-1$ //$NON-NLS-2$
					+ NLS.bind(Messages.minutes, s.getDurationMinutes()) + ")"; //$NON-NLS-1$
		}
		if (element instanceof Step s) {
			return s.getNumber() + ". " + title(s.getTitle(), s.getTitleEn(), id) + "  (" //$NON-NLS-1$ //$NON-NLS-2$
					+ NLS.bind(Messages.minutes, s.getDurationMinutes()) + ")"; //$NON-NLS-1$
		}
		return String.valueOf(element);
	}

	private static String title(String titleId, String titleEn, boolean id) {
		String t = id || titleEn == null || titleEn.isBlank() ? titleId : titleEn;
		return t == null ? "" : t; //$NON-NLS-1$
	}
}
