package org.harapan.ui.curriculum.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.harapan.curriculum.documents.CurriculumDocuments;
import org.harapan.ui.curriculum.CurriculumEditorInput;
import org.harapan.ui.curriculum.CurriculumUi;

/** File > Open the P2K2 curriculum: the latest version of the national curriculum of the default store. */
public class OpenNationalHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			CurriculumUi.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(),
					new CurriculumEditorInput(null, CurriculumDocuments.NATIONAL_ID, 0));
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
