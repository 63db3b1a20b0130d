package org.harapan.ui.household.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.harapan.ui.household.internal.editor.Problems.Problem;

/** The list of the household file's problems at the top of a page, hidden when there is none. */
public final class ProblemList {

	private final CLabel label;
	private final FileContext file;

	public ProblemList(Composite parent, FileContext file, int columns) {
		this.file = file;
		label = new CLabel(parent, SWT.WRAP);
		label.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
		label.setBackground(ValueLabels.PROBLEM);
		GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).exclude(true).applyTo(label);
		label.setVisible(false);
		file.onChange(this::update);
	}

	/** The lines shown, one per problem (for tests too). */
	public static List<String> lines(FileContext file) {
		List<String> lines = new ArrayList<>();
		for (Problem p : file.problems().all()) {
			String where = p.object() == null ? "" : file.domain().label(p.object()); //$NON-NLS-1$
			lines.add(p.feature() == null ? NLS.bind(Messages.Problem_Object, where, p.message())
					: NLS.bind(Messages.Problem_Field, new Object[] { where, Values.name(p.feature()), p.message() }));
		}
		return lines;
	}

	private void update() {
		if (label.isDisposed()) {
			return;
		}
		List<String> lines = lines(file);
		boolean show = !lines.isEmpty();
		label.setText(show ? NLS.bind(Messages.Problem_Header, lines.size()) + "\n" + String.join("\n", lines) : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (label.getVisible() != show || show) {
			label.setVisible(show);
			((org.eclipse.swt.layout.GridData) label.getLayoutData()).exclude = !show;
			label.getParent().layout(true, true);
		}
	}
}
