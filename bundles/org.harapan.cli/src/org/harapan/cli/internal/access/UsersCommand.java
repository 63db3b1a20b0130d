package org.harapan.cli.internal.access;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.UserAdministration;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.Passwords;
import org.harapan.cli.UsageException;
import org.harapan.store.UserAccount;
import org.harapan.store.UserRole;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code harapan users add|list|disable|enable|assign}: the users of a store, managed by its administrator (on a store
 * without users, the first {@code users add} creates the administrator). Passwords come from
 * {@code $HARAPAN_NEW_PASSWORD} or a prompt, never from the arguments.
 */
@Component(service = CliCommand.class)
public class UsersCommand implements CliCommand {

	private static final String ROLES = "case-worker|supervisor|designer|regional-it|admin"; //$NON-NLS-1$

	@Reference
	private CaseworkService caseworks;

	@Override
	public String name() {
		return "users"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "add, list, disable, enable users of the store and assign their role and regions (administrator)"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "add NAME --role " + ROLES + " [--region CODE,…] | list | disable NAME | enable NAME | assign NAME " //$NON-NLS-1$ //$NON-NLS-2$
				+ "[--role ROLE] --region CODE,… " + CommandContext.DB_USAGE; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) throws Exception {
		Optional<UserRole> role = context.arguments().option("--role").map(UsersCommand::role); //$NON-NLS-1$
		Optional<Set<String>> regions = context.arguments().option("--region").map(UsersCommand::regions); //$NON-NLS-1$
		var location = context.storeLocation();
		List<String> words = context.arguments().positional();
		context.arguments().checkNoneLeft();
		String what = words.isEmpty() ? "" : words.get(0); //$NON-NLS-1$
		if (!what.equals("list") && words.size() != 2 || what.equals("list") && words.size() != 1) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new UsageException("say what: add NAME, list, disable NAME, enable NAME or assign NAME"); //$NON-NLS-1$
		}
		try (Casework casework = caseworks.open(location, context.progress())) {
			UserAdministration users = casework.users();
			switch (what) {
			case "list" -> { //$NON-NLS-1$
				users.list().forEach(u -> context.out().println(line(u)));
				if (users.list().isEmpty()) {
					context.out().println("No users: one person uses this store without a login; the first 'users add' " //$NON-NLS-1$
							+ "creates its administrator."); //$NON-NLS-1$
				}
			}
			case "add" -> context.out().println(line(add(casework, words.get(1), role, regions))); //$NON-NLS-1$
			case "disable" -> context.out().println(line(users.setDisabled(words.get(1), true))); //$NON-NLS-1$
			case "enable" -> context.out().println(line(users.setDisabled(words.get(1), false))); //$NON-NLS-1$
			case "assign" -> { //$NON-NLS-1$
				String name = words.get(1);
				UserAccount now = users.list().stream().filter(u -> u.name().equals(name)).findFirst()
						.orElseThrow(() -> new UsageException("there is no user " + name)); //$NON-NLS-1$
				context.out().println(line(users.assign(name, role.orElse(now.role()),
						regions.orElseThrow(() -> new UsageException("assign needs --region CODE,…"))))); //$NON-NLS-1$
			}
			default -> throw new UsageException("unknown: " + what); //$NON-NLS-1$
			}
		}
		return ExitCode.OK;
	}

	private static UserAccount add(Casework casework, String name, Optional<UserRole> role,
			Optional<Set<String>> regions) {
		boolean first = casework.access().singleUser() && casework.users().list().isEmpty();
		UserRole r = role.orElseGet(() -> {
			if (first) {
				return UserRole.ADMINISTRATOR; // the first user of a store is its administrator
			}
			throw new UsageException("add needs --role " + ROLES); //$NON-NLS-1$
		});
		char[] password = Passwords.forNew(name);
		try {
			return casework.users().add(name, r, regions.orElse(Set.of()), password);
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private static UserRole role(String word) {
		return UserRole.of(word).orElseThrow(() -> new UsageException("--role is one of " + ROLES + ", not " + word)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Set<String> regions(String codes) {
		Set<String> result = new LinkedHashSet<>();
		for (String c : codes.split(",")) { //$NON-NLS-1$
			if (!c.isBlank()) {
				result.add(c.strip());
			}
		}
		return result;
	}

	/** {@code name role regions state}, tab-separated. */
	static String line(UserAccount u) {
		String state = u.disabled() ? "disabled" //$NON-NLS-1$
				: u.locked() ? "locked (" + u.failedLogins() + " wrong passwords)" : "active"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return u.name() + '\t' + u.role().word() + '\t' + (u.regions().isEmpty() ? "-" : String.join(",", u.regions())) //$NON-NLS-1$ //$NON-NLS-2$
				+ '\t' + state;
	}
}
