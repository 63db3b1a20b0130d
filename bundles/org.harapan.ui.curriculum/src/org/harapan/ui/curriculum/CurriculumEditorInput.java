package org.harapan.ui.curriculum;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.harapan.store.StoreLocation;

/**
 * A curriculum version to edit: its id and version in a store ({@code null} location: the default store of the data
 * folder; version 0: the latest).
 */
public record CurriculumEditorInput(StoreLocation location, String id, int version) implements IEditorInput {

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return version > 0 ? id + " " + version : id; //$NON-NLS-1$
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return getName() + (location == null ? "" : " (" + location + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}
