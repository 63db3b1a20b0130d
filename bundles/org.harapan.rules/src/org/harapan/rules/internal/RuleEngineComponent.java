package org.harapan.rules.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.harapan.model.Household;
import org.harapan.rules.Evaluation;
import org.harapan.rules.GrowthScorer;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.RuleSet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The rule engine service: the installed {@link RuleSet} services (dynamic, multiple: a rule set comes and goes
 * with its bundle), evaluated by an {@link Engine} made afresh whenever the set changes.
 */
@Component(service = RuleEngine.class)
public final class RuleEngineComponent implements RuleEngine {

	private final List<RuleSet> sets = new CopyOnWriteArrayList<>();
	private volatile Engine engine = new Engine(List.of());

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addRuleSet(RuleSet set) {
		sets.add(set);
		engine = new Engine(sets);
	}

	void removeRuleSet(RuleSet set) {
		sets.remove(set);
		engine = new Engine(sets);
	}

	@Override
	public List<RuleSet> ruleSets() {
		return engine.ruleSets();
	}

	@Override
	public Period period(int year, int tahap) {
		return engine.period(year, tahap);
	}

	@Override
	public Period periodOf(LocalDate date) {
		return engine.periodOf(date);
	}

	@Override
	public Evaluation evaluate(Household household, LocalDate date, Period period, GrowthScorer scorer) {
		return engine.evaluate(household, date, period, scorer);
	}

	@Override
	public RuleEngine with(List<RuleSet> ruleSets) {
		return new Engine(ruleSets);
	}
}
