package org.harapan.ui.programme.dryrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.harapan.casework.decisions.CaseloadEvaluator;
import org.harapan.casework.decisions.DryRunLine;
import org.harapan.casework.decisions.HouseholdSource;
import org.harapan.model.Household;
import org.harapan.programme.Programme;
import org.harapan.rules.Evaluation;
import org.harapan.rules.GrowthScorer;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.RuleSet;
import org.harapan.store.HouseholdQuery;

/**
 * "What would change?": evaluates the caseload for a tahap with the installed rule sets and with the same rule
 * sets reading a changed programme document (the dry run of {@code rules diff}), and keeps the decisions that
 * differ ({@link DryRunLine}: benefit, sanction, aid, referral, with both explanations). Both evaluations of a
 * household run on the evaluator's worker threads.
 */
public final class DryRun {

	/** What a dry run found: the changed decisions (KPM id order), how many households it evaluated and changed. */
	public record Result(Period period, String programmeId, List<DryRunLine> lines, long households, long affected,
			long benefitDifference) {
	}

	private DryRun() {
	}

	/**
	 * The installed rule sets with {@code changed} read instead of their own document of its id; empty when no
	 * installed rule set reads that programme.
	 */
	public static List<RuleSet> withProgramme(List<RuleSet> installed, Programme changed) {
		List<RuleSet> after = new ArrayList<>();
		boolean used = false;
		for (RuleSet s : installed) {
			RuleSet c = s.withProgramme(changed);
			used |= c != null;
			after.add(c != null ? c : s);
		}
		return used ? after : List.of();
	}

	/**
	 * Runs the dry run over every household of {@code source}; {@code language} ({@code id} or {@code en}) is the
	 * language of the explanations.
	 *
	 * @throws IllegalArgumentException when no installed rule set reads {@code changed}'s programme
	 */
	public static Result run(HouseholdSource source, RuleEngine engine, Programme changed, GrowthScorer scorer,
			Period period, String language, IProgressMonitor monitor) {
		List<RuleSet> installed = engine.ruleSets();
		List<RuleSet> after = withProgramme(installed, changed);
		if (after.isEmpty()) {
			throw new IllegalArgumentException(changed.getId());
		}
		Map<Household, Evaluation> afterOf = new ConcurrentHashMap<>();
		RuleEngine afterEngine = engine.with(after);
		SharedScores scores = new SharedScores(scorer);
		RuleEngine both = new PairedEngine(engine.with(installed), (h, date, p) -> {
			scores.nextHousehold();
			afterOf.put(h, afterEngine.evaluate(h, date, p, scores));
		});
		List<DryRunLine> lines = new ArrayList<>();
		long[] counts = new long[3];
		new CaseloadEvaluator(both, scores).evaluate(source, HouseholdQuery.all(), period.first(), period,
				(h, before) -> {
					counts[0]++;
					List<DryRunLine> changes = DryRunLine.compare(h, before, afterOf.remove(h), language);
					if (!changes.isEmpty()) {
						counts[1]++;
						lines.addAll(changes);
						changes.forEach(l -> counts[2] += l.benefitDifference());
					}
				}, monitor);
		return new Result(period, changed.getId(), List.copyOf(lines), counts[0], counts[1], counts[2]);
	}
}
