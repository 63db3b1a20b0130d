package org.harapan.rules.testing;

import java.time.LocalDate;
import java.util.List;

import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.RuleSet;
import org.harapan.rules.internal.Engine;

/** Evaluates test households with a chosen list of rule sets, the way the engine service would. */
public final class Evaluations {

	private Evaluations() {
	}

	/** {@code kpm} at {@code date} (deciding the tahap containing it) with exactly {@code sets}. */
	public static Evaluation evaluate(Kpm kpm, LocalDate date, RuleSet... sets) {
		RuleEngine engine = new Engine(List.of(sets));
		return engine.evaluate(kpm.household(), date, engine.periodOf(date), kpm.scorer());
	}

	/** The findings of rule set {@code ruleSetId} as comparable lines: kind, subject, outcome, amount, member. */
	public static List<String> lines(Evaluation e, String ruleSetId) {
		return e.findings().stream().filter(f -> f.ruleSetId().equals(ruleSetId)).map(Evaluations::line).toList();
	}

	public static String line(Finding f) {
		return f.kind().word() + ' ' + f.subject() + ' ' + f.outcome() + ' ' + f.amountRp() + ' ' + f.memberNik();
	}

	/**
	 * The findings of {@code national} for {@code kpm} at {@code date} evaluated alone and together with
	 * {@code regional}: the two lists are equal when the regional rules only add findings.
	 */
	public static List<List<String>> nationalAloneAndWith(Kpm kpm, LocalDate date, RuleSet national,
			RuleSet regional) {
		return List.of(lines(evaluate(kpm, date, national), national.id()),
				lines(evaluate(kpm, date, national, regional), national.id()));
	}
}
