package org.harapan.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.CaseEvent;
import org.harapan.model.CaseEventKind;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Conditionality;
import org.harapan.model.Disbursement;
import org.harapan.model.DisbursementStatus;
import org.harapan.model.HarapanFactory;
import org.harapan.model.HarapanPackage;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.MeasurementPosition;
import org.harapan.model.Member;
import org.harapan.model.Referral;
import org.harapan.model.ReferralOutcome;
import org.harapan.model.ReferralService;
import org.harapan.model.RelationToHead;
import org.harapan.model.Sex;
import org.harapan.model.edit.labels.HarapanLabelAdapterFactory;
import org.harapan.model.edit.labels.LabelItemProviders;
import org.harapan.model.edit.labels.LanguageStrings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Labels in English and in Bahasa Indonesia, each through {@link LanguageStrings}, so they hold
 * whatever language the test runtime was started in ({@link LanguageTest} checks that one).
 */
class LabelsTest {

	static final LanguageStrings EN = LanguageStrings.of(Locale.ENGLISH);
	static final LanguageStrings ID = LanguageStrings.of(Locale.forLanguageTag("id"));

	private Household household;
	private Member head;

	static Household household() {
		HarapanFactory f = HarapanFactory.eINSTANCE;
		Household household = f.createHousehold();
		household.setKpmId("6401-000123");
		Member head = f.createMember();
		head.setName("Siti Aminah");
		head.setNik("6401054203850002");
		head.setSex(Sex.FEMALE);
		head.setRelationToHead(RelationToHead.HEAD);
		household.getMembers().add(head);
		return household;
	}

	@BeforeEach
	void setUp() {
		household = household();
		head = household.getMembers().get(0);
	}

	static String text(Object object, LanguageStrings strings) {
		HarapanLabelAdapterFactory factory = new HarapanLabelAdapterFactory(strings);
		return ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
	}

	private static Measurement measurement() {
		Measurement m = HarapanFactory.eINSTANCE.createMeasurement();
		m.setDate(LocalDate.of(2025, 3, 1));
		m.setWeightKg(9.8);
		m.setHeightCm(74.5);
		m.setPosition(MeasurementPosition.LYING);
		return m;
	}

	private static Disbursement disbursement() {
		Disbursement d = HarapanFactory.eINSTANCE.createDisbursement();
		d.setYear(2025);
		d.setTahap(2);
		d.setAmountRp(750_000);
		d.setStatus(DisbursementStatus.PAID);
		return d;
	}

	private static ComplianceRecord compliance() {
		ComplianceRecord c = HarapanFactory.eINSTANCE.createComplianceRecord();
		c.setMonth(YearMonth.of(2025, 5));
		c.setConditionality(Conditionality.GROWTH_MONITORING);
		c.setStatus(ComplianceStatus.NOT_MET);
		return c;
	}

	private static Referral referral() {
		Referral r = HarapanFactory.eINSTANCE.createReferral();
		r.setService(ReferralService.PMT_LOKAL);
		r.setReferredDate(LocalDate.of(2025, 1, 10));
		r.setOutcome(ReferralOutcome.IMPROVED);
		return r;
	}

	@Test
	void englishLabels() {
		assertEquals("KPM (household) 6401-000123 \u2013 Siti Aminah", text(household, EN));
		assertEquals("Siti Aminah (NIK 6401054203850002)", text(head, EN));
		assertEquals("2025-03-01: 9.8 kg, 74.5 cm lying (length)", text(measurement(), EN));
		assertEquals("Tahap 2/2025: Rp 750,000 (paid)", text(disbursement(), EN));
		assertEquals("2025-05 growth monitoring: not met", text(compliance(), EN));
		assertEquals("PMT lokal (supplementary feeding) 2025-01-10 (improved)", text(referral(), EN));
		CaseEvent e = HarapanFactory.eINSTANCE.createCaseEvent();
		e.setKind(CaseEventKind.NOTE);
		e.setText("x".repeat(100));
		assertEquals(" note: " + "x".repeat(59) + "\u2026", text(e, EN));
		e.setWhen(Instant.parse("2025-05-14T02:30:00Z"));
		assertTrue(text(e, EN).startsWith("2025-05-14 "), text(e, EN));
	}

	@Test
	void indonesianLabels() {
		assertEquals("KPM (keluarga) 6401-000123 \u2013 Siti Aminah", text(household, ID));
		assertEquals("Siti Aminah (NIK 6401054203850002)", text(head, ID));
		assertEquals("2025-03-01: 9,8 kg, 74,5 cm telentang (panjang badan)", text(measurement(), ID));
		assertEquals("Tahap 2/2025: Rp 750.000 (tersalurkan)", text(disbursement(), ID));
		assertEquals("2025-05 penimbangan dan pengukuran: tidak memenuhi", text(compliance(), ID));
		assertEquals("PMT lokal 2025-01-10 (membaik)", text(referral(), ID));
		head.setNik(null);
		assertEquals("Siti Aminah (tanpa NIK)", text(head, ID));
		assertEquals("perempuan", LabelItemProviders.literal(ID, Sex.FEMALE));
		assertEquals("kepala keluarga", LabelItemProviders.literal(ID, RelationToHead.HEAD));
	}

	@Test
	void attendanceShowsTheReasonOfAnExcusedAbsenceInBothLanguages() {
		Attendance a = HarapanFactory.eINSTANCE.createAttendance();
		a.setSessionDate(LocalDate.of(2025, 3, 4));
		a.setModule("M1");
		a.setStatus(AttendanceStatus.EXCUSED);
		assertEquals("P2K2 2025-03-04 M1: excused", text(a, EN), "a file stored before reasons existed");
		a.setReason("sakit demam");
		assertEquals("P2K2 2025-03-04 M1: excused (sakit demam)", text(a, EN));
		assertEquals("P2K2 2025-03-04 M1: izin (sakit demam)", text(a, ID));
		HarapanLabelAdapterFactory factory = new HarapanLabelAdapterFactory(ID);
		IItemPropertySource source = (IItemPropertySource) factory.adapt(a, IItemPropertySource.class);
		assertEquals("Alasan (izin)", source
				.getPropertyDescriptor(a, HarapanPackage.Literals.ATTENDANCE__REASON.getName()).getDisplayName(null));
	}

	@Test
	void householdWithoutHeadOrIdAndMemberWithoutNik() {
		head.setRelationToHead(RelationToHead.SPOUSE);
		assertEquals("KPM (household) 6401-000123", text(household, EN));
		household.setKpmId(null);
		assertEquals("KPM (household)", text(household, EN));
		head.setNik(null);
		assertEquals("Siti Aminah (no NIK)", text(head, EN));
		head.setName("");
		assertEquals("(no name) (no NIK)", text(head, EN));
	}

	@Test
	void propertyNamesFollowTheLanguage() {
		HarapanLabelAdapterFactory factory = new HarapanLabelAdapterFactory(ID);
		IItemPropertySource source = (IItemPropertySource) factory.adapt(measurement(), IItemPropertySource.class);
		assertEquals("Berat badan (kg)", source.getPropertyDescriptor(measurement(),
				HarapanPackage.Literals.MEASUREMENT__WEIGHT_KG.getName()).getDisplayName(null));
	}

	@Test
	void kpmHouseholdIsNotKaderKpm() {
		assertEquals("KPM (household)", EN.getString("_UI_Household_type"));
		assertEquals("Kader KPM (village human-development cadre)", EN.getString("_UI_KaderKpm_term"));
		assertEquals("KPM (keluarga)", ID.getString("_UI_Household_type"));
		assertEquals("Kader KPM (Kader Pembangunan Manusia)", ID.getString("_UI_KaderKpm_term"));
	}
}
