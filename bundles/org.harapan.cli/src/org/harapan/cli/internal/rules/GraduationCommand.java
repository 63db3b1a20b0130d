package org.harapan.cli.internal.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.harapan.casework.decisions.GraduationLine;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.rules.Period;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code harapan graduation --out FILE.csv}: the graduation review list (natural, self-reliance, graduasi paksa). */
@Component(service = CliCommand.class)
public class GraduationCommand implements CliCommand {

	@Reference
	private RulesSupport support;

	@Override
	public String name() {
		return "graduation"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "the graduation review list: natural graduation, self-reliance candidates, graduasi paksa proposals"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "[--date yyyy-MM-dd] [--desa CODE] [--facilitator ID] [--out FILE.csv] " + CommandContext.DB_USAGE; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) throws Exception {
		LocalDate date = RulesSupport.date("--date", context.arguments().option("--date"), LocalDate.now()); //$NON-NLS-1$ //$NON-NLS-2$
		HouseholdQuery query = RulesSupport.query(context);
		Optional<String> file = context.arguments().option(RulesSupport.OUT);
		StoreLocation location = context.storeLocation();
		context.arguments().checkNoneLeft();
		Period period = support.engine().periodOf(date);
		Map<String, Integer> byProposal = new TreeMap<>();
		support.evaluateInto(context, name(), location, query, date, period, support.engine(), file,
				GraduationLine.COLUMNS, (h, e, out) -> {
					for (GraduationLine l : GraduationLine.of(h, e)) {
						byProposal.merge(l.proposal(), 1, Integer::sum);
						RulesSupport.row(out, l.cells());
					}
				}, null);
		RulesSupport.summary(context, file).println("graduation review " + date + ": " + byProposal); //$NON-NLS-1$ //$NON-NLS-2$
		return ExitCode.OK;
	}
}
