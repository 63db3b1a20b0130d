package org.harapan.casework.internal;

import org.harapan.casework.UserSession;
import org.harapan.store.Workplace;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The user of this framework's session: set by the application ({@code --user}, {@code $HARAPAN_USER}, a login),
 * else {@code user=} of the data folder's settings, else {@value UserSession#DEFAULT_USER}.
 */
@Component(service = UserSession.class, immediate = true)
public final class UserSessionComponent implements UserSession {

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile Workplace workplace;

	private volatile String user;
	private volatile PasswordSource passwords;
	/** The password given for {@link #askedFor}, kept for the session's later opens. */
	private char[] password;
	private String askedFor;

	public UserSessionComponent() {
	}

	/** For plain Java and tests: a session over {@code workplace} (may be {@code null}). */
	public UserSessionComponent(Workplace workplace) {
		this.workplace = workplace;
	}

	@Override
	public String user() {
		String set = user;
		if (set != null) {
			return set;
		}
		Workplace w = workplace;
		return w == null ? DEFAULT_USER : w.setting(SETTING).orElse(DEFAULT_USER);
	}

	@Override
	public void setUser(String value) {
		user = value == null || value.isBlank() ? null : value.strip();
	}

	@Override
	public void setPasswordSource(PasswordSource source) {
		synchronized (this) {
			passwords = source;
			forget();
		}
	}

	@Override
	public synchronized char[] password() {
		String who = user();
		if (password == null || !who.equals(askedFor)) {
			forget();
			PasswordSource source = passwords;
			password = source == null ? null : source.password(who);
			askedFor = user(); // a login dialog may have changed the user
		}
		return password == null ? null : password.clone();
	}

	@Override
	public synchronized void login(String who, char[] given) {
		setUser(who);
		forget();
		password = given.clone();
		askedFor = user();
	}

	@Override
	public synchronized void forgetPassword() {
		forget();
	}

	private void forget() {
		if (password != null) {
			java.util.Arrays.fill(password, '\0');
		}
		password = null;
		askedFor = null;
	}
}
