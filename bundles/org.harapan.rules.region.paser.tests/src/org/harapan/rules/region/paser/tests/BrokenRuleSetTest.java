package org.harapan.rules.region.paser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.harapan.model.ComplianceStatus;
import org.harapan.model.Conditionality;
import org.harapan.model.Member;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.rules.pkh.PkhRuleSet;
import org.harapan.rules.region.paser.PaserRuleSet;
import org.harapan.rules.testing.Evaluations;
import org.harapan.rules.testing.Kpm;
import org.junit.jupiter.api.Test;

/** A broken rule set gives error findings naming its bundle and rule; the other rule sets still decide. */
class BrokenRuleSetTest {

	@Test
	void errorsNameTheBundleAndRuleAndTheOtherRuleSetsStillDecide() {
		Kpm kpm = Kpm.in("64.01.05.2005");
		Member m = kpm.pregnant("Sari", LocalDate.of(1996, 4, 2), LocalDate.of(2025, 5, 20));
		kpm.comply(m, YearMonth.of(2025, 1), Conditionality.ANTENATAL_CARE, ComplianceStatus.MET);
		PkhRuleSet national = new PkhRuleSet();
		Evaluation e = Evaluations.evaluate(kpm, LocalDate.of(2025, 4, 1), national, new BrokenRuleSet(),
				new PaserRuleSet());
		List<Finding> errors = e.of(FindingKind.ERROR);
		assertEquals(List.of("error:region.paser.broken:throws", "error:region.paser.broken:missingParameter"),
				errors.stream().map(Finding::subject).toList());
		for (Finding f : errors) {
			assertTrue(f.text().en().contains("org.harapan.rules.region.paser "), "names the bundle: " + f.text().en());
			assertTrue(f.text().en().contains(f.explanation().ruleId()), f.text().en());
		}
		assertTrue(errors.get(0).text().en().contains("deliberately broken"), errors.get(0).text().en());
		assertTrue(errors.get(1).text().en().contains("absent.parameter"), errors.get(1).text().en());
		assertTrue(errors.get(1).text().id().contains("parameter yang tidak ada"), errors.get(1).text().id());
		assertTrue(e.first(FindingKind.REFERRAL, "referral:test").isPresent(), "its working rule still ran");
		assertEquals("paid", e.first(FindingKind.BENEFIT, "benefit").orElseThrow().outcome());
		assertEquals("open", e.first(FindingKind.REFERRAL, "referral:puskesmas").orElseThrow().outcome());
	}
}
