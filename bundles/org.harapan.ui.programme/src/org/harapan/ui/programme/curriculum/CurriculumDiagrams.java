package org.harapan.ui.programme.curriculum;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.IEditorPart;
import org.harapan.curriculum.Curriculum;
import org.harapan.ui.diagram.Diagram;
import org.harapan.ui.diagram.DiagramSource;

/**
 * The curriculum flow diagram for the Diagram view: of a curriculum selected in the documents navigator, and of
 * the curriculum of any editor that edits one with an EMF editing domain (the curriculum editor), following its
 * changes and selecting a clicked module or session through the editor's selection provider. Registered as an
 * adapter factory (plugin.xml), so the curriculum editor needs no code for it.
 */
public final class CurriculumDiagrams implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> type) {
		if (type != DiagramSource.class) {
			return null;
		}
		if (adaptable instanceof Curriculum c) {
			return type.cast(new Document(c));
		}
		if (adaptable instanceof IEditorPart editor && adaptable instanceof IEditingDomainProvider p) {
			EditingDomain domain = p.getEditingDomain();
			return curriculum(editor, domain) == null ? null : type.cast(new Editor(editor, domain));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { DiagramSource.class };
	}

	/**
	 * The curriculum an editor edits: the root of a resource of its editing domain, or the input of the viewer that
	 * is its selection provider (the curriculum editor's outline); null when it edits none.
	 */
	static Curriculum curriculum(IEditorPart editor, EditingDomain domain) {
		if (domain != null) {
			for (Resource r : domain.getResourceSet().getResources()) {
				if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Curriculum c) {
					return c;
				}
			}
		}
		Object input = editor.getSite().getSelectionProvider() instanceof Viewer v ? v.getInput() : null;
		for (Object o : input instanceof Object[] all ? all : new Object[] { input }) {
			if (o instanceof Curriculum c) {
				return c;
			}
		}
		return null;
	}

	/** A curriculum document as it is (e.g. a stored version): its flow, nothing to select. */
	private record Document(Curriculum curriculum) implements DiagramSource {
		@Override
		public Diagram diagram() {
			return CurriculumFlowDiagram.of(curriculum);
		}

		@Override
		public void select(Object element) {
			// a stored version is not open in an editor
		}

		@Override
		public void addChangeListener(Runnable listener) {
			// it does not change
		}

		@Override
		public void removeChangeListener(Runnable listener) {
			// it does not change
		}
	}

	/** The curriculum of an open editor. */
	private static final class Editor implements DiagramSource {
		private final IEditorPart editor;
		private final EditingDomain domain;
		private final Map<Runnable, CommandStackListener> listeners = new ConcurrentHashMap<>();

		Editor(IEditorPart editor, EditingDomain domain) {
			this.editor = editor;
			this.domain = domain;
		}

		@Override
		public Diagram diagram() {
			Curriculum c = curriculum(editor, domain);
			return c == null ? new Diagram(editor.getTitle()) : CurriculumFlowDiagram.of(c);
		}

		@Override
		public void select(Object element) {
			editor.getSite().getPage().activate(editor);
			if (editor.getSite().getSelectionProvider() != null) {
				editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(List.of(element)));
			}
		}

		@Override
		public void addChangeListener(Runnable listener) {
			CommandStackListener l = event -> listener.run();
			listeners.put(listener, l);
			domain.getCommandStack().addCommandStackListener(l);
		}

		@Override
		public void removeChangeListener(Runnable listener) {
			CommandStackListener l = listeners.remove(listener);
			if (l != null) {
				domain.getCommandStack().removeCommandStackListener(l);
			}
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Editor e && e.editor == editor;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(editor);
		}
	}
}
