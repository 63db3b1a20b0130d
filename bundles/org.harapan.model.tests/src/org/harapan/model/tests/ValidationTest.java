package org.harapan.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.harapan.model.Disbursement;
import org.harapan.model.HarapanPackage.Literals;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.model.Sex;
import org.harapan.model.validation.HouseholdValidation;
import org.harapan.model.validation.HouseholdValidator;
import org.harapan.model.validation.NikDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of {@link HouseholdValidator} with a bad value and the (English) message it produces. */
class ValidationTest {

	static {
		Locale.setDefault(Locale.ENGLISH); // before the NLS messages load
	}

	private Household household;
	private Member head;
	private Member wife;
	private Measurement measurement;

	@BeforeEach
	void setUp() {
		household = Fixtures.household();
		head = household.getMembers().get(0);
		wife = household.getMembers().get(1);
		measurement = household.getMembers().get(3).getMeasurements().get(0);
	}

	private Diagnostic validate() {
		return validate(NikDirectory.NONE);
	}

	private Diagnostic validate(NikDirectory nikDirectory) {
		return HouseholdValidation.validate(household, HouseholdValidation.context(nikDirectory, Fixtures.CLOCK));
	}

	/** Asserts exactly one problem with this code, on this object and feature, with this message. */
	private static void assertProblem(Diagnostic result, int code, Object object, Object feature, String message) {
		List<Diagnostic> found = result.getChildren().stream().filter(d -> d.getCode() == code
				&& HouseholdValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) && d.getData().get(0) == object).toList();
		assertEquals(1, found.size(), () -> "expected one problem " + code + " in " + messages(result));
		Diagnostic d = found.get(0);
		assertEquals(message, d.getMessage());
		assertSame(feature, d.getData().get(1));
	}

	private static List<String> messages(Diagnostic d) {
		return d.getChildren().stream().map(Diagnostic::getMessage).toList();
	}

	@Test
	void validHouseholdHasNoProblem() {
		Diagnostic result = validate();
		assertEquals(Diagnostic.OK, result.getSeverity(), () -> messages(result).toString());
	}

	@Test
	void kpmIdMissing() {
		household.setKpmId(" ");
		assertProblem(validate(), HouseholdValidator.KPM_ID_MISSING, household, Literals.HOUSEHOLD__KPM_ID,
				"KPM id of KPM (household) without KPM id: the KPM id is missing.");
	}

	@Test
	void noKkMustHave16Digits() {
		household.setNoKK("31710712031500");
		assertProblem(validate(), HouseholdValidator.NO_KK_FORMAT, household, Literals.HOUSEHOLD__NO_KK,
				"No. KK of KPM (household) 3171-000042: must be 16 digits, found \"31710712031500\".");
	}

	@Test
	void desaCodeMustBeKnown() {
		household.setDesaCode("31.71.07.1099");
		assertProblem(validate(), HouseholdValidator.DESA_CODE_UNKNOWN, household, Literals.HOUSEHOLD__DESA_CODE,
				"Desa code of KPM (household) 3171-000042: \"31.71.07.1099\" is not a known desa/kelurahan code.");
	}

	@Test
	void welfareDecileRange() {
		household.setWelfareDecile(11);
		assertProblem(validate(), HouseholdValidator.WELFARE_DECILE_RANGE, household,
				Literals.HOUSEHOLD__WELFARE_DECILE,
				"Welfare decile of KPM (household) 3171-000042: must be 1-10 (0 for unknown), found 11.");
	}

	@Test
	void nikMissingIsAWarning() {
		head.setNik(null);
		Diagnostic result = validate();
		assertProblem(result, HouseholdValidator.NIK_MISSING, head, Literals.MEMBER__NIK,
				"NIK of member Budi Santoso: the NIK is missing.");
		assertEquals(Diagnostic.WARNING, result.getSeverity());
	}

	@Test
	void nikMustHave16Digits() {
		head.setNik("317107120485001X");
		assertProblem(validate(), HouseholdValidator.NIK_FORMAT, head, Literals.MEMBER__NIK,
				"NIK of member Budi Santoso: must be 16 digits, found \"317107120485001X\".");
	}

	@Test
	void nikRegionMustBeAKabupatenKota() {
		head.setNik("3199071204850001");
		assertProblem(validate(), HouseholdValidator.NIK_REGION, head, Literals.MEMBER__NIK,
				"NIK of member Budi Santoso: 3199071204850001 starts with 3199, which is not a kabupaten/kota code.");
	}

	@Test
	void nikDateMustMatchBirthDate() {
		head.setBirthDate(LocalDate.of(1985, 4, 13));
		assertProblem(validate(), HouseholdValidator.NIK_BIRTH_DATE, head, Literals.MEMBER__NIK,
				"NIK of member Budi Santoso: the date part 120485 does not match birth date 1985-04-13 "
						+ "(expected 130485).");
	}

	@Test
	void nikDayPlus40MeansFemale() {
		wife.setSex(Sex.MALE);
		wife.setPregnant(false);
		assertProblem(validate(), HouseholdValidator.NIK_SEX, wife, Literals.MEMBER__SEX,
				"NIK of member Siti Aminah: the date part 490388 is that of a woman, but sex is man.");
		head.setSex(Sex.FEMALE);
		assertProblem(validate(), HouseholdValidator.NIK_SEX, head, Literals.MEMBER__SEX,
				"NIK of member Budi Santoso: the date part 120485 is that of a man, but sex is woman.");
	}

	@Test
	void nikUniqueInHousehold() {
		wife.setNik(head.getNik());
		Diagnostic result = validate();
		assertProblem(result, HouseholdValidator.NIK_DUPLICATE_IN_HOUSEHOLD, wife, Literals.MEMBER__NIK,
				"NIK of member Siti Aminah: 3171071204850001 is also the NIK of member Budi Santoso in this household.");
	}

	@Test
	void nikUniqueAcrossTheStoreNamesTheOtherHousehold() {
		NikDirectory store = nik -> nik.equals(head.getNik()) ? Optional.of("1807-000777") : Optional.empty();
		assertProblem(validate(store), HouseholdValidator.NIK_DUPLICATE_IN_STORE, head, Literals.MEMBER__NIK,
				"NIK of member Budi Santoso: 3171071204850001 is already registered in KPM (household) 1807-000777.");
	}

	@Test
	void nikHeldByThisHouseholdInTheStoreIsNoDuplicate() {
		NikDirectory store = nik -> Optional.of(household.getKpmId());
		assertEquals(Diagnostic.OK, validate(store).getSeverity());
	}

	@Test
	void birthDateNotInTheFuture() {
		Member baby = Fixtures.member("Bayi", Sex.FEMALE, LocalDate.of(2025, 6, 16),
				org.harapan.model.RelationToHead.CHILD, 9);
		household.getMembers().add(baby);
		assertProblem(validate(), HouseholdValidator.BIRTH_DATE_FUTURE, baby, Literals.MEMBER__BIRTH_DATE,
				"Birth date of member Bayi: 2025-06-16 is in the future (today is 2025-06-15).");
	}

	@Test
	void birthDateMissingIsAWarning() {
		head.setBirthDate(null);
		assertProblem(validate(), HouseholdValidator.BIRTH_DATE_MISSING, head, Literals.MEMBER__BIRTH_DATE,
				"Birth date of member Budi Santoso: the birth date is missing.");
	}

	@Test
	void pregnantOnlyForWomen() {
		head.setPregnant(true);
		head.setExpectedDeliveryDate(LocalDate.of(2025, 9, 1));
		assertProblem(validate(), HouseholdValidator.PREGNANT_NOT_FEMALE, head, Literals.MEMBER__PREGNANT,
				"Pregnant of member Budi Santoso: set, but sex is man.");
	}

	@Test
	void expectedDeliveryDateWhenPregnant() {
		wife.setExpectedDeliveryDate(null);
		assertProblem(validate(), HouseholdValidator.EXPECTED_DELIVERY_MISSING, wife,
				Literals.MEMBER__EXPECTED_DELIVERY_DATE,
				"Expected delivery date of member Siti Aminah: missing while pregnant is set.");
	}

	@Test
	void measurementDateChecks() {
		measurement.setDate(null);
		assertProblem(validate(), HouseholdValidator.MEASUREMENT_DATE_MISSING, measurement, Literals.MEASUREMENT__DATE,
				"Date of measurement of Andi Pratama without date: the measurement date is missing.");
		measurement.setDate(LocalDate.of(2025, 7, 1));
		assertProblem(validate(), HouseholdValidator.MEASUREMENT_DATE_FUTURE, measurement, Literals.MEASUREMENT__DATE,
				"Date of measurement of Andi Pratama on 2025-07-01: 2025-07-01 is in the future (today is 2025-06-15).");
		measurement.setDate(LocalDate.of(2023, 11, 4));
		assertProblem(validate(), HouseholdValidator.MEASUREMENT_BEFORE_BIRTH, measurement,
				Literals.MEASUREMENT__DATE, "Date of measurement of Andi Pratama on 2023-11-04: 2023-11-04 is "
						+ "before the birth date 2023-11-05.");
	}

	@Test
	void weightPlausible() {
		measurement.setWeightKg(0.4);
		assertProblem(validate(), HouseholdValidator.WEIGHT_RANGE, measurement, Literals.MEASUREMENT__WEIGHT_KG,
				"Weight of measurement of Andi Pratama on 2025-05-10: 0.4 kg is outside the plausible range 0.5-200 kg.");
		measurement.setWeightKg(201);
		assertProblem(validate(), HouseholdValidator.WEIGHT_RANGE, measurement, Literals.MEASUREMENT__WEIGHT_KG,
				"Weight of measurement of Andi Pratama on 2025-05-10: 201 kg is outside the plausible range 0.5-200 kg.");
	}

	@Test
	void lengthHeightPlausible() {
		measurement.setHeightCm(785);
		assertProblem(validate(), HouseholdValidator.HEIGHT_RANGE, measurement, Literals.MEASUREMENT__HEIGHT_CM,
				"Length/height of measurement of Andi Pratama on 2025-05-10: 785 cm is outside the plausible range "
						+ "35-230 cm.");
	}

	@Test
	void headCircumferencePlausible() {
		measurement.setHeadCircumferenceCm(19.5);
		assertProblem(validate(), HouseholdValidator.HEAD_RANGE, measurement,
				Literals.MEASUREMENT__HEAD_CIRCUMFERENCE_CM, "Head circumference of measurement of Andi Pratama on "
						+ "2025-05-10: 19.5 cm is outside the plausible range 20-70 cm.");
	}

	@Test
	void armCircumferencePlausible() {
		measurement.setArmCircumferenceCm(51);
		assertProblem(validate(), HouseholdValidator.ARM_RANGE, measurement,
				Literals.MEASUREMENT__ARM_CIRCUMFERENCE_CM, "Arm circumference (MUAC) of measurement of Andi Pratama "
						+ "on 2025-05-10: 51 cm is outside the plausible range 5-50 cm.");
	}

	@Test
	void zeroMeansNotMeasured() {
		measurement.setHeadCircumferenceCm(0);
		measurement.setArmCircumferenceCm(0);
		measurement.setHeightCm(0);
		assertEquals(Diagnostic.OK, validate().getSeverity());
	}

	@Test
	void disbursementTahapAndAmount() {
		Disbursement d = household.getDisbursements().get(0);
		d.setTahap(5);
		d.setAmountRp(-1);
		Diagnostic result = validate();
		assertProblem(result, HouseholdValidator.TAHAP_RANGE, d, Literals.DISBURSEMENT__TAHAP,
				"Tahap of the disbursement 2025/5: must be 1-4, found 5.");
		assertProblem(result, HouseholdValidator.AMOUNT_NEGATIVE, d, Literals.DISBURSEMENT__AMOUNT_RP,
				"Amount of the disbursement 2025/5: must not be negative, found Rp -1.");
	}

	@Test
	void globalRegistrationAppliesTheRules() {
		HouseholdValidation.register();
		household.setNoKK("1");
		Map<Object, Object> context = HouseholdValidation.context(null, Fixtures.CLOCK);
		Diagnostic result = org.eclipse.emf.ecore.util.Diagnostician.INSTANCE.validate(household, context);
		assertTrue(messages(result).stream().anyMatch(m -> m.startsWith("No. KK of KPM (household) 3171-000042")),
				() -> messages(result).toString());
	}
}
