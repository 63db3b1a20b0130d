package org.harapan.ui.login;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
		display.timerExec(300, () -> type(seen));
		char[] password = session.password();
		assertEquals(List.of(Messages.Login_Title, "pendamping"), seen); //$NON-NLS-1$
		assertArrayEquals("rahasia-ani".toCharArray(), password); //$NON-NLS-1$
		assertEquals("ani", session.user()); //$NON-NLS-1$
		assertArrayEquals("rahasia-ani".toCharArray(), session.password(), "asked once"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Once the dialog is open and active: the user name ani and a password, a screenshot, then OK. */
	private void type(List<String> seen) {
		Shell shell = display.getActiveShell();
		if (shell == null || !(shell.getData() instanceof LoginDialog)) { // still opening on a busy machine
			display.timerExec(100, () -> type(seen));
			return;
		}
		seen.add(shell.getText());
		List<Text> fields = new ArrayList<>();
		collect(shell, fields);
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
