package org.harapan.rules.testing;

import java.time.LocalDate;
import java.util.List;

import org.harapan.rules.Evaluation;
import org.harapan.rules.Fact;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
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

	/** The value of the fact {@code name} of a finding; an {@link AssertionError} when it has none. */
	public static String fact(Finding f, String name) {
		return f.explanation().facts().stream().filter(x -> x.name().equals(name)).map(Fact::value).findFirst()
				.orElseThrow(() -> new AssertionError("no fact " + name + " in " + f.explanation().facts())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public static String line(Finding f) {
		return f.kind().word() + ' ' + f.subject() + ' ' + f.outcome() + ' ' + f.amountRp() + ' ' + f.memberNik();
	}

	/**
	 * The findings of {@code national} for {@code kpm} at {@code date}, after checking that they are the same
	 * evaluated alone and together with {@code regional} (the regional rules only add findings) and that the two
	 * together give no conflict or error; an {@link AssertionError} says what differs.
	 */
	public static List<String> regionalOnlyAdds(Kpm kpm, LocalDate date, RuleSet national, RuleSet regional) {
		List<String> alone = lines(evaluate(kpm, date, national), national.id());
		Evaluation both = evaluate(kpm, date, national, regional);
		List<String> with = lines(both, national.id());
		if (!alone.equals(with)) {
			throw new AssertionError("national findings alone " + alone + " but with " + regional.id() + " " + with); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<String> problems = both.findings().stream()
				.filter(f -> f.kind() == FindingKind.CONFLICT || f.kind() == FindingKind.ERROR).map(Evaluations::line)
				.toList();
		if (!problems.isEmpty()) {
			throw new AssertionError("conflicts or errors: " + problems); //$NON-NLS-1$
		}
		return alone;
	}
}
