package org.harapan.ui.household;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The household file of one KPM, opened in the {@link HouseholdUi#EDITOR}; equal inputs open one editor. */
public final class HouseholdEditorInput implements IEditorInput {

	private final String kpmId;
	private final String headName;

	public HouseholdEditorInput(String kpmId, String headName) {
		this.kpmId = Objects.requireNonNull(kpmId);
		this.headName = headName;
	}

	public String kpmId() {
		return kpmId;
	}

	@Override
	public String getName() {
		return headName == null || headName.isBlank() ? kpmId : headName;
	}

	@Override
	public String getToolTipText() {
		return kpmId + (headName == null ? "" : " " + headName); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof HouseholdEditorInput o && o.kpmId.equals(kpmId);
	}

	@Override
	public int hashCode() {
		return kpmId.hashCode();
	}
}
