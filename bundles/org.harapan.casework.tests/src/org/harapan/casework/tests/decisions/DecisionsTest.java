package org.harapan.casework.tests.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.harapan.casework.decisions.CaseloadEvaluator;
import org.harapan.casework.decisions.DecisionRecorder;
import org.harapan.casework.decisions.DisbursementLine;
import org.harapan.casework.decisions.DryRunLine;
import org.harapan.casework.decisions.VerificationLine;
import org.harapan.model.CaseEventKind;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Conditionality;
import org.harapan.model.DisbursementStatus;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.programme.ComponentBenefit;
import org.harapan.programme.ComponentKind;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.documents.ProgrammeDocuments;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.internal.Engine;
import org.harapan.rules.pkh.PkhRuleSet;
import org.harapan.store.HouseholdQuery;
import org.junit.jupiter.api.Test;

/** Caseload evaluation, disbursement lines, recorded decisions, dry runs and verification. */
class DecisionsTest {

	static final RuleEngine ENGINE = new Engine(List.of(new PkhRuleSet()));
	static final Period T1 = ENGINE.period(2021, 1);

	static Evaluation evaluate(Household h) {
		return ENGINE.evaluate(h, T1, (m, ms) -> null);
	}

	@Test
	void caseloadIsEvaluatedInParallelAndReportedInSourceOrder() {
		List<Household> source = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			source.add(Households.fourComponents(String.format("KPM-%04d", i)));
		}
		List<String> seen = new ArrayList<>();
		new CaseloadEvaluator(ENGINE, (m, ms) -> null, 3).evaluate((q, action, mon) -> source.forEach(action),
				HouseholdQuery.all(), T1.first(), T1, (h, e) -> {
					assertEquals(h.getKpmId(), e.kpmId());
					seen.add(h.getKpmId());
				}, new NullProgressMonitor());
		assertEquals(source.stream().map(Household::getKpmId).toList(), seen);
	}

	@Test
	void aFailingSinkStopsTheRunWithItsError() {
		List<Household> source = List.of(Households.fourComponents("KPM-1"), Households.fourComponents("KPM-2"));
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> new CaseloadEvaluator(ENGINE, (m, ms) -> null, 2).evaluate(
						(q, action, mon) -> source.forEach(action), HouseholdQuery.all(), T1.first(), T1, (h, ev) -> {
							throw new IllegalStateException("sink broke");
						}, new NullProgressMonitor()));
		assertEquals("sink broke", e.getMessage());
	}

	@Test
	void disbursementLineCarriesAmountStatusAndReason() {
		Household h = Households.fourComponents("KPM-1");
		DisbursementLine line = DisbursementLine.of(h, evaluate(h));
		assertEquals(2_325_000L, line.amountRp());
		assertEquals("paid", line.status());
		assertEquals(4, line.components());
		assertEquals(2021, line.year());
		assertEquals(1, line.tahap());
		assertTrue(line.reason("id").contains("2.325.000"), line.reason("id"));
		assertTrue(line.reason("en").contains("2,325,000"), line.reason("en"));
	}

	@Test
	void recordingDecisionsTwiceWritesThemOnce() {
		Household h = Households.fourComponents("KPM-1");
		Evaluation e = evaluate(h);
		assertTrue(DecisionRecorder.record(h, e, "sari", Instant.parse("2021-01-05T03:00:00Z")));
		long events = h.getEvents().stream().filter(ev -> ev.getKind() == CaseEventKind.DECISION).count();
		assertTrue(events >= 1);
		assertEquals(1, h.getDisbursements().size());
		assertEquals(2_325_000L, h.getDisbursements().get(0).getAmountRp());
		assertEquals(DisbursementStatus.PLANNED, h.getDisbursements().get(0).getStatus());
		var event = h.getEvents().get(0);
		assertTrue(event.getSource().startsWith("pkh.national 2021.1 / benefit"), event.getSource());
		assertEquals("sari", event.getWho());
		assertFalse(event.getTextEn().isBlank());
		assertFalse(DecisionRecorder.record(h, e, "sari", Instant.parse("2021-01-06T03:00:00Z")), "nothing new");
		assertEquals(events, h.getEvents().stream().filter(ev -> ev.getKind() == CaseEventKind.DECISION).count());
	}

	@Test
	void dryRunOfAChangedIndexListsTheHouseholdsItChanges() {
		Programme changed = EcoreUtil.copy(PkhRuleSet.load());
		ParameterVersion v = ProgrammeDocuments.versionAt(changed, T1.first());
		for (ComponentBenefit b : v.getComponents()) {
			if (b.getComponent() == ComponentKind.PRIMARY_SCHOOL) {
				b.setAnnualIndexRp(1_000_000);
			}
		}
		RuleEngine after = ENGINE.with(List.of(new PkhRuleSet().withProgramme(changed)));
		Household h = Households.fourComponents("KPM-1");
		List<DryRunLine> lines = DryRunLine.compare(h, evaluate(h), after.evaluate(h, T1, (m, ms) -> null), "en");
		assertEquals(1, lines.size(), lines.toString());
		assertEquals(2_325_000L, lines.get(0).amountBefore());
		assertEquals(2_350_000L, lines.get(0).amountAfter());
		assertEquals(25_000L, lines.get(0).benefitDifference());
		Household elderlyOnly = Households.household("KPM-2");
		Households.member(elderlyOnly, "Mbah", org.harapan.model.Sex.MALE, LocalDate.of(1940, 1, 1),
				org.harapan.model.RelationToHead.HEAD);
		assertTrue(DryRunLine.compare(elderlyOnly, evaluate(elderlyOnly),
				after.evaluate(elderlyOnly, T1, (m, ms) -> null), "en").isEmpty(), "no primary pupil: unchanged");
	}

	@Test
	void verificationListsTheCommitmentsOfPaidComponents() {
		Household h = Households.fourComponents("KPM-1");
		ComplianceRecord r = HarapanFactory.eINSTANCE.createComplianceRecord();
		r.setMonth(YearMonth.of(2021, 1));
		r.setConditionality(Conditionality.SCHOOL_ATTENDANCE);
		r.setStatus(ComplianceStatus.MET);
		r.setEvidence("absensi sekolah");
		r.setMember(h.getMembers().get(3));
		h.getComplianceRecords().add(r);
		ParameterVersion national = VerificationLine.nationalParameters(ENGINE, T1.first());
		List<VerificationLine> lines = VerificationLine.of(h, YearMonth.of(2021, 1), evaluate(h), national);
		VerificationLine school = lines.stream().filter(l -> l.conditionality().equals("schoolAttendance")).findFirst()
				.orElseThrow();
		assertEquals("met", school.status());
		assertEquals("absensi sekolah", school.evidence());
		assertTrue(lines.stream().anyMatch(l -> l.conditionality().equals("antenatalCare")
				&& l.status().equals("notVerified")), lines.toString());
		assertTrue(lines.stream().noneMatch(l -> l.memberName().equals("Kepala")), "no component, no commitment");
	}
}
