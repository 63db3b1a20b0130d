package org.harapan.ui.diagram;

/**
 * What an editor offers the diagram view (through {@code getAdapter(DiagramSource.class)}): the diagram of its
 * document as it is now, selecting a clicked object in the editor, and telling when the document changed.
 */
public interface DiagramSource {

	/** A fresh diagram of the document (not yet laid out). */
	Diagram diagram();

	/** Selects {@code element} (a node's object) in the editor. */
	void select(Object element);

	/** Calls {@code listener} (in the UI thread) whenever the document changes. */
	void addChangeListener(Runnable listener);

	void removeChangeListener(Runnable listener);
}
