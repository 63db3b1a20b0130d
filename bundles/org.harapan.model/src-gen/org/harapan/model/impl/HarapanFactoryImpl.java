/**
 */
package org.harapan.model.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.harapan.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class HarapanFactoryImpl extends EFactoryImpl implements HarapanFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static HarapanFactory init() {
		try {
			HarapanFactory theHarapanFactory = (HarapanFactory)EPackage.Registry.INSTANCE.getEFactory(HarapanPackage.eNS_URI);
			if (theHarapanFactory != null) {
				return theHarapanFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new HarapanFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HarapanFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case HarapanPackage.HOUSEHOLD: return createHousehold();
			case HarapanPackage.MEMBER: return createMember();
			case HarapanPackage.MEASUREMENT: return createMeasurement();
			case HarapanPackage.ATTENDANCE: return createAttendance();
			case HarapanPackage.COMPLIANCE_RECORD: return createComplianceRecord();
			case HarapanPackage.DISBURSEMENT: return createDisbursement();
			case HarapanPackage.REFERRAL: return createReferral();
			case HarapanPackage.CASE_EVENT: return createCaseEvent();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case HarapanPackage.HOUSEHOLD_STATUS:
				return createHouseholdStatusFromString(eDataType, initialValue);
			case HarapanPackage.SEX:
				return createSexFromString(eDataType, initialValue);
			case HarapanPackage.RELATION_TO_HEAD:
				return createRelationToHeadFromString(eDataType, initialValue);
			case HarapanPackage.SCHOOL_LEVEL:
				return createSchoolLevelFromString(eDataType, initialValue);
			case HarapanPackage.DISABILITY_LEVEL:
				return createDisabilityLevelFromString(eDataType, initialValue);
			case HarapanPackage.PKH_COMPONENT:
				return createPkhComponentFromString(eDataType, initialValue);
			case HarapanPackage.MEASUREMENT_POSITION:
				return createMeasurementPositionFromString(eDataType, initialValue);
			case HarapanPackage.MEASUREMENT_PLACE:
				return createMeasurementPlaceFromString(eDataType, initialValue);
			case HarapanPackage.ATTENDANCE_STATUS:
				return createAttendanceStatusFromString(eDataType, initialValue);
			case HarapanPackage.CONDITIONALITY:
				return createConditionalityFromString(eDataType, initialValue);
			case HarapanPackage.COMPLIANCE_STATUS:
				return createComplianceStatusFromString(eDataType, initialValue);
			case HarapanPackage.DISBURSEMENT_STATUS:
				return createDisbursementStatusFromString(eDataType, initialValue);
			case HarapanPackage.REFERRAL_SERVICE:
				return createReferralServiceFromString(eDataType, initialValue);
			case HarapanPackage.REFERRAL_STATE:
				return createReferralStateFromString(eDataType, initialValue);
			case HarapanPackage.REFERRAL_OUTCOME:
				return createReferralOutcomeFromString(eDataType, initialValue);
			case HarapanPackage.CASE_EVENT_KIND:
				return createCaseEventKindFromString(eDataType, initialValue);
			case HarapanPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case HarapanPackage.YEAR_MONTH:
				return createYearMonthFromString(eDataType, initialValue);
			case HarapanPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case HarapanPackage.HOUSEHOLD_STATUS:
				return convertHouseholdStatusToString(eDataType, instanceValue);
			case HarapanPackage.SEX:
				return convertSexToString(eDataType, instanceValue);
			case HarapanPackage.RELATION_TO_HEAD:
				return convertRelationToHeadToString(eDataType, instanceValue);
			case HarapanPackage.SCHOOL_LEVEL:
				return convertSchoolLevelToString(eDataType, instanceValue);
			case HarapanPackage.DISABILITY_LEVEL:
				return convertDisabilityLevelToString(eDataType, instanceValue);
			case HarapanPackage.PKH_COMPONENT:
				return convertPkhComponentToString(eDataType, instanceValue);
			case HarapanPackage.MEASUREMENT_POSITION:
				return convertMeasurementPositionToString(eDataType, instanceValue);
			case HarapanPackage.MEASUREMENT_PLACE:
				return convertMeasurementPlaceToString(eDataType, instanceValue);
			case HarapanPackage.ATTENDANCE_STATUS:
				return convertAttendanceStatusToString(eDataType, instanceValue);
			case HarapanPackage.CONDITIONALITY:
				return convertConditionalityToString(eDataType, instanceValue);
			case HarapanPackage.COMPLIANCE_STATUS:
				return convertComplianceStatusToString(eDataType, instanceValue);
			case HarapanPackage.DISBURSEMENT_STATUS:
				return convertDisbursementStatusToString(eDataType, instanceValue);
			case HarapanPackage.REFERRAL_SERVICE:
				return convertReferralServiceToString(eDataType, instanceValue);
			case HarapanPackage.REFERRAL_STATE:
				return convertReferralStateToString(eDataType, instanceValue);
			case HarapanPackage.REFERRAL_OUTCOME:
				return convertReferralOutcomeToString(eDataType, instanceValue);
			case HarapanPackage.CASE_EVENT_KIND:
				return convertCaseEventKindToString(eDataType, instanceValue);
			case HarapanPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case HarapanPackage.YEAR_MONTH:
				return convertYearMonthToString(eDataType, instanceValue);
			case HarapanPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Household createHousehold() {
		HouseholdImpl household = new HouseholdImpl();
		return household;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member createMember() {
		MemberImpl member = new MemberImpl();
		return member;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measurement createMeasurement() {
		MeasurementImpl measurement = new MeasurementImpl();
		return measurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attendance createAttendance() {
		AttendanceImpl attendance = new AttendanceImpl();
		return attendance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplianceRecord createComplianceRecord() {
		ComplianceRecordImpl complianceRecord = new ComplianceRecordImpl();
		return complianceRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disbursement createDisbursement() {
		DisbursementImpl disbursement = new DisbursementImpl();
		return disbursement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Referral createReferral() {
		ReferralImpl referral = new ReferralImpl();
		return referral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseEvent createCaseEvent() {
		CaseEventImpl caseEvent = new CaseEventImpl();
		return caseEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HouseholdStatus createHouseholdStatusFromString(EDataType eDataType, String initialValue) {
		HouseholdStatus result = HouseholdStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHouseholdStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sex createSexFromString(EDataType eDataType, String initialValue) {
		Sex result = Sex.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSexToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RelationToHead createRelationToHeadFromString(EDataType eDataType, String initialValue) {
		RelationToHead result = RelationToHead.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationToHeadToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SchoolLevel createSchoolLevelFromString(EDataType eDataType, String initialValue) {
		SchoolLevel result = SchoolLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSchoolLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DisabilityLevel createDisabilityLevelFromString(EDataType eDataType, String initialValue) {
		DisabilityLevel result = DisabilityLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDisabilityLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PkhComponent createPkhComponentFromString(EDataType eDataType, String initialValue) {
		PkhComponent result = PkhComponent.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPkhComponentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasurementPosition createMeasurementPositionFromString(EDataType eDataType, String initialValue) {
		MeasurementPosition result = MeasurementPosition.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeasurementPositionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasurementPlace createMeasurementPlaceFromString(EDataType eDataType, String initialValue) {
		MeasurementPlace result = MeasurementPlace.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeasurementPlaceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AttendanceStatus createAttendanceStatusFromString(EDataType eDataType, String initialValue) {
		AttendanceStatus result = AttendanceStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttendanceStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Conditionality createConditionalityFromString(EDataType eDataType, String initialValue) {
		Conditionality result = Conditionality.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConditionalityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComplianceStatus createComplianceStatusFromString(EDataType eDataType, String initialValue) {
		ComplianceStatus result = ComplianceStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComplianceStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DisbursementStatus createDisbursementStatusFromString(EDataType eDataType, String initialValue) {
		DisbursementStatus result = DisbursementStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDisbursementStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReferralService createReferralServiceFromString(EDataType eDataType, String initialValue) {
		ReferralService result = ReferralService.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReferralServiceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReferralState createReferralStateFromString(EDataType eDataType, String initialValue) {
		ReferralState result = ReferralState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReferralStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReferralOutcome createReferralOutcomeFromString(EDataType eDataType, String initialValue) {
		ReferralOutcome result = ReferralOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReferralOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CaseEventKind createCaseEventKindFromString(EDataType eDataType, String initialValue) {
		CaseEventKind result = CaseEventKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCaseEventKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null || it.isEmpty() ? null : java.time.LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public YearMonth createYearMonth(final String it) {
		return it == null || it.isEmpty() ? null : java.time.YearMonth.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public YearMonth createYearMonthFromString(EDataType eDataType, String initialValue) {
		return createYearMonth(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertYearMonth(final YearMonth it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertYearMonthToString(EDataType eDataType, Object instanceValue) {
		return convertYearMonth((YearMonth)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it) {
		return it == null || it.isEmpty() ? null : java.time.Instant.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstant(final Instant it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return convertInstant((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HarapanPackage getHarapanPackage() {
		return (HarapanPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static HarapanPackage getPackage() {
		return HarapanPackage.eINSTANCE;
	}

} //HarapanFactoryImpl
