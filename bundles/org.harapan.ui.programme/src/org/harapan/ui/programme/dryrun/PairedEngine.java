package org.harapan.ui.programme.dryrun;

import java.time.LocalDate;
import java.util.List;

import org.harapan.model.Household;
import org.harapan.rules.Evaluation;
import org.harapan.rules.GrowthScorer;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.RuleSet;

/**
 * An engine that evaluates a household with the installed rules (its result) and, on the same worker thread,
 * lets {@code alongside} evaluate it with the changed rules: the caseload evaluator then runs both in parallel.
 */
final class PairedEngine implements RuleEngine {

	/** The second evaluation of a household, made beside the first. */
	@FunctionalInterface
	interface Alongside {
		void evaluate(Household household, LocalDate date, Period period);
	}

	private final RuleEngine before;
	private final Alongside alongside;

	PairedEngine(RuleEngine before, Alongside alongside) {
		this.before = before;
		this.alongside = alongside;
	}

	@Override
	public Evaluation evaluate(Household household, LocalDate date, Period period, GrowthScorer scorer) {
		alongside.evaluate(household, date, period);
		return before.evaluate(household, date, period, scorer);
	}

	@Override
	public List<RuleSet> ruleSets() {
		return before.ruleSets();
	}

	@Override
	public Period period(int year, int tahap) {
		return before.period(year, tahap);
	}

	@Override
	public Period periodOf(LocalDate date) {
		return before.periodOf(date);
	}

	@Override
	public RuleEngine with(List<RuleSet> ruleSets) {
		return before.with(ruleSets);
	}
}
