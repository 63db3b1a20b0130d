package org.harapan.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.harapan.programme.ParameterOverride;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.documents.ProgrammeDocuments;
import org.harapan.rules.RuleSet;

/**
 * The parameter overrides that the rule sets applying to a household set for other programmes' parameters, with
 * the problems found: two rule sets setting one parameter differently (a conflict), or a rule set setting a
 * parameter its programme does not mark overridable (an error; the programme's own value stays).
 */
final class Overrides {

	/** An accepted override. */
	record Value(String value, RuleSet by) {
	}

	/** A problem: {@code conflict} when two rule sets disagree, else an error of {@code by}. */
	record Problem(boolean conflict, RuleSet by, RuleSet other, String programmeId, String key, String value,
			String otherValue) {
	}

	private final Map<String, Value> accepted = new HashMap<>();
	private final List<Problem> problems = new ArrayList<>();

	static Overrides collect(List<RuleSet> sets, LocalDate date) {
		Overrides o = new Overrides();
		Map<String, Programme> programmes = new HashMap<>();
		for (RuleSet s : sets) {
			for (Programme p : s.programmes()) {
				programmes.putIfAbsent(p.getId(), p);
			}
		}
		for (RuleSet s : sets) {
			for (Programme p : s.programmes()) {
				ParameterVersion v = ProgrammeDocuments.versionAt(p, date);
				if (v == null) {
					continue;
				}
				for (ParameterOverride po : v.getOverrides()) {
					o.add(s, po, programmes.get(po.getProgrammeId()), date);
				}
			}
		}
		return o;
	}

	private void add(RuleSet by, ParameterOverride po, Programme target, LocalDate date) {
		String k = po.getProgrammeId() + '#' + po.getKey();
		ParameterVersion tv = target == null ? null : ProgrammeDocuments.versionAt(target, date);
		boolean allowed = tv != null && tv.getParameters().stream()
				.anyMatch(p -> p.getKey().equals(po.getKey()) && p.isOverridable());
		if (!allowed) {
			problems.add(new Problem(false, by, null, po.getProgrammeId(), po.getKey(), po.getValue(), null));
			return;
		}
		Value before = accepted.get(k);
		if (before != null && !before.value().equals(po.getValue())) {
			problems.add(new Problem(true, by, before.by(), po.getProgrammeId(), po.getKey(), po.getValue(),
					before.value()));
			accepted.remove(k);
			return;
		}
		accepted.put(k, new Value(po.getValue(), by));
	}

	Value get(String programmeId, String key) {
		return accepted.get(programmeId + '#' + key);
	}

	List<Problem> problems() {
		return problems;
	}
}
