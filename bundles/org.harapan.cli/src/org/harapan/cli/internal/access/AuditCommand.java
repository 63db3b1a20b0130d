package org.harapan.cli.internal.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.store.AuditEvent;
import org.harapan.store.AuditQuery;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code harapan audit [--user U] [--household KPM] [--since DATE]}: prints the audit trail (read only). */
@Component(service = CliCommand.class)
public class AuditCommand implements CliCommand {

	@Reference
	private CaseworkService caseworks;

	@Override
	public String name() {
		return "audit"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "print the audit trail: changes, reads, exports, logins, refusals, user and role changes"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "[--user NAME] [--household KPM_ID] [--since YYYY-MM-DD] [--limit N] " + CommandContext.DB_USAGE; //$NON-NLS-1$
	}

	/** {@code --user U} filters the trail; the user running the command is {@code --as NAME} or {@code $HARAPAN_USER}. */
	@Override
	public boolean ownsUserOption() {
		return true;
	}

	@Override
	public int run(CommandContext context) throws Exception {
		String user = context.arguments().option("--user").orElse(null); //$NON-NLS-1$
		String household = context.arguments().option("--household").orElse(null); //$NON-NLS-1$
		Instant since = context.arguments().option("--since").map(AuditCommand::instant).orElse(null); //$NON-NLS-1$
		int limit = context.arguments().count("--limit").orElse(Integer.MAX_VALUE); //$NON-NLS-1$
		var location = context.storeLocation();
		context.arguments().checkNoneLeft();
		try (Casework casework = caseworks.open(location, context.progress())) {
			context.out().println("at\tuser\taction\tkpm_id\tversion\tdetail"); //$NON-NLS-1$
			for (AuditEvent e : casework.auditTrail(new AuditQuery(user, household, since, limit))) {
				context.out().println(e.at() + "\t" + e.user() + '\t' + e.action() + '\t' //$NON-NLS-1$
						+ (e.kpmId() == null ? "-" : e.kpmId()) + '\t' + e.version() + '\t' //$NON-NLS-1$
						+ (e.detail() == null ? "" : e.detail().replace('\t', ' ').replace('\n', ' '))); //$NON-NLS-1$
			}
		}
		return ExitCode.OK;
	}

	private static Instant instant(String value) {
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneId.systemDefault()).toInstant()
					: Instant.parse(value);
		} catch (DateTimeParseException e) {
			throw new UsageException("--since needs a date YYYY-MM-DD or an instant, not " + value); //$NON-NLS-1$
		}
	}
}
