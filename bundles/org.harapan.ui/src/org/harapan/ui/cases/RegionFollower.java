package org.harapan.ui.cases;

import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.widgets.Control;
import org.harapan.ui.WorkingRegion;

/** Runs an action of a view on the UI thread whenever the user's role or working region changes, while it lives. */
public final class RegionFollower {

	private RegionFollower() {
	}

	/** Calls {@code action} after each change of the working region preferences until {@code owner} is disposed. */
	public static void follow(Control owner, Runnable action) {
		IPropertyChangeListener listener = event -> {
			if (event.getProperty().startsWith("workingRegion.") && !owner.isDisposed()) { //$NON-NLS-1$
				owner.getDisplay().asyncExec(() -> {
					if (!owner.isDisposed()) {
						action.run();
					}
				});
			}
		};
		WorkingRegion.preferences().addPropertyChangeListener(listener);
		owner.addDisposeListener(e -> WorkingRegion.preferences().removePropertyChangeListener(listener));
	}
}
