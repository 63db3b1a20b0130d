package org.harapan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.harapan.model.Member;

/** Builds one finding; {@link #add(Text)} completes it with its sentence and hands it to the engine. */
public final class FindingBuilder {

	private final FindingKind kind;
	private final String ruleSetId;
	private final String ruleSetVersion;
	private final String ruleId;
	private final Consumer<Finding> sink;
	private final List<Fact> facts = new ArrayList<>();
	private String subject;
	private String outcome = ""; //$NON-NLS-1$
	private Member member;
	private Long amount;

	public FindingBuilder(FindingKind kind, String ruleSetId, String ruleSetVersion, String ruleId,
			Consumer<Finding> sink) {
		this.kind = kind;
		this.ruleSetId = ruleSetId;
		this.ruleSetVersion = ruleSetVersion;
		this.ruleId = ruleId;
		this.sink = sink;
		this.subject = kind.word();
	}

	/** What exactly is decided (default: the kind's word). */
	public FindingBuilder subject(String value) {
		subject = value;
		return this;
	}

	/** The decision in one word. */
	public FindingBuilder outcome(String value) {
		outcome = value;
		return this;
	}

	public FindingBuilder member(Member value) {
		member = value;
		return this;
	}

	public FindingBuilder amount(long rupiah) {
		amount = rupiah;
		return this;
	}

	/** A fact used, with the record it came from (a member, measurement, compliance record ...). */
	public FindingBuilder fact(String name, Object value, EObject record) {
		facts.add(new Fact(name, String.valueOf(value), Records.describe(record)));
		return this;
	}

	/** A fact from the programme document (a parameter and its version). */
	public FindingBuilder parameter(String name, Object value, String programmeAndVersion) {
		facts.add(new Fact(name, String.valueOf(value), programmeAndVersion));
		return this;
	}

	/** Completes the finding with its sentence. */
	public Finding add(Text text) {
		Finding f = new Finding(kind, subject, outcome, member, amount,
				new Explanation(ruleSetId, ruleSetVersion, ruleId, facts, text));
		sink.accept(f);
		return f;
	}
}
