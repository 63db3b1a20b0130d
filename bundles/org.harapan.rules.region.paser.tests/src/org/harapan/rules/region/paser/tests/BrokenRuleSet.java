package org.harapan.rules.region.paser.tests;

import java.time.LocalDate;
import java.util.List;

import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.ProgrammeFactory;
import org.harapan.rules.FindingKind;
import org.harapan.rules.RuleContext;
import org.harapan.rules.RuleSet;
import org.harapan.rules.Text;

/** A deliberately broken regional rule set: one rule throws, another reads a parameter its document lacks. */
final class BrokenRuleSet implements RuleSet {

	private final Programme programme = ProgrammeFactory.eINSTANCE.createProgramme();

	BrokenRuleSet() {
		programme.setId(id());
		programme.setRegionCode(regionCode());
		ParameterVersion v = ProgrammeFactory.eINSTANCE.createParameterVersion();
		v.setEffectiveFrom(effectiveFrom());
		programme.getVersions().add(v);
	}

	@Override
	public String id() {
		return "region.paser.broken";
	}

	@Override
	public Text title() {
		return new Text("Aturan rusak", "Broken rules");
	}

	@Override
	public String version() {
		return "0.0";
	}

	@Override
	public String regionCode() {
		return "64.01";
	}

	@Override
	public LocalDate effectiveFrom() {
		return LocalDate.of(2020, 1, 1);
	}

	@Override
	public List<Programme> programmes() {
		return List.of(programme);
	}

	@Override
	public List<String> parameterKeys() {
		return List.of("absent.parameter");
	}

	@Override
	public void evaluate(RuleContext context) {
		context.rule("throws", () -> {
			throw new IllegalStateException("deliberately broken");
		});
		context.rule("missingParameter", () -> context.parameters(programme).integer("absent.parameter"));
		context.rule("works", () -> context.finding(FindingKind.REFERRAL, "works").subject("referral:test")
				.outcome("open").add(new Text("jalan", "runs")));
	}
}
