package org.harapan.ui.household.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.harapan.store.HouseholdSummary;
import org.harapan.ui.household.HouseholdEditorInput;
import org.harapan.ui.household.HouseholdUi;

/** Opens the household files of a caseload selection in the household editor. */
final class HouseholdOpener {

	private HouseholdOpener() {
	}

	static void open(IWorkbenchPage page, ISelection selection) {
		if (!(selection instanceof IStructuredSelection s)) {
			return;
		}
		for (Object element : s) {
			if (element instanceof HouseholdSummary h) {
				try {
					page.openEditor(new HouseholdEditorInput(h.kpmId(), h.headName()), HouseholdUi.EDITOR);
				} catch (PartInitException e) {
					ILog.of(HouseholdOpener.class).error("Could not open household " + h.kpmId(), e); //$NON-NLS-1$
				}
			}
		}
	}
}
