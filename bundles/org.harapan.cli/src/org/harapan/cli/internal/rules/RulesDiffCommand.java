package org.harapan.cli.internal.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.harapan.casework.decisions.DryRunLine;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.RuleSet;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code harapan rules diff --with BUNDLE.jar|FILE.programme --year Y --tahap T}: a dry run of a new or changed
 * rule set over the caseload, listing the households whose benefit, sanction, aid or referral would change.
 */
@Component(service = CliCommand.class)
public class RulesDiffCommand implements CliCommand {

	@Reference
	private RulesSupport support;

	@Override
	public String name() {
		return "rules"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "dry run: which households a new rule-set bundle or a changed programme document would change"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "diff --with BUNDLE.jar|FILE.programme --year Y --tahap T [--out FILE.csv] [--lang id|en] " //$NON-NLS-1$
				+ CommandContext.DB_USAGE;
	}

	@Override
	public int run(CommandContext context) throws Exception {
		Path with = Path.of(context.arguments().required("--with")); //$NON-NLS-1$
		Period period = support.period(context);
		String lang = RulesSupport.language(context);
		Optional<String> file = context.arguments().option(RulesSupport.OUT);
		StoreLocation location = context.storeLocation();
		context.arguments().positional();
		context.arguments().checkNoneLeft();
		List<RuleSet> installed = support.engine().ruleSets();
		try (ChangedRuleSets changed = new ChangedRuleSets(installed, with)) {
			RuleEngine after = support.engine().with(changed.after());
			long[] totals = new long[3];
			List<String> affected = new ArrayList<>();
			support.evaluateInto(context, "rules diff", location, HouseholdQuery.all(), period.first(), period, //$NON-NLS-1$
					support.engine().with(installed), file, DryRunLine.COLUMNS, (h, e, out) -> {
						totals[0]++;
						Evaluation a = after.evaluate(h, period.first(), period, support.scorer());
						List<DryRunLine> lines = DryRunLine.compare(h, e, a, lang);
						if (!lines.isEmpty()) {
							affected.add(h.getKpmId());
						}
						for (DryRunLine l : lines) {
							totals[1]++;
							totals[2] += l.benefitDifference();
							RulesSupport.row(out, l.cells());
						}
					}, null);
			RulesSupport.summary(context, file).println("rules diff " + period + " with " + changed.what() + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ affected.size() + " of " + totals[0] + " households affected, " + totals[1] //$NON-NLS-1$ //$NON-NLS-2$
					+ " decisions changed, benefit difference Rp " + String.format("%,d", totals[2])); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return ExitCode.OK;
	}
}
