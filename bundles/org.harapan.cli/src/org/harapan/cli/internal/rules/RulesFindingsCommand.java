package org.harapan.cli.internal.rules;

import java.io.IOException;
import java.util.Optional;

import org.harapan.casework.decisions.FindingLine;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.rules.Finding;
import org.harapan.rules.Period;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code harapan rules findings --year Y --tahap T --out FILE.csv}: every finding for every household. */
@Component(service = CliCommand.class)
public class RulesFindingsCommand implements CliCommand {

	@Reference
	private RulesSupport support;

	@Override
	public String name() {
		return "rules"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "write every finding of the installed rules for a tahap, with both explanations"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "findings --year Y --tahap T [--out FILE.csv] [--desa CODE] [--facilitator ID] " + CommandContext.DB_USAGE; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) throws IOException {
		Period period = support.period(context);
		HouseholdQuery query = RulesSupport.query(context);
		Optional<String> file = context.arguments().option(RulesSupport.OUT);
		StoreLocation location = context.storeLocation();
		context.arguments().positional();
		context.arguments().checkNoneLeft();
		long[] counts = new long[2];
		support.evaluateInto(context, "rules findings", location, query, period.first(), period, support.engine(), //$NON-NLS-1$
				file, FindingLine.COLUMNS, (h, e, out) -> {
					counts[0]++;
					for (Finding f : e.findings()) {
						RulesSupport.row(out, FindingLine.cells(h, f));
						counts[1]++;
					}
				}, null);
		RulesSupport.summary(context, file).println("rules findings " + period + ": " + counts[0] + " households, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ counts[1] + " findings"); //$NON-NLS-1$
		return ExitCode.OK;
	}
}
