package org.harapan.ui.login;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the user name and password when the case store has users. */
public final class LoginDialog extends TitleAreaDialog {

	private final String initialUser;
	private Text user;
	private Text password;
	private String userName;
	private char[] secret;

	public LoginDialog(Shell parent, String initialUser) {
		super(parent);
		this.initialUser = initialUser;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Login_Title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Login_Title);
		setMessage(Messages.Login_Message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.Login_User);
		user = new Text(form, SWT.BORDER | SWT.SINGLE);
		user.setText(initialUser == null ? "" : initialUser); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(user);
		new Label(form, SWT.NONE).setText(Messages.Login_Password);
		password = new Text(form, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		(initialUser == null || initialUser.isBlank() ? user : password).setFocus();
		return area;
	}

	@Override
	protected void okPressed() {
		userName = user.getText().strip();
		secret = password.getTextChars();
		super.okPressed();
	}

	/** The user name given (after OK). */
	public String userName() {
		return userName;
	}

	/** The password given (after OK); the caller clears it. */
	public char[] password() {
		return secret;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** The OK button, for tests. */
	public org.eclipse.swt.widgets.Button okButton() {
		return getButton(IDialogConstants.OK_ID);
	}
}
