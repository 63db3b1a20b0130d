package org.harapan.ui.internal;

import java.io.IOException;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** Window &gt; Language: stores the choice and offers to restart in that language. */
public class LanguageHandler extends AbstractHandler {

	public static final String PARAMETER = "org.harapan.ui.commands.language.code"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		String code = event.getParameter(PARAMETER);
		LanguageSetting setting = new LanguageSetting(DataFolder.resolve());
		try {
			setting.set(code);
		} catch (IOException | IllegalArgumentException e) {
			MessageDialog.openError(shell, Messages.Language_RestartTitle,
					NLS.bind(Messages.Language_SaveFailed, setting.file(), e.getMessage()));
			return null;
		}
		String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(code));
		if (MessageDialog.openQuestion(shell, Messages.Language_RestartTitle,
				NLS.bind(Messages.Language_RestartQuestion, name))) {
			PlatformUI.getWorkbench().restart();
		}
		return null;
	}
}
