package org.harapan.ui.p2.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.harapan.provisioning.RegionalFeatures;
import org.harapan.ui.cases.Services;

/** Help &gt; Install Regional Rules…: the dialog over the product's regional features. */
public class RegionalRulesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		try {
			Services.await(RegionalFeatures.class).ifPresentOrElse(features -> new RegionalRulesDialog(shell, features).open(),
					() -> MessageDialog.openError(shell, Messages.Dialog_Title, Messages.Dialog_NoService));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return null;
	}
}
