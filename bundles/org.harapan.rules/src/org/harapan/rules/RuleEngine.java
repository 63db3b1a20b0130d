package org.harapan.rules;

import java.time.LocalDate;
import java.util.List;

import org.harapan.model.Household;

/**
 * Evaluates households with the installed rule sets (an OSGi service; rule sets come and go with their bundles).
 */
public interface RuleEngine {

	/** The rule sets installed now, national first. */
	List<RuleSet> ruleSets();

	/**
	 * The tahap {@code tahap} of {@code year} by the tahap calendar of the national programme (quarters when no
	 * rule set has one).
	 */
	Period period(int year, int tahap);

	/** The tahap containing {@code date}. */
	Period periodOf(LocalDate date);

	/** Evaluates a household for a tahap, at its first day. */
	default Evaluation evaluate(Household household, Period period, GrowthScorer scorer) {
		return evaluate(household, period.first(), period, scorer);
	}

	/** Evaluates a household at {@code date}, deciding for {@code period}. */
	Evaluation evaluate(Household household, LocalDate date, Period period, GrowthScorer scorer);

	/** An engine like this one with {@code ruleSets} instead (for a dry run with a changed rule set). */
	RuleEngine with(List<RuleSet> ruleSets);
}
