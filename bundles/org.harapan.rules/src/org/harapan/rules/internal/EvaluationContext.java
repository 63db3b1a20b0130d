package org.harapan.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.programme.Programme;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingBuilder;
import org.harapan.rules.FindingKind;
import org.harapan.rules.GrowthFacts;
import org.harapan.rules.GrowthPoint;
import org.harapan.rules.GrowthScorer;
import org.harapan.rules.MissingParameterException;
import org.harapan.rules.Parameters;
import org.harapan.rules.Period;
import org.harapan.rules.RuleContext;
import org.harapan.rules.RuleSet;
import org.harapan.rules.Sentences;

/** The context of one household's evaluation: runs the rule sets in order and collects their findings. */
final class EvaluationContext implements RuleContext, GrowthFacts {

	private static final Sentences TEXT = Sentences.of(EvaluationContext.class);
	private static final String ENGINE = "engine"; //$NON-NLS-1$

	private final Household household;
	private final LocalDate date;
	private final Period period;
	private final GrowthScorer scorer;
	private final Overrides overrides;
	private final List<RuleSet> sets;
	private final List<Finding> findings = new ArrayList<>();
	private final List<Finding> view = Collections.unmodifiableList(findings);
	private final Map<Member, List<GrowthPoint>> growth = new IdentityHashMap<>();
	private final Map<Programme, Parameters> parameters = new IdentityHashMap<>();
	private RuleSet current;

	EvaluationContext(Household household, LocalDate date, Period period, GrowthScorer scorer, Overrides overrides,
			List<RuleSet> sets) {
		this.household = household;
		this.sets = sets;
		this.date = date;
		this.period = period;
		this.scorer = scorer;
		this.overrides = overrides;
	}

	/** Reports the override problems of the applicable rule sets. */
	void start(Overrides o) {
		for (Overrides.Problem p : o.problems()) {
			current = p.by();
			if (p.conflict()) {
				finding(FindingKind.CONFLICT, ENGINE).subject("parameter:" + p.programmeId() + '#' + p.key()) //$NON-NLS-1$
						.outcome("conflict") //$NON-NLS-1$
						.add(TEXT.text("overrideConflict", p.key(), p.programmeId(), p.by().id(), p.value(), //$NON-NLS-1$
								p.other().id(), p.otherValue()));
			} else {
				finding(FindingKind.ERROR, ENGINE).subject("error:" + p.by().id() + ":override") //$NON-NLS-1$ //$NON-NLS-2$
						.outcome("error") //$NON-NLS-1$
						.add(TEXT.text("overrideRefused", p.by().id(), Origins.of(p.by()), p.key(), p.programmeId())); //$NON-NLS-1$
			}
		}
		current = null;
	}

	/** Runs one rule set; anything it throws outside a rule becomes an error finding. */
	void run(RuleSet set) {
		current = set;
		try {
			set.evaluate(this);
		} catch (RuntimeException | LinkageError e) {
			error(ENGINE, e);
		} finally {
			current = null;
		}
	}

	/** Adds a conflict finding where two rule sets decided one subject differently. */
	void finish() {
		Map<String, List<Finding>> bySubject = new LinkedHashMap<>();
		for (Finding f : findings) {
			if (f.kind() == FindingKind.CONFLICT || f.kind() == FindingKind.ERROR || f.subject() == null) {
				continue;
			}
			bySubject.computeIfAbsent(f.kind().word() + '|' + f.subject() + '|' + f.memberNik(), k -> new ArrayList<>())
					.add(f);
		}
		List<Finding> conflicts = new ArrayList<>();
		for (List<Finding> same : bySubject.values()) {
			Finding first = same.get(0);
			for (Finding other : same) {
				if (!other.ruleSetId().equals(first.ruleSetId()) && (!Objects.equals(other.outcome(), first.outcome())
						|| !Objects.equals(other.amountRp(), first.amountRp()))) {
					FindingBuilder b = new FindingBuilder(FindingKind.CONFLICT, other.ruleSetId(),
							other.explanation().ruleSetVersion(), ENGINE, conflicts::add).subject(first.subject())
							.outcome("conflict").member(first.member()); //$NON-NLS-1$
					b.add(TEXT.text("decisionConflict", first.subject(), first.ruleSetId(), describe(first), //$NON-NLS-1$
							other.ruleSetId(), describe(other)));
					break;
				}
			}
		}
		findings.addAll(conflicts);
	}

	private static String describe(Finding f) {
		return f.outcome() + (f.amountRp() == null ? "" : " Rp " + f.amountRp()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public Household household() {
		return household;
	}

	@Override
	public LocalDate date() {
		return date;
	}

	@Override
	public Period period() {
		return period;
	}

	@Override
	public List<Finding> findings() {
		return view;
	}

	@Override
	public Parameters parameters(Programme programme) {
		return parameters.computeIfAbsent(programme, p -> new ResolvedParameters(p, date, overrides));
	}

	@Override
	public Optional<Programme> programme(String id) {
		for (RuleSet s : sets) {
			for (Programme p : s.programmes()) {
				if (id.equals(p.getId())) {
					return Optional.of(p);
				}
			}
		}
		return Optional.empty();
	}

	@Override
	public GrowthFacts growth() {
		return this;
	}

	@Override
	public List<GrowthPoint> points(Member member) {
		return growth.computeIfAbsent(member, m -> {
			List<GrowthPoint> list = new ArrayList<>(m.getMeasurements().size());
			for (Measurement ms : m.getMeasurements()) {
				if (ms.getDate() != null && scorer != null) {
					GrowthPoint p = scorer.score(m, ms);
					if (p != null) {
						list.add(p);
					}
				}
			}
			list.sort((a, b) -> a.date().compareTo(b.date()));
			return list;
		});
	}

	@Override
	public void rule(String ruleId, Rule rule) {
		try {
			rule.apply();
		} catch (MissingParameterException e) {
			finding(FindingKind.ERROR, ruleId).subject("error:" + current.id() + ':' + ruleId).outcome("error") //$NON-NLS-1$ //$NON-NLS-2$
					.add(TEXT.text("missingParameter", current.id(), Origins.of(current), ruleId, e.getMessage())); //$NON-NLS-1$
		} catch (Exception | LinkageError e) {
			error(ruleId, e);
		}
	}

	private void error(String ruleId, Throwable e) {
		String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		finding(FindingKind.ERROR, ruleId).subject("error:" + current.id() + ':' + ruleId).outcome("error") //$NON-NLS-1$ //$NON-NLS-2$
				.add(TEXT.text("ruleFailed", current.id(), Origins.of(current), ruleId, why)); //$NON-NLS-1$
	}

	@Override
	public FindingBuilder finding(FindingKind kind, String ruleId) {
		RuleSet set = Objects.requireNonNull(current, "no rule set is running"); //$NON-NLS-1$
		return new FindingBuilder(kind, set.id(), set.version(), ruleId, findings::add);
	}

}
