package org.harapan.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.harapan.model.Household;
import org.harapan.programme.Programme;

/** What a rule set sees while it evaluates one household. */
public interface RuleContext {

	/** A rule: reads the context and adds findings. */
	@FunctionalInterface
	interface Rule {
		void apply() throws Exception;
	}

	/** The household (do not change it: rules decide, casework applies). */
	Household household();

	/** The date the household is evaluated at (the tahap's first day for a tahap). */
	LocalDate date();

	/** The tahap being decided. */
	Period period();

	/** Findings so far: of the rule sets before this one and of this one. */
	List<Finding> findings();

	/** Findings so far of one kind. */
	default List<Finding> findings(FindingKind kind) {
		return findings().stream().filter(f -> f.kind() == kind).toList();
	}

	/**
	 * The parameters of {@code programme} in force at {@link #date()}, with the overrides that regional rule sets
	 * applying to this household set where the programme allows them.
	 */
	Parameters parameters(Programme programme);

	/**
	 * A programme document of a rule set that applies to this household, by id (e.g. a regional rule set reading
	 * a parameter of {@code pkh.national} as its own override set it); empty when no applicable rule set has it.
	 */
	Optional<Programme> programme(String id);

	/** Z-scores of the household's measurements. */
	GrowthFacts growth();

	/**
	 * Runs one rule of the current rule set: an exception (or a {@link MissingParameterException}) becomes an
	 * {@link FindingKind#ERROR} finding naming the bundle, rule set and rule, and evaluation goes on.
	 */
	void rule(String ruleId, Rule rule);

	/** Starts a finding of the current rule set and rule. */
	FindingBuilder finding(FindingKind kind, String ruleId);
}
