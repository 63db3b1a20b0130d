package org.harapan.ui.household.internal.editor;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** A cell's value as text; a field with a problem is shown with an error sign, a red background and the message. */
public final class ValueLabels extends ColumnLabelProvider {

	/** The background of a field with a problem. */
	public static final Color PROBLEM = new Color(255, 218, 218);

	private final FileContext file;
	private final Cell cell;

	public ValueLabels(FileContext file, Cell cell) {
		this.file = file;
		this.cell = cell;
	}

	private Optional<String> problem(Object element) {
		EObject owner = cell.owner().apply(element);
		return owner == null ? Optional.empty() : file.problems().at(owner, cell.feature().apply(element));
	}

	@Override
	public String getText(Object element) {
		EObject owner = cell.owner().apply(element);
		return owner == null ? "" : Values.text(owner, cell.feature().apply(element)); //$NON-NLS-1$
	}

	@Override
	public Color getBackground(Object element) {
		return problem(element).isPresent() ? PROBLEM : null;
	}

	@Override
	public Image getImage(Object element) {
		return problem(element).isPresent()
				? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
				: null;
	}

	@Override
	public String getToolTipText(Object element) {
		return problem(element).orElse(null);
	}
}
