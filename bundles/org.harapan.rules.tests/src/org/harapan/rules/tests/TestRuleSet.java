package org.harapan.rules.tests;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.harapan.programme.Programme;
import org.harapan.rules.RuleContext;
import org.harapan.rules.RuleSet;
import org.harapan.rules.Text;

/** A rule set for engine tests: its behaviour is a lambda. */
final class TestRuleSet implements RuleSet {

	private final String id;
	private final String region;
	private final List<Programme> programmes;
	private final Consumer<RuleContext> body;

	TestRuleSet(String id, String region, List<Programme> programmes, Consumer<RuleContext> body) {
		this.id = id;
		this.region = region;
		this.programmes = programmes;
		this.body = body;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public Text title() {
		return new Text("Uji " + id, "Test " + id);
	}

	@Override
	public String version() {
		return "1";
	}

	@Override
	public String regionCode() {
		return region;
	}

	@Override
	public LocalDate effectiveFrom() {
		return LocalDate.of(2020, 1, 1);
	}

	@Override
	public List<Programme> programmes() {
		return programmes;
	}

	@Override
	public List<String> parameterKeys() {
		return List.of();
	}

	@Override
	public void evaluate(RuleContext context) {
		body.accept(context);
	}
}
