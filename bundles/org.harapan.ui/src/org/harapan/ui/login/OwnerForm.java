package org.harapan.ui.login;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.harapan.casework.UserAdministration;

/**
 * The account part of the first start on a new embedded store: a user name and a password (twice) that create the
 * store's administrator, and whether to encrypt the store with a key derived from that password. Empty name and
 * passwords skip it: one person then uses the store without a login, as before. Each choice says what it means.
 */
public final class OwnerForm {

	private static final int WIDTH = 380;

	private final Group control;
	private final Text name;
	private final Text password;
	private final Text repeat;
	private final Button encrypt;
	private final Label problem;
	private final List<Runnable> listeners = new ArrayList<>();

	public OwnerForm(Composite parent) {
		control = new Group(parent, SWT.NONE);
		control.setText(Messages.Owner_Title);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 6).applyTo(control);
		wrapped(Messages.Owner_Intro);
		name = field(Messages.Owner_Name, SWT.NONE);
		password = field(Messages.Owner_Password, SWT.PASSWORD);
		repeat = field(Messages.Owner_Repeat, SWT.PASSWORD);
		wrapped(Messages.Owner_Administrator);
		encrypt = new Button(control, SWT.CHECK);
		encrypt.setText(Messages.Owner_Encrypt);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(encrypt);
		wrapped(Messages.Owner_EncryptMeans);
		problem = new Label(control, SWT.WRAP);
		problem.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(2, 1).hint(WIDTH, SWT.DEFAULT).applyTo(problem);
		encrypt.addListener(SWT.Selection, e -> changed());
		updateState();
	}

	private Label wrapped(String text) {
		Label label = new Label(control, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(WIDTH, SWT.DEFAULT).applyTo(label);
		return label;
	}

	private Text field(String label, int style) {
		new Label(control, SWT.NONE).setText(label);
		Text text = new Text(control, SWT.BORDER | SWT.SINGLE | style);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, e -> changed());
		return text;
	}

	public Control control() {
		return control;
	}

	/** Whether the user chose to skip the account (name and passwords empty): no login, as before. */
	public boolean skipped() {
		return name.getText().isBlank() && password.getCharCount() == 0 && repeat.getCharCount() == 0;
	}

	/** What keeps the account from being created as given, in the user's language; empty when it can be (or is skipped). */
	public Optional<String> problem() {
		if (skipped()) {
			return Optional.empty();
		}
		if (name.getText().isBlank()) {
			return Optional.of(Messages.Owner_NameMissing);
		}
		if (password.getCharCount() < UserAdministration.MIN_PASSWORD) {
			return Optional.of(NLS.bind(Messages.Owner_PasswordShort, UserAdministration.MIN_PASSWORD));
		}
		char[] a = password.getTextChars();
		char[] b = repeat.getTextChars();
		try {
			return Arrays.equals(a, b) ? Optional.empty() : Optional.of(Messages.Owner_PasswordsDiffer);
		} finally {
			Arrays.fill(a, '\0');
			Arrays.fill(b, '\0');
		}
	}

	/** The account to create, when one is given and has no {@link #problem()}; the caller clears its password. */
	public Optional<Owner> value() {
		if (skipped() || problem().isPresent()) {
			return Optional.empty();
		}
		return Optional.of(new Owner(name.getText().strip(), password.getTextChars(), encrypt.getSelection()));
	}

	/** Shows a message below the form (a problem of the account, or a failure of creating it). */
	public void showProblem(String message) {
		problem.setText(message == null ? "" : message); //$NON-NLS-1$
		control.getParent().layout(true, true);
	}

	/** What the form says while the account is being created. */
	public String workingText() {
		return encrypt.getSelection() ? Messages.Owner_WorkingEncrypt : Messages.Owner_Working;
	}

	/** Enables or disables the fields (while the account is being created). */
	public void setEnabled(boolean enabled) {
		for (Control c : List.of(name, password, repeat)) {
			c.setEnabled(enabled);
		}
		encrypt.setEnabled(enabled && !skipped());
	}

	/** Called whenever the user changes something. */
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	private void changed() {
		updateState();
		listeners.forEach(Runnable::run);
	}

	private void updateState() {
		encrypt.setEnabled(!skipped());
		if (skipped()) {
			encrypt.setSelection(false);
		}
		String shown = problem.getText();
		String now = skipped() || repeat.getCharCount() == 0 ? "" : problem().orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
		if (!shown.equals(now)) {
			showProblem(now);
		}
	}

	// for the tests

	public Text nameField() {
		return name;
	}

	public Text passwordField() {
		return password;
	}

	public Text repeatField() {
		return repeat;
	}

	public Button encryptButton() {
		return encrypt;
	}

	public Label problemLabel() {
		return problem;
	}
}
