package org.harapan.ui.household.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** The widgets of one type in a dialog, and a button's text as read (without its mnemonic). */
final class WidgetTexts {

	private WidgetTexts() {
	}

	static <T extends Control> List<T> all(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(parent, type, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite c) {
			for (Control child : c.getChildren()) {
				collect(child, type, found);
			}
		}
	}

	/** {@code "&Reload"} as {@code "Reload"}. */
	static String plain(String text) {
		return text.replace("&&", "\u0000").replace("&", "").replace('\u0000', '&'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
