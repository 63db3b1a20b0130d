package org.harapan.ui.login;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.window.Window;
import org.harapan.casework.UserSession;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The workbench's source of passwords: when casework opens a store that has users (or is encrypted), a
 * {@link LoginDialog} asks for the user name and password on the UI thread; the user becomes the session's user.
 */
public final class LoginPrompt implements UserSession.PasswordSource {

	private final Display display;
	private final UserSession session;
	/** Whether a password was given before: asked again, it did not open the store. */
	private boolean asked;

	private LoginPrompt(Display display, UserSession session) {
		this.display = display;
		this.session = session;
	}

	/** Makes the login dialog the password source of the user session (the application calls this at start). */
	public static void install(Display display) {
		BundleContext context = FrameworkUtil.getBundle(LoginPrompt.class).getBundleContext();
		ServiceReference<UserSession> reference = context == null ? null
				: context.getServiceReference(UserSession.class);
		UserSession session = reference == null ? null : context.getService(reference);
		if (session != null) {
			session.setPasswordSource(new LoginPrompt(display, session));
		}
	}

	@Override
	public char[] password(String user) {
		AtomicReference<char[]> result = new AtomicReference<>();
		if (display.isDisposed()) {
			return null;
		}
		display.syncExec(() -> {
			Shell parent = display.getActiveShell();
			LoginDialog dialog = new LoginDialog(parent, user, asked);
			asked = false;
			if (dialog.open() == Window.OK && !dialog.userName().isEmpty()) {
				asked = true; // asked again: what was given did not open the store
				session.setUser(dialog.userName());
				result.set(dialog.password());
			}
		});
		return result.get();
	}
}
