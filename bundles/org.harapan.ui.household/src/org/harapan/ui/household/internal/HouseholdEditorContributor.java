package org.harapan.ui.household.internal;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Hands the workbench's Undo and Redo to the active household file's command stack. */
public class HouseholdEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		IActionBars bars = getActionBars();
		if (part instanceof HouseholdEditor editor && editor.undoRedo() != null) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoRedo().undo());
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.undoRedo().redo());
		} else {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
		}
		bars.updateActionBars();
	}
}
