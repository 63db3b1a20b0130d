package org.harapan.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.programme.Parameter;
import org.harapan.programme.ParameterOverride;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.ProgrammeFactory;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.RuleSet;
import org.harapan.rules.Text;
import org.harapan.rules.internal.Engine;
import org.junit.jupiter.api.Test;

/** Order, region, isolation of failures, conflicts and overrides. */
class EngineTest {

	static final Period P = Period.quarter(2024, 2);

	static Household household(String desa) {
		Household h = HarapanFactory.eINSTANCE.createHousehold();
		h.setKpmId("KPM-1");
		h.setDesaCode(desa);
		return h;
	}

	static Programme programme(String id, String key, String value, boolean overridable) {
		ProgrammeFactory f = ProgrammeFactory.eINSTANCE;
		Programme p = f.createProgramme();
		p.setId(id);
		ParameterVersion v = f.createParameterVersion();
		v.setEffectiveFrom(LocalDate.of(2020, 1, 1));
		if (key != null) {
			Parameter par = f.createParameter();
			par.setKey(key);
			par.setValue(value);
			par.setOverridable(overridable);
			v.getParameters().add(par);
		}
		p.getVersions().add(v);
		return p;
	}

	static Programme overriding(String id, String target, String key, String value) {
		Programme p = programme(id, null, null, false);
		ParameterOverride o = ProgrammeFactory.eINSTANCE.createParameterOverride();
		o.setProgrammeId(target);
		o.setKey(key);
		o.setValue(value);
		p.getVersions().get(0).getOverrides().add(o);
		return p;
	}

	static RuleSet saying(String id, String region, List<Programme> programmes, String subject, String outcome) {
		return new TestRuleSet(id, region, programmes, c -> c.rule("say", () -> c.finding(FindingKind.AID, "say")
				.subject(subject).outcome(outcome).add(new Text("id " + outcome, "en " + outcome))));
	}

	static Evaluation run(Household h, RuleSet... sets) {
		return new Engine(List.of(sets)).evaluate(h, P, (m, ms) -> null);
	}

	@Test
	void nationalThenProvinceThenKabupatenEachSeeingTheFindingsBefore() {
		List<String> seen = new ArrayList<>();
		RuleSet kab = new TestRuleSet("kab", "64.01", List.of(), c -> seen.add("kab saw " + c.findings().size()));
		RuleSet prov = saying("prov", "64", List.of(), "x", "p");
		RuleSet nat = saying("nat", "", List.of(), "y", "n");
		Evaluation e = run(household("64.01.05.2005"), kab, prov, nat);
		assertEquals(List.of("nat", "prov"), e.findings().stream().map(Finding::ruleSetId).toList());
		assertEquals(List.of("kab saw 2"), seen);
	}

	@Test
	void aRegionalRuleSetAppliesOnlyToItsOwnRegion() {
		RuleSet paser = saying("paser", "64.01", List.of(), "x", "p");
		assertEquals(1, run(household("64.01.05.2005"), paser).findings().size());
		assertEquals(0, run(household("64.02.05.2005"), paser).findings().size());
		assertEquals(0, run(household("64.010.05.2005"), paser).findings().size(), "prefix must end at a dot");
	}

	@Test
	void aThrowingRuleGivesAnErrorAndTheRestRuns() {
		RuleSet broken = new TestRuleSet("broken", "", List.of(programme("b", null, null, false)), c -> {
			c.rule("throws", () -> {
				throw new IllegalStateException("boom");
			});
			c.rule("missing", () -> c.parameters(c.household() == null ? null : programme("b", null, null, false))
					.integer("no.such.key"));
			c.rule("fine", () -> c.finding(FindingKind.AID, "fine").add(new Text("ok", "ok")));
		});
		RuleSet other = saying("other", "", List.of(), "x", "p");
		Evaluation e = run(household("64.01.05.2005"), broken, other);
		List<Finding> errors = e.of(FindingKind.ERROR);
		assertEquals(2, errors.size(), e.findings().toString());
		assertTrue(errors.get(0).text().en().contains("throws") && errors.get(0).text().en().contains("boom"),
				errors.get(0).text().en());
		assertTrue(errors.get(0).text().en().contains(TestRuleSet.class.getName())
				|| errors.get(0).text().en().contains("org.harapan.rules"), "names the bundle or class");
		assertTrue(errors.get(1).text().en().contains("no.such.key"), errors.get(1).text().en());
		assertEquals(2, e.of(FindingKind.AID).size(), "the broken set's good rule and the other set still ran");
	}

	@Test
	void twoRuleSetsDecidingTheSameThingDifferentlyGiveAConflict() {
		Evaluation e = run(household("64.01.05.2005"), saying("a", "", List.of(), "aid:food", "granted"),
				saying("b", "64.01", List.of(), "aid:food", "refused"));
		assertEquals(1, e.of(FindingKind.CONFLICT).size());
		Text t = e.of(FindingKind.CONFLICT).get(0).text();
		assertTrue(t.en().contains("granted") && t.en().contains("refused"), t.en());
		assertEquals(0, run(household("64.01.05.2005"), saying("a", "", List.of(), "aid:food", "granted"),
				saying("b", "64.01", List.of(), "aid:food", "granted")).of(FindingKind.CONFLICT).size());
	}

	@Test
	void overridesOnlyWhereTheProgrammeAllowsThem() {
		Programme national = programme("nat", "weight", "1", true);
		List<String> read = new ArrayList<>();
		RuleSet nat = new TestRuleSet("nat", "", List.of(national),
				c -> c.rule("read", () -> read.add(c.parameters(national).text("weight"))));
		RuleSet region = new TestRuleSet("reg", "18.07", List.of(overriding("reg", "nat", "weight", "2")), c -> {
		});
		run(household("18.07.01.2001"), nat, region);
		run(household("64.01.05.2005"), nat, region);
		assertEquals(List.of("2", "1"), read, "overridden in 18.07 only");

		Programme locked = programme("nat", "weight", "1", false);
		RuleSet nat2 = new TestRuleSet("nat", "", List.of(locked),
				c -> c.rule("read", () -> read.add(c.parameters(locked).text("weight"))));
		Evaluation e = run(household("18.07.01.2001"), nat2, region);
		assertEquals("1", read.get(2), "not overridable: the national value");
		assertEquals(1, e.of(FindingKind.ERROR).size());

		RuleSet province = new TestRuleSet("prov", "18", List.of(overriding("prov", "nat", "weight", "3")), c -> {
		});
		Evaluation both = run(household("18.07.01.2001"), nat, province, region);
		assertEquals(1, both.of(FindingKind.CONFLICT).size(), "two regions set the parameter differently");
		assertEquals("1", read.get(3), "neither value is used");
	}

	@Test
	void tahapCalendarFallsBackToQuarters() {
		RuleEngine engine = new Engine(List.of());
		assertEquals(LocalDate.of(2024, 4, 1), engine.period(2024, 2).first());
		assertEquals(LocalDate.of(2024, 6, 30), engine.period(2024, 2).last());
		assertEquals(3, engine.periodOf(LocalDate.of(2024, 9, 30)).tahap());
	}
}
