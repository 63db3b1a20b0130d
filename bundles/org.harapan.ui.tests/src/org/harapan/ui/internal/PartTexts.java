package org.harapan.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** The texts of the widgets of one type under a control (a status line's labels, a dialog's buttons). */
final class PartTexts {

	private PartTexts() {
	}

	static <W extends Control> List<String> of(Control root, Class<W> type, Function<W, String> text) {
		List<String> texts = new ArrayList<>();
		collect(root, type, text, texts);
		return texts;
	}

	private static <W extends Control> void collect(Control control, Class<W> type, Function<W, String> text,
			List<String> into) {
		if (type.isInstance(control)) {
			into.add(text.apply(type.cast(control)));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, text, into);
			}
		}
	}
}
