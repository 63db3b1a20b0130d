package org.harapan.cli.internal.access;

import java.util.List;

import org.harapan.casework.CaseworkService;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.store.CaseStoreService;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code harapan store encrypt}: encrypts the embedded store (H2 AES) with a key derived from the administrator's
 * password; a copy of the file alone then reveals no NIK or name. {@code harapan store grant}: the application role
 * of a PostgreSQL store ({@link StoreGrant}).
 */
@Component(service = CliCommand.class)
public class StoreEncryptCommand implements CliCommand {

	@Reference
	private CaseworkService caseworks;

	@Reference
	private CaseStoreService stores;

	@Override
	public String name() {
		return "store"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "encrypt the embedded store with a key derived from the administrator's password; grant the" //$NON-NLS-1$
				+ " application role of a PostgreSQL store"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "encrypt " + CommandContext.DB_USAGE + " | " + StoreGrant.USAGE; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public int run(CommandContext context) throws Exception {
		StoreLocation location = context.storeLocation();
		String role = context.arguments().option(StoreGrant.APP_ROLE).orElse(null);
		List<String> words = context.arguments().positional();
		context.arguments().checkNoneLeft();
		if (words.equals(List.of("grant"))) { //$NON-NLS-1$
			if (role == null) {
				throw new UsageException("say which role the workbenches connect with: " + StoreGrant.APP_ROLE + " NAME"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return StoreGrant.run(context, location, role, stores);
		}
		if (!words.equals(List.of("encrypt")) || role != null) { //$NON-NLS-1$
			throw new UsageException("say what: encrypt, or grant " + StoreGrant.APP_ROLE + " NAME"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (caseworks.isEncrypted(location)) {
			context.out().println(location + " is already encrypted"); //$NON-NLS-1$
			return ExitCode.OK;
		}
		long start = System.nanoTime();
		caseworks.encrypt(location, context.progress(name(), 1).split(1));
		context.out().println(String.format(java.util.Locale.ROOT, "%s encrypted in %.1f s; it opens only with the password of its administrator", //$NON-NLS-1$
				location, (System.nanoTime() - start) / 1e9));
		return ExitCode.OK;
	}
}
