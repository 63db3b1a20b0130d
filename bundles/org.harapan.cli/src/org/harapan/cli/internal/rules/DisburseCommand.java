package org.harapan.cli.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.core.runtime.SubMonitor;
import org.harapan.casework.Casework;
import org.harapan.casework.decisions.DisbursementLine;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.io.households.CsvOutput;
import org.harapan.rules.Period;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code harapan disburse --year Y --tahap T --out FILE.csv}: the disbursement list of a tahap, with reasons. */
@Component(service = CliCommand.class)
public class DisburseCommand implements CliCommand {

	@Reference
	private RulesSupport support;

	@Override
	public String name() {
		return "disburse"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "the disbursement list of a tahap: amount, status and reason per household, by the installed rules"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "--year Y --tahap T [--out FILE.csv] [--desa CODE] [--lang id|en] " + CommandContext.DB_USAGE; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) throws Exception {
		Period period = support.period(context);
		String lang = RulesSupport.language(context);
		HouseholdQuery query = context.arguments().option("--desa").map(HouseholdQuery.all()::withDesa) //$NON-NLS-1$
				.orElse(HouseholdQuery.all());
		Optional<String> file = context.arguments().option(RulesSupport.OUT);
		StoreLocation location = context.storeLocation();
		context.arguments().checkNoneLeft();
		SubMonitor progress = context.progress(name(), 100);
		List<DisbursementLine> lines = new ArrayList<>();
		try (Casework cw = support.open(location, progress.split(5))) {
			support.evaluator(support.engine()).evaluate(cw::forEach, query, period.first(), period,
					(h, e) -> lines.add(DisbursementLine.of(h, e)), progress.split(90));
		}
		lines.sort(Comparator.comparing(DisbursementLine::kpmId));
		long total = 0;
		Map<String, Integer> byStatus = new TreeMap<>();
		try (CsvOutput out = RulesSupport.output(context, file, DisbursementLine.COLUMNS)) {
			for (DisbursementLine l : lines) {
				out.row(l.cells(lang));
				total += l.amountRp();
				byStatus.merge(l.status(), 1, Integer::sum);
			}
		}
		progress.done();
		RulesSupport.summary(context, file).println("disburse " + period + ": " + lines.size() + " households, Rp " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ String.format("%,d", total) + " in all; " + byStatus); //$NON-NLS-1$ //$NON-NLS-2$
		return ExitCode.OK;
	}
}
