package org.harapan.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * About Harapan Workbench: the version, the data folder, the language, what the case store holds and the attributions
 * of the data and libraries it carries.
 */
public class AboutDialog extends Dialog {

	private Text text;

	public AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.About_Title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setText(contents());
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 320).applyTo(text);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}

	static String contents() {
		StringBuilder builder = new StringBuilder(NLS.bind(Messages.About_Version, ProductInfo.version())).append("\n\n"); //$NON-NLS-1$
		builder.append(NLS.bind(Messages.About_DataFolder, DataFolder.resolve())).append('\n');
		builder.append(NLS.bind(Messages.About_Language, Messages.About_LanguageName)).append('\n');
		builder.append(StoreStatus.text()).append("\n\n"); //$NON-NLS-1$
		builder.append(Messages.About_Includes).append('\n');
		for (String line : ProductInfo.attributions()) {
			builder.append("\u2022 ").append(line).append('\n'); //$NON-NLS-1$
		}
		return builder.toString();
	}

	public String text() {
		return text.getText();
	}
}
