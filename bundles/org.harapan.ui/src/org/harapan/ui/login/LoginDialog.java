package org.harapan.ui.login;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the user name and password when the case store has users. */
public final class LoginDialog extends TitleAreaDialog {

	private final String initialUser;
	private final boolean retry;
	private Text user;
	private Text password;
	private String userName;
	private char[] secret;

	public LoginDialog(Shell parent, String initialUser) {
		this(parent, initialUser, false);
	}

	/** {@code retry}: the last user name and password given did not open the store (the dialog says so). */
	public LoginDialog(Shell parent, String initialUser, boolean retry) {
		super(parent);
		this.initialUser = initialUser;
		this.retry = retry;
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
		if (retry) {
			setErrorMessage(Messages.Login_Retry);
		}
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

	/** At most 80 characters wide: a long message wraps rather than widening the dialog. */
	@Override
	protected Point getInitialSize() {
		Point natural = super.getInitialSize();
		int width = Math.min(natural.x, convertWidthInCharsToPixels(80));
		return new Point(width, Math.max(natural.y, getShell().computeSize(width, SWT.DEFAULT, true).y));
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
