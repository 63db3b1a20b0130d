package org.harapan.rules.region.musirawas.tests;

import static org.harapan.rules.testing.Evaluations.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.harapan.model.AttendanceStatus;
import org.harapan.model.region.Region;
import org.harapan.model.region.RegionDirectory;
import org.harapan.programme.documents.ProgrammeDocuments;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.rules.pkh.PkhRuleSet;
import org.harapan.rules.region.musirawas.MusiRawasRuleSet;
import org.harapan.rules.testing.EngineService;
import org.harapan.rules.testing.Evaluations;
import org.harapan.rules.testing.Kpm;
import org.junit.jupiter.api.Test;

/** Monthly P2K2 attendance and the entrepreneurship referral of Kabupaten Musi Rawas (16.05), 1 April 2025. */
class MusiRawasRulesTest {

	static final String SURODADI = "16.05.01.2002";
	static final LocalDate APRIL = LocalDate.of(2025, 4, 1);
	final PkhRuleSet national = new PkhRuleSet();
	final MusiRawasRuleSet regional = new MusiRawasRuleSet();

	static Finding march(Kpm kpm, MusiRawasRuleSet rules) {
		return Evaluations.evaluate(kpm, APRIL, rules).first(FindingKind.COMPLIANCE, "p2k2:2025-03").orElseThrow();
	}

	@Test
	void lastMonthsAttendanceIsPresentAbsentOrNone() {
		Kpm present = Kpm.in(SURODADI);
		present.attend(LocalDate.of(2025, 2, 12), 3, AttendanceStatus.ABSENT);
		present.attend(LocalDate.of(2025, 3, 12), 4, AttendanceStatus.PRESENT);
		Finding f = march(present, regional);
		assertEquals("present", f.outcome());
		assertTrue(f.explanation().facts().stream().anyMatch(x -> x.source().equals("P2K2 attendance 2025-03-12 session 4")),
				f.explanation().facts().toString());
		assertTrue(f.text().en().contains("1 session(s) present, 0 absent"), f.text().en());

		Kpm excused = Kpm.in(SURODADI);
		excused.attend(LocalDate.of(2025, 3, 12), 4, AttendanceStatus.EXCUSED);
		assertEquals("absent", march(excused, regional).outcome());
		assertTrue(march(excused, regional).text().id().contains("1 izin"), march(excused, regional).text().id());

		Kpm none = Kpm.in(SURODADI);
		none.attend(LocalDate.of(2025, 4, 2), 5, AttendanceStatus.PRESENT);
		assertEquals("none", march(none, regional).outcome());
	}

	@Test
	void theKecamatanAreTheFourteenOfMusiRawasInTheRegionDirectory() {
		Evaluation e = Evaluations.evaluate(Kpm.in(SURODADI), APRIL, regional);
		String listed = e.first(FindingKind.COMPLIANCE, "p2k2:2025-03").orElseThrow().explanation().facts().get(0)
				.value();
		assertEquals("16.05.01", listed);
		String document = ProgrammeDocuments.versionAt(regional.programme(), APRIL).getParameters().stream()
				.filter(p -> p.getKey().equals("p2k2.kecamatan")).findFirst().orElseThrow().getValue();
		List<String> directory = RegionDirectory.get().children("16.05").stream().map(Region::code).toList();
		assertEquals(14, directory.size());
		assertEquals(directory, List.of(document.split(" ")));
	}

	static Kpm financeModule(AttendanceStatus seventh) {
		Kpm kpm = Kpm.in(SURODADI);
		kpm.attend(LocalDate.of(2024, 11, 13), 5, AttendanceStatus.PRESENT);
		kpm.attend(LocalDate.of(2024, 12, 11), 6, AttendanceStatus.PRESENT);
		kpm.attend(LocalDate.of(2025, 1, 15), 7, seventh);
		return kpm;
	}

	@Test
	void completingTheFinanceModuleGivesAnEntrepreneurshipReferral() {
		Finding f = Evaluations.evaluate(financeModule(AttendanceStatus.PRESENT), APRIL, national, regional)
				.first(FindingKind.REFERRAL, "referral:entrepreneurship").orElseThrow();
		assertEquals("open", f.outcome());
		assertEquals(3, f.explanation().facts().stream().filter(x -> x.name().equals("financeSession")).count());
		assertEquals("Dinas Koperasi dan UKM Kabupaten Musi Rawas", fact(f, "entrepreneurship.provider"));
		assertTrue(f.text().en().contains("sessions 5 6 7, the last on 2025-01-15"), f.text().en());
		assertTrue(f.text().id().contains("graduasi sejahtera mandiri"), f.text().id());
	}

	@Test
	void missingTheThirdFinanceSessionGivesNoReferral() {
		Evaluation e = Evaluations.evaluate(financeModule(AttendanceStatus.ABSENT), APRIL, national, regional);
		assertEquals(List.of(), e.of(FindingKind.REFERRAL));
	}

	@Test
	void aHouseholdInMusiRawasUtaraIsUntouched() {
		Kpm kpm = financeModule(AttendanceStatus.PRESENT);
		kpm.household().setDesaCode("16.13.01.2001");
		Evaluation e = Evaluations.evaluate(kpm, APRIL, national, regional);
		assertEquals(List.of(), Evaluations.lines(e, regional.id()));
	}

	@Test
	void theNationalBenefitIsTheSameWithTheRegionalRules() {
		Kpm kpm = financeModule(AttendanceStatus.PRESENT);
		kpm.child("Rudi", LocalDate.of(2022, 5, 5));
		List<String> nationalFindings = Evaluations.regionalOnlyAdds(kpm, APRIL, national, regional);
		assertTrue(nationalFindings.stream().anyMatch(l -> l.startsWith("benefit benefit paid 750000")),
				nationalFindings.toString());
	}

	@Test
	void theRuleEngineServiceListsTheRuleSet() throws InterruptedException {
		List<String> ids = EngineService.ruleSetIds(getClass(), "region.musirawas");
		assertTrue(ids.contains("region.musirawas"), ids.toString());
	}
}
