package org.harapan.ui.household.internal.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The household file's selection in the workbench: the household, or the member the user is looking at (so that the
 * growth chart and decisions views follow the editor).
 */
public final class EditorSelection implements IPostSelectionProvider {

	private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
	private final List<ISelectionChangedListener> postListeners = new CopyOnWriteArrayList<>();
	private ISelection selection = StructuredSelection.EMPTY;

	/** Selects {@code element} (a household or member) and tells the listeners. */
	public void set(Object element) {
		selection = element == null ? StructuredSelection.EMPTY : new StructuredSelection(element);
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		listeners.forEach(l -> l.selectionChanged(event));
		postListeners.forEach(l -> l.selectionChanged(event));
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection selection) {
		this.selection = selection;
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.add(listener);
	}

	@Override
	public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.remove(listener);
	}
}
