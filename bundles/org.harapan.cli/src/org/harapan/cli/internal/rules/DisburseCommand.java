package org.harapan.cli.internal.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.harapan.casework.ChangeResult;
import org.harapan.casework.Casework;
import org.harapan.casework.decisions.DecisionRecorder;
import org.harapan.casework.decisions.DisbursementLine;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
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
		return "--year Y --tahap T [--out FILE.csv] [--desa CODE] [--lang id|en] [--record] " + CommandContext.DB_USAGE; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) throws Exception {
		Period period = support.period(context);
		String lang = RulesSupport.language(context);
		HouseholdQuery query = RulesSupport.query(context);
		Optional<String> file = context.arguments().option(RulesSupport.OUT);
		boolean record = context.arguments().flag("--record"); //$NON-NLS-1$
		StoreLocation location = context.storeLocation();
		context.arguments().checkNoneLeft();
		List<String> households = new ArrayList<>();
		long[] total = { 0 };
		Map<String, Integer> byStatus = new TreeMap<>();
		support.evaluateInto(context, name(), location, query, period.first(), period, support.engine(), file,
				DisbursementLine.COLUMNS, (h, e, out) -> {
					DisbursementLine l = DisbursementLine.of(h, e);
					RulesSupport.row(out, l.cells(lang));
					total[0] += l.amountRp();
					byStatus.merge(l.status(), 1, Integer::sum);
					households.add(l.kpmId());
				}, record ? (cw, progress) -> record(context, cw, households, period, progress) : null);
		RulesSupport.summary(context, file).println("disburse " + period + ": " + households.size() + " households, Rp " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ String.format("%,d", total[0]) + " in all; " + byStatus); //$NON-NLS-1$ //$NON-NLS-2$
		return ExitCode.OK;
	}

	/**
	 * Writes the decisions into every household file through casework (one change each): decision case events with
	 * their explanations, the tahap's disbursement and open referrals; a household changed meanwhile is re-evaluated
	 * as it is now stored.
	 */
	private void record(CommandContext context, Casework cw, List<String> households, Period period,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Recording decisions", households.size()); //$NON-NLS-1$
		Map<ChangeResult.Outcome, Integer> outcomes = new TreeMap<>();
		Instant now = Instant.now();
		String description = "decisions " + period; //$NON-NLS-1$
		for (String kpmId : households) {
			ChangeResult r = cw.change(kpmId, description, h -> DecisionRecorder.record(h,
					support.engine().evaluate(h, period, support.scorer()), cw.user(), now));
			outcomes.merge(r.outcome(), 1, Integer::sum);
			if (!r.isStored() && r.outcome() != ChangeResult.Outcome.UNCHANGED) {
				context.err().println("harapan disburse: " + r.message("en")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			progress.split(1);
		}
		context.err().println("disburse " + period + ": decisions recorded " + outcomes); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
