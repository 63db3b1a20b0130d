package org.harapan.cli.internal.rules;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.harapan.casework.decisions.VerificationLine;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.programme.ParameterVersion;
import org.harapan.rules.Period;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code harapan verify --month YYYY-MM [--desa CODE | --facilitator ID]}: the commitments to verify for a month
 * (verifikasi komitmen) and what the household files record for them.
 */
@Component(service = CliCommand.class)
public class VerifyCommand implements CliCommand {

	@Reference
	private RulesSupport support;

	@Override
	public String name() {
		return "verify"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "monthly commitment verification of a desa or a facilitator's caseload: met, not met, exempt, not verified"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "--month YYYY-MM [--desa CODE] [--facilitator ID] [--out FILE.csv] " + CommandContext.DB_USAGE; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) throws Exception {
		String monthText = context.arguments().required("--month"); //$NON-NLS-1$
		YearMonth month;
		try {
			month = YearMonth.parse(monthText.trim());
		} catch (DateTimeParseException e) {
			throw new UsageException("--month needs yyyy-MM, not '" + monthText + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		HouseholdQuery query = RulesSupport.query(context);
		Optional<String> file = context.arguments().option(RulesSupport.OUT);
		StoreLocation location = context.storeLocation();
		context.arguments().checkNoneLeft();
		Period period = support.engine().periodOf(month.atDay(1));
		ParameterVersion national = VerificationLine.nationalParameters(support.engine(), month.atDay(1));
		if (national == null) {
			context.err().println("harapan verify: no national rule set with conditionalities is installed"); //$NON-NLS-1$
			return ExitCode.FAILURE;
		}
		Map<String, Integer> byStatus = new TreeMap<>();
		long[] households = new long[1];
		support.evaluateInto(context, name(), location, query, month.atDay(1), period, support.engine(), file,
				VerificationLine.COLUMNS, (h, e, out) -> {
					households[0]++;
					for (VerificationLine l : VerificationLine.of(h, month, e, national)) {
						byStatus.merge(l.status(), 1, Integer::sum);
						RulesSupport.row(out, l.cells());
					}
				}, null);
		RulesSupport.summary(context, file).println("verify " + month + ": " + households[0] + " households, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ byStatus.values().stream().mapToInt(Integer::intValue).sum() + " commitments " + byStatus); //$NON-NLS-1$
		return ExitCode.OK;
	}
}
