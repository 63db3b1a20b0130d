package org.harapan.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The findings of every applicable rule set for one household at a date. */
public record Evaluation(String kpmId, LocalDate date, Period period, List<Finding> findings) {

	public Evaluation {
		findings = List.copyOf(findings);
	}

	public List<Finding> of(FindingKind kind) {
		return findings.stream().filter(f -> f.kind() == kind).toList();
	}

	/** The first finding of {@code kind} with {@code subject}. */
	public Optional<Finding> first(FindingKind kind, String subject) {
		return findings.stream().filter(f -> f.kind() == kind && subject.equals(f.subject())).findFirst();
	}
}
