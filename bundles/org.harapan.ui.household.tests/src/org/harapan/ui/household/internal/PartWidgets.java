package org.harapan.ui.household.internal;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.IHandlerService;

/** Finding the widgets of a workbench part or a dialog, and running workbench commands, as a user would. */
final class PartWidgets {

	private PartWidgets() {
	}

	/** Every widget of {@code type} in {@code part}'s content. */
	static <T extends Control> List<T> in(IWorkbenchPart part, Class<T> type) {
		Object widget = part.getSite().getService(MPart.class).getWidget();
		return WidgetTexts.all((Composite) widget, type);
	}

	/** Every widget of {@code type} in {@code parent} (a shell, a page). */
	static <T extends Control> List<T> in(Composite parent, Class<T> type) {
		return WidgetTexts.all(parent, type);
	}

	/** Runs workbench command {@code id} (e.g. Edit > Undo) as its menu item or key binding would. */
	static void execute(IWorkbenchPart part, String id) throws Exception {
		part.getSite().getService(IHandlerService.class).executeCommand(id, null);
	}

	/** The open dialog whose window is a {@code type}, or {@code null}. */
	static <T> T dialog(Class<T> type) {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && type.isInstance(shell.getData())) {
				return type.cast(shell.getData());
			}
		}
		return null;
	}
}
