package org.harapan.ui.household.internal.editor;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;

/**
 * Undo and redo over a household file's command stack: the handlers of the workbench's Edit > Undo / Redo (Ctrl+Z,
 * Ctrl+Y) while its editor is active.
 */
public final class UndoRedo {

	private final Action undo;
	private final Action redo;

	public UndoRedo(CommandStack stack) {
		undo = action(Messages.Editor_Undo, stack::undo, IWorkbenchCommandConstants.EDIT_UNDO,
				ISharedImages.IMG_TOOL_UNDO);
		redo = action(Messages.Editor_Redo, stack::redo, IWorkbenchCommandConstants.EDIT_REDO,
				ISharedImages.IMG_TOOL_REDO);
		stack.addCommandStackListener(e -> update(stack));
		update(stack);
	}

	private static Action action(String text, Runnable run, String command, String image) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setActionDefinitionId(command);
		action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
		return action;
	}

	private void update(CommandStack stack) {
		undo.setEnabled(stack.canUndo());
		redo.setEnabled(stack.canRedo());
	}

	public Action undo() {
		return undo;
	}

	public Action redo() {
		return redo;
	}
}
