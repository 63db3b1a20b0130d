package org.harapan.ui.programme.internal;

import java.net.URL;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.harapan.ui.programme.ProgrammeEditor;
import org.harapan.ui.programme.ProgrammeLabels;

/**
 * The tree of a programme document (the form's outline and the Outline view): its objects as the EMF.Edit item
 * providers give them, named by {@link ProgrammeLabels}, with a context menu to add a child and remove objects
 * through commands (undoable).
 */
public final class ProgrammeTree {

	private ProgrammeTree() {
	}

	/** A tree viewer of the editor's document, with the add/remove menu. */
	public static TreeViewer create(Composite parent, int style, ProgrammeEditor editor) {
		TreeViewer viewer = new TreeViewer(parent, style);
		configure(viewer, editor);
		return viewer;
	}

	/** Shows the editor's document in {@code viewer}, with the add/remove menu. */
	public static void configure(TreeViewer viewer, ProgrammeEditor editor) {
		viewer.setContentProvider(new Content(editor.adapters()));
		viewer.setLabelProvider(new Labels(editor.adapters(), viewer.getControl()));
		viewer.setInput(editor.programme().eResource());
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> fill(m, viewer, editor));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	/** The add-child items for the selected object and the remove item. */
	static void fill(IMenuManager menu, TreeViewer viewer, ProgrammeEditor editor) {
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (selection.size() == 1 && selection.getFirstElement() instanceof EObject owner) {
			MenuManager add = new MenuManager(Messages.Tree_Add);
			for (Action a : addActions(editor, owner)) {
				add.add(a);
			}
			menu.add(add);
		}
		menu.add(new Separator());
		Action remove = new Action(Messages.Tree_Remove) {
			@Override
			public void run() {
				remove(editor, selection.toList());
			}
		};
		remove.setEnabled(!selection.isEmpty() && !(selection.getFirstElement() == editor.programme()));
		menu.add(remove);
	}

	/** One action per kind of child {@code owner} can have, each creating it with a command. */
	public static List<Action> addActions(ProgrammeEditor editor, EObject owner) {
		Collection<?> descriptors = editor.getEditingDomain().getNewChildDescriptors(owner, null);
		return descriptors.stream().filter(CommandParameter.class::isInstance).map(CommandParameter.class::cast)
				.filter(d -> d.getEValue() != null).map(d -> (Action) new Action(NLS.bind(Messages.Tree_AddChild,
						ProgrammeLabels.type(d.getEValue()), ProgrammeLabels.feature(d.getEStructuralFeature()))) {
					@Override
					public void run() {
						Command c = CreateChildCommand.create(editor.getEditingDomain(), owner, d, List.of(owner));
						editor.execute(c);
					}
				}).toList();
	}

	/** Removes {@code objects} (and what refers to them) with one command. */
	public static boolean remove(ProgrammeEditor editor, List<?> objects) {
		return editor.execute(DeleteCommand.create(editor.getEditingDomain(), objects));
	}

	private static final class Content implements ITreeContentProvider {
		private final AdapterFactory adapters;

		Content(AdapterFactory adapters) {
			this.adapters = adapters;
		}

		@Override
		public Object[] getElements(Object input) {
			return input instanceof org.eclipse.emf.ecore.resource.Resource r ? r.getContents().toArray()
					: getChildren(input);
		}

		@Override
		public Object[] getChildren(Object parent) {
			ITreeItemContentProvider p = provider(parent);
			return p == null ? new Object[0] : p.getChildren(parent).toArray();
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof EObject e ? e.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			ITreeItemContentProvider p = provider(element);
			return p != null && p.hasChildren(element);
		}

		private ITreeItemContentProvider provider(Object o) {
			return (ITreeItemContentProvider) adapters.adapt(o, ITreeItemContentProvider.class);
		}
	}

	private static final class Labels extends LabelProvider {
		private final AdapterFactory adapters;
		private final LocalResourceManager images;

		Labels(AdapterFactory adapters, org.eclipse.swt.widgets.Control owner) {
			this.adapters = adapters;
			this.images = new LocalResourceManager(JFaceResources.getResources(), owner);
		}

		@Override
		public String getText(Object element) {
			return ProgrammeLabels.text(element);
		}

		@Override
		public Image getImage(Object element) {
			IItemLabelProvider p = (IItemLabelProvider) adapters.adapt(element, IItemLabelProvider.class);
			Object image = p == null ? null : p.getImage(element);
			return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
		}
	}
}
