package org.harapan.ui.login;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.harapan.casework.UserSession;
import org.harapan.ui.internal.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * When a store has users, casework asks the session for the password and the workbench answers with the login
 * dialog: what the user types there becomes the session's user and password.
 */
@ExtendWith(Screenshots.class)
class LoginDialogTest {

	/** How often (every 100 ms) the test looks for the active login dialog. */
	private static final int ACTIVATION_TRIES = 200;

	private final Display display = Display.getCurrent();
	private UserSession session;

	@AfterEach
	void defaultUser() {
		if (session != null) {
			session.setUser(null);
			session.forgetPassword();
		}
	}

	@Test
	void theLoginDialogGivesTheSessionItsUserAndPassword() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(LoginDialog.class).getBundleContext();
		session = context.getService(context.getServiceReference(UserSession.class));
		LoginPrompt.install(display);
		session.setUser("pendamping"); //$NON-NLS-1$
		List<String> seen = new ArrayList<>();
		display.timerExec(300, () -> type(seen, ACTIVATION_TRIES));
		char[] password = session.password();
		assertEquals(List.of(Messages.Login_Title, "pendamping"), seen); //$NON-NLS-1$
		assertArrayEquals("rahasia-ani".toCharArray(), password); //$NON-NLS-1$
		assertEquals("ani", session.user()); //$NON-NLS-1$
		assertArrayEquals("rahasia-ani".toCharArray(), session.password(), "asked once"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * In the open dialog: the user name ani and a password, a screenshot, then OK. On a busy machine the dialog may
	 * not be active yet: it is looked at again a little later (a while at most, then it is closed so that the test
	 * fails instead of waiting for ever).
	 */
	private void type(List<String> seen, int tries) {
		Shell shell = display.getActiveShell();
		List<Text> fields = new ArrayList<>();
		if (shell != null) {
			collect(shell, fields);
		}
		if (fields.stream().noneMatch(t -> (t.getStyle() & SWT.PASSWORD) != 0)) { // not the dialog (yet)
			if (tries > 0) {
				display.timerExec(100, () -> type(seen, tries - 1));
				return;
			}
			for (Shell open : display.getShells()) {
				if (open.isVisible() && Messages.Login_Title.equals(open.getText())) {
					open.close();
				}
			}
		}
		assertNotNull(shell, "the login dialog is open"); //$NON-NLS-1$
		seen.add(shell.getText());
		Text user = fields.stream().filter(t -> (t.getStyle() & SWT.PASSWORD) == 0).findFirst().orElseThrow();
		Text password = fields.stream().filter(t -> (t.getStyle() & SWT.PASSWORD) != 0).findFirst().orElseThrow();
		seen.add(user.getText());
		user.setText("ani"); //$NON-NLS-1$
		password.setText("rahasia-ani"); //$NON-NLS-1$
		try {
			Screenshots.take("login"); //$NON-NLS-1$
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
		Button ok = shell.getDefaultButton();
		ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	private static void collect(Composite parent, List<Text> fields) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Text t) {
				fields.add(t);
			} else if (c instanceof Composite inner) {
				collect(inner, fields);
			}
		}
	}
}
