package org.harapan.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.harapan.model.Household;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.Tahap;
import org.harapan.programme.documents.ProgrammeDocuments;
import org.harapan.rules.Evaluation;
import org.harapan.rules.GrowthScorer;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.RuleSet;

/**
 * The rule engine over a fixed list of rule sets (plain Java; {@link RuleEngineComponent} makes one from the
 * installed services). Thread-safe: households may be evaluated in parallel.
 */
public final class Engine implements RuleEngine {

	/** National first, then province, then kabupaten/kota; by id within a level. */
	static final Comparator<RuleSet> ORDER = Comparator.comparingInt((RuleSet s) -> level(s.regionCode()))
			.thenComparing(RuleSet::id);

	private final List<RuleSet> ruleSets;
	private final Map<String, List<RuleSet>> applicable = new ConcurrentHashMap<>();
	private final Map<String, Overrides> overrides = new ConcurrentHashMap<>();

	public Engine(List<RuleSet> ruleSets) {
		List<RuleSet> sorted = new ArrayList<>(ruleSets);
		sorted.sort(ORDER);
		this.ruleSets = List.copyOf(sorted);
	}

	@Override
	public List<RuleSet> ruleSets() {
		return ruleSets;
	}

	@Override
	public RuleEngine with(List<RuleSet> sets) {
		return new Engine(sets);
	}

	@Override
	public Period period(int year, int tahap) {
		LocalDate probe = LocalDate.of(year, 1, 1);
		for (RuleSet s : ruleSets) {
			if (!s.regionCode().isEmpty()) {
				continue;
			}
			for (Programme p : s.programmes()) {
				ParameterVersion v = ProgrammeDocuments.versionAt(p, probe);
				if (v == null) {
					v = ProgrammeDocuments.versionAt(p, LocalDate.of(year, 12, 31));
				}
				if (v != null) {
					for (Tahap t : v.getTahaps()) {
						if (t.getNumber() == tahap) {
							LocalDate first = LocalDate.of(year, t.getFirstMonth(), 1);
							LocalDate last = LocalDate.of(year, t.getLastMonth(), 1).plusMonths(1).minusDays(1);
							return new Period(year, tahap, first, last);
						}
					}
				}
			}
		}
		return Period.quarter(year, tahap);
	}

	@Override
	public Period periodOf(LocalDate date) {
		for (int t = 1; t <= 12; t++) {
			Period p;
			try {
				p = period(date.getYear(), t);
			} catch (IllegalArgumentException e) {
				break;
			}
			if (!date.isBefore(p.first()) && !date.isAfter(p.last())) {
				return p;
			}
		}
		return Period.quarterOf(date);
	}

	@Override
	public Evaluation evaluate(Household household, LocalDate date, Period period, GrowthScorer scorer) {
		List<RuleSet> sets = applicable(household.getDesaCode(), date);
		Overrides o = overrides.computeIfAbsent(key(sets, date), k -> Overrides.collect(sets, date));
		EvaluationContext context = new EvaluationContext(household, date, period, scorer, o, sets);
		context.start(o);
		for (RuleSet set : sets) {
			context.run(set);
		}
		context.finish();
		return new Evaluation(household.getKpmId(), date, period, context.findings());
	}

	/** The rule sets for a desa at a date, in order (cached per kabupaten and date). */
	List<RuleSet> applicable(String desaCode, LocalDate date) {
		String desa = desaCode == null ? "" : desaCode; //$NON-NLS-1$
		String kabupaten = desa.length() >= 5 ? desa.substring(0, 5) : desa;
		return applicable.computeIfAbsent(kabupaten + '|' + date, k -> {
			List<RuleSet> result = new ArrayList<>();
			for (RuleSet s : ruleSets) {
				if (covers(s.regionCode(), desa) && !date.isBefore(s.effectiveFrom())
						&& (s.effectiveUntil() == null || !date.isAfter(s.effectiveUntil()))) {
					result.add(s);
				}
			}
			return List.copyOf(result);
		});
	}

	static boolean covers(String region, String desa) {
		return region == null || region.isEmpty() || desa.equals(region) || desa.startsWith(region + '.');
	}

	private static String key(List<RuleSet> sets, LocalDate date) {
		StringBuilder b = new StringBuilder(date.toString());
		for (RuleSet s : sets) {
			b.append('|').append(s.id()).append('@').append(System.identityHashCode(s));
		}
		return b.toString();
	}

	static int level(String region) {
		if (region == null || region.isEmpty()) {
			return 0;
		}
		return region.length() <= 2 ? 1 : 2;
	}
}
