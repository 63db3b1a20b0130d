package org.harapan.ui.casework.imports;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Import households CSV… / Import measurements CSV…: asks for the file, then imports it through casework
 * in a cancellable job ({@link ImportCsvJob}); the result is announced when it is done.
 */
public class ImportCsvHandler extends AbstractHandler {

	static final String KIND = "org.harapan.ui.casework.commands.import.kind"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		ImportCsvJob.Kind kind = ImportCsvJob.Kind.of(event.getParameter(KIND));
		Shell shell = HandlerUtil.getActiveShell(event);
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(kind == ImportCsvJob.Kind.HOUSEHOLDS ? Messages.Import_ChooseHouseholds
				: Messages.Import_ChooseMeasurements);
		dialog.setFilterExtensions(new String[] { "*.csv;*.CSV;*.txt", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.Import_CsvFiles, Messages.Import_AllFiles });
		String file = dialog.open();
		if (file != null) {
			new ImportCsvJob(kind, Path.of(file), null).schedule();
		}
		return null;
	}
}
