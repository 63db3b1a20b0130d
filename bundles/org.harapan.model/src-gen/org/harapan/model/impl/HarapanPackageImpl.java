/**
 */
package org.harapan.model.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.CaseEvent;
import org.harapan.model.CaseEventKind;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Conditionality;
import org.harapan.model.DisabilityLevel;
import org.harapan.model.Disbursement;
import org.harapan.model.DisbursementStatus;
import org.harapan.model.HarapanFactory;
import org.harapan.model.HarapanPackage;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.Measurement;
import org.harapan.model.MeasurementPlace;
import org.harapan.model.MeasurementPosition;
import org.harapan.model.Member;
import org.harapan.model.PkhComponent;
import org.harapan.model.Referral;
import org.harapan.model.ReferralOutcome;
import org.harapan.model.ReferralService;
import org.harapan.model.ReferralState;
import org.harapan.model.RelationToHead;
import org.harapan.model.SchoolLevel;
import org.harapan.model.Sex;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class HarapanPackageImpl extends EPackageImpl implements HarapanPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass householdEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measurementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attendanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass complianceRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass disbursementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referralEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass caseEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum householdStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sexEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationToHeadEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum schoolLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum disabilityLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pkhComponentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum measurementPositionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum measurementPlaceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum attendanceStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum conditionalityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum complianceStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum disbursementStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum referralServiceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum referralStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum referralOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum caseEventKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType yearMonthEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.harapan.model.HarapanPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private HarapanPackageImpl() {
		super(eNS_URI, HarapanFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link HarapanPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static HarapanPackage init() {
		if (isInited) return (HarapanPackage)EPackage.Registry.INSTANCE.getEPackage(HarapanPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredHarapanPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		HarapanPackageImpl theHarapanPackage = registeredHarapanPackage instanceof HarapanPackageImpl ? (HarapanPackageImpl)registeredHarapanPackage : new HarapanPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theHarapanPackage.createPackageContents();

		// Initialize created meta-data
		theHarapanPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theHarapanPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(HarapanPackage.eNS_URI, theHarapanPackage);
		return theHarapanPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHousehold() {
		return householdEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_KpmId() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_NoKK() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_Address() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_DesaCode() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_Facilitator() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_Status() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_JoinedDate() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_WelfareDecile() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_P2k2Group() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_OwnIncome() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_Version() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_Members() {
		return (EReference)householdEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_Attendances() {
		return (EReference)householdEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_ComplianceRecords() {
		return (EReference)householdEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_Disbursements() {
		return (EReference)householdEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_Referrals() {
		return (EReference)householdEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_Events() {
		return (EReference)householdEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getHousehold__Head() {
		return householdEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getHousehold__FindMember__String() {
		return householdEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getHousehold__KecamatanCode() {
		return householdEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getHousehold__KabupatenCode() {
		return householdEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMember() {
		return memberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_Nik() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_Name() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_Sex() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_BirthDate() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_RelationToHead() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_Pregnant() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_ExpectedDeliveryDate() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_SchoolLevel() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_Enrolled() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_Disability() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMember_Household() {
		return (EReference)memberEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMember_Measurements() {
		return (EReference)memberEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMember__AgeInDays__LocalDate() {
		return memberEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMember__AgeInMonths__LocalDate() {
		return memberEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMember__AgeInYears__LocalDate() {
		return memberEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasurement() {
		return measurementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Date() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_WeightKg() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_HeightCm() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Position() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_HeadCircumferenceCm() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_ArmCircumferenceCm() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Oedema() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Place() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasurement_Member() {
		return (EReference)measurementEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttendance() {
		return attendanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttendance_SessionId() {
		return (EAttribute)attendanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttendance_GroupId() {
		return (EAttribute)attendanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttendance_SessionNumber() {
		return (EAttribute)attendanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttendance_SessionDate() {
		return (EAttribute)attendanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttendance_Module() {
		return (EAttribute)attendanceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttendance_Status() {
		return (EAttribute)attendanceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAttendance_Member() {
		return (EReference)attendanceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttendance_Reason() {
		return (EAttribute)attendanceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComplianceRecord() {
		return complianceRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplianceRecord_Month() {
		return (EAttribute)complianceRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplianceRecord_Conditionality() {
		return (EAttribute)complianceRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplianceRecord_Status() {
		return (EAttribute)complianceRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplianceRecord_Evidence() {
		return (EAttribute)complianceRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplianceRecord_Member() {
		return (EReference)complianceRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDisbursement() {
		return disbursementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisbursement_Year() {
		return (EAttribute)disbursementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisbursement_Tahap() {
		return (EAttribute)disbursementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisbursement_AmountRp() {
		return (EAttribute)disbursementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisbursement_Status() {
		return (EAttribute)disbursementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisbursement_PaidDate() {
		return (EAttribute)disbursementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferral() {
		return referralEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_Service() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_Provider() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_ReferredDate() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_StartedDate() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_EndedDate() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_State() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_Outcome() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_Source() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReferral_Note() {
		return (EAttribute)referralEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReferral_Member() {
		return (EReference)referralEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCaseEvent() {
		return caseEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseEvent_When() {
		return (EAttribute)caseEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseEvent_Who() {
		return (EAttribute)caseEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseEvent_Kind() {
		return (EAttribute)caseEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseEvent_Text() {
		return (EAttribute)caseEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseEvent_TextEn() {
		return (EAttribute)caseEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseEvent_Source() {
		return (EAttribute)caseEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseEvent_Facts() {
		return (EAttribute)caseEventEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHouseholdStatus() {
		return householdStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSex() {
		return sexEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationToHead() {
		return relationToHeadEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSchoolLevel() {
		return schoolLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDisabilityLevel() {
		return disabilityLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPkhComponent() {
		return pkhComponentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeasurementPosition() {
		return measurementPositionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeasurementPlace() {
		return measurementPlaceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAttendanceStatus() {
		return attendanceStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConditionality() {
		return conditionalityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComplianceStatus() {
		return complianceStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDisbursementStatus() {
		return disbursementStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReferralService() {
		return referralServiceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReferralState() {
		return referralStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReferralOutcome() {
		return referralOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCaseEventKind() {
		return caseEventKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getYearMonth() {
		return yearMonthEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HarapanFactory getHarapanFactory() {
		return (HarapanFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		householdEClass = createEClass(HOUSEHOLD);
		createEAttribute(householdEClass, HOUSEHOLD__KPM_ID);
		createEAttribute(householdEClass, HOUSEHOLD__NO_KK);
		createEAttribute(householdEClass, HOUSEHOLD__ADDRESS);
		createEAttribute(householdEClass, HOUSEHOLD__DESA_CODE);
		createEAttribute(householdEClass, HOUSEHOLD__FACILITATOR);
		createEAttribute(householdEClass, HOUSEHOLD__STATUS);
		createEAttribute(householdEClass, HOUSEHOLD__JOINED_DATE);
		createEAttribute(householdEClass, HOUSEHOLD__WELFARE_DECILE);
		createEAttribute(householdEClass, HOUSEHOLD__P2K2_GROUP);
		createEAttribute(householdEClass, HOUSEHOLD__OWN_INCOME);
		createEAttribute(householdEClass, HOUSEHOLD__VERSION);
		createEReference(householdEClass, HOUSEHOLD__MEMBERS);
		createEReference(householdEClass, HOUSEHOLD__ATTENDANCES);
		createEReference(householdEClass, HOUSEHOLD__COMPLIANCE_RECORDS);
		createEReference(householdEClass, HOUSEHOLD__DISBURSEMENTS);
		createEReference(householdEClass, HOUSEHOLD__REFERRALS);
		createEReference(householdEClass, HOUSEHOLD__EVENTS);
		createEOperation(householdEClass, HOUSEHOLD___HEAD);
		createEOperation(householdEClass, HOUSEHOLD___FIND_MEMBER__STRING);
		createEOperation(householdEClass, HOUSEHOLD___KECAMATAN_CODE);
		createEOperation(householdEClass, HOUSEHOLD___KABUPATEN_CODE);

		memberEClass = createEClass(MEMBER);
		createEAttribute(memberEClass, MEMBER__NIK);
		createEAttribute(memberEClass, MEMBER__NAME);
		createEAttribute(memberEClass, MEMBER__SEX);
		createEAttribute(memberEClass, MEMBER__BIRTH_DATE);
		createEAttribute(memberEClass, MEMBER__RELATION_TO_HEAD);
		createEAttribute(memberEClass, MEMBER__PREGNANT);
		createEAttribute(memberEClass, MEMBER__EXPECTED_DELIVERY_DATE);
		createEAttribute(memberEClass, MEMBER__SCHOOL_LEVEL);
		createEAttribute(memberEClass, MEMBER__ENROLLED);
		createEAttribute(memberEClass, MEMBER__DISABILITY);
		createEReference(memberEClass, MEMBER__HOUSEHOLD);
		createEReference(memberEClass, MEMBER__MEASUREMENTS);
		createEOperation(memberEClass, MEMBER___AGE_IN_DAYS__LOCALDATE);
		createEOperation(memberEClass, MEMBER___AGE_IN_MONTHS__LOCALDATE);
		createEOperation(memberEClass, MEMBER___AGE_IN_YEARS__LOCALDATE);

		measurementEClass = createEClass(MEASUREMENT);
		createEAttribute(measurementEClass, MEASUREMENT__DATE);
		createEAttribute(measurementEClass, MEASUREMENT__WEIGHT_KG);
		createEAttribute(measurementEClass, MEASUREMENT__HEIGHT_CM);
		createEAttribute(measurementEClass, MEASUREMENT__POSITION);
		createEAttribute(measurementEClass, MEASUREMENT__HEAD_CIRCUMFERENCE_CM);
		createEAttribute(measurementEClass, MEASUREMENT__ARM_CIRCUMFERENCE_CM);
		createEAttribute(measurementEClass, MEASUREMENT__OEDEMA);
		createEAttribute(measurementEClass, MEASUREMENT__PLACE);
		createEReference(measurementEClass, MEASUREMENT__MEMBER);

		attendanceEClass = createEClass(ATTENDANCE);
		createEAttribute(attendanceEClass, ATTENDANCE__SESSION_ID);
		createEAttribute(attendanceEClass, ATTENDANCE__GROUP_ID);
		createEAttribute(attendanceEClass, ATTENDANCE__SESSION_NUMBER);
		createEAttribute(attendanceEClass, ATTENDANCE__SESSION_DATE);
		createEAttribute(attendanceEClass, ATTENDANCE__MODULE);
		createEAttribute(attendanceEClass, ATTENDANCE__STATUS);
		createEReference(attendanceEClass, ATTENDANCE__MEMBER);
		createEAttribute(attendanceEClass, ATTENDANCE__REASON);

		complianceRecordEClass = createEClass(COMPLIANCE_RECORD);
		createEAttribute(complianceRecordEClass, COMPLIANCE_RECORD__MONTH);
		createEAttribute(complianceRecordEClass, COMPLIANCE_RECORD__CONDITIONALITY);
		createEAttribute(complianceRecordEClass, COMPLIANCE_RECORD__STATUS);
		createEAttribute(complianceRecordEClass, COMPLIANCE_RECORD__EVIDENCE);
		createEReference(complianceRecordEClass, COMPLIANCE_RECORD__MEMBER);

		disbursementEClass = createEClass(DISBURSEMENT);
		createEAttribute(disbursementEClass, DISBURSEMENT__YEAR);
		createEAttribute(disbursementEClass, DISBURSEMENT__TAHAP);
		createEAttribute(disbursementEClass, DISBURSEMENT__AMOUNT_RP);
		createEAttribute(disbursementEClass, DISBURSEMENT__STATUS);
		createEAttribute(disbursementEClass, DISBURSEMENT__PAID_DATE);

		referralEClass = createEClass(REFERRAL);
		createEAttribute(referralEClass, REFERRAL__SERVICE);
		createEAttribute(referralEClass, REFERRAL__PROVIDER);
		createEAttribute(referralEClass, REFERRAL__REFERRED_DATE);
		createEAttribute(referralEClass, REFERRAL__STARTED_DATE);
		createEAttribute(referralEClass, REFERRAL__ENDED_DATE);
		createEAttribute(referralEClass, REFERRAL__STATE);
		createEAttribute(referralEClass, REFERRAL__OUTCOME);
		createEAttribute(referralEClass, REFERRAL__SOURCE);
		createEAttribute(referralEClass, REFERRAL__NOTE);
		createEReference(referralEClass, REFERRAL__MEMBER);

		caseEventEClass = createEClass(CASE_EVENT);
		createEAttribute(caseEventEClass, CASE_EVENT__WHEN);
		createEAttribute(caseEventEClass, CASE_EVENT__WHO);
		createEAttribute(caseEventEClass, CASE_EVENT__KIND);
		createEAttribute(caseEventEClass, CASE_EVENT__TEXT);
		createEAttribute(caseEventEClass, CASE_EVENT__TEXT_EN);
		createEAttribute(caseEventEClass, CASE_EVENT__SOURCE);
		createEAttribute(caseEventEClass, CASE_EVENT__FACTS);

		// Create enums
		householdStatusEEnum = createEEnum(HOUSEHOLD_STATUS);
		sexEEnum = createEEnum(SEX);
		relationToHeadEEnum = createEEnum(RELATION_TO_HEAD);
		schoolLevelEEnum = createEEnum(SCHOOL_LEVEL);
		disabilityLevelEEnum = createEEnum(DISABILITY_LEVEL);
		pkhComponentEEnum = createEEnum(PKH_COMPONENT);
		measurementPositionEEnum = createEEnum(MEASUREMENT_POSITION);
		measurementPlaceEEnum = createEEnum(MEASUREMENT_PLACE);
		attendanceStatusEEnum = createEEnum(ATTENDANCE_STATUS);
		conditionalityEEnum = createEEnum(CONDITIONALITY);
		complianceStatusEEnum = createEEnum(COMPLIANCE_STATUS);
		disbursementStatusEEnum = createEEnum(DISBURSEMENT_STATUS);
		referralServiceEEnum = createEEnum(REFERRAL_SERVICE);
		referralStateEEnum = createEEnum(REFERRAL_STATE);
		referralOutcomeEEnum = createEEnum(REFERRAL_OUTCOME);
		caseEventKindEEnum = createEEnum(CASE_EVENT_KIND);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		yearMonthEDataType = createEDataType(YEAR_MONTH);
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(householdEClass, Household.class, "Household", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHousehold_KpmId(), ecorePackage.getEString(), "kpmId", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_NoKK(), ecorePackage.getEString(), "noKK", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_Address(), ecorePackage.getEString(), "address", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_DesaCode(), ecorePackage.getEString(), "desaCode", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_Facilitator(), ecorePackage.getEString(), "facilitator", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_Status(), this.getHouseholdStatus(), "status", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_JoinedDate(), this.getLocalDate(), "joinedDate", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_WelfareDecile(), ecorePackage.getEInt(), "welfareDecile", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_P2k2Group(), ecorePackage.getEString(), "p2k2Group", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_OwnIncome(), ecorePackage.getEBoolean(), "ownIncome", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHousehold_Version(), ecorePackage.getELong(), "version", null, 0, 1, Household.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHousehold_Members(), this.getMember(), this.getMember_Household(), "members", null, 0, -1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHousehold_Attendances(), this.getAttendance(), null, "attendances", null, 0, -1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHousehold_ComplianceRecords(), this.getComplianceRecord(), null, "complianceRecords", null, 0, -1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHousehold_Disbursements(), this.getDisbursement(), null, "disbursements", null, 0, -1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHousehold_Referrals(), this.getReferral(), null, "referrals", null, 0, -1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHousehold_Events(), this.getCaseEvent(), null, "events", null, 0, -1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getHousehold__Head(), this.getMember(), "head", 0, 1, IS_UNIQUE, IS_ORDERED);

		EOperation op = initEOperation(getHousehold__FindMember__String(), this.getMember(), "findMember", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "nik", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getHousehold__KecamatanCode(), ecorePackage.getEString(), "kecamatanCode", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getHousehold__KabupatenCode(), ecorePackage.getEString(), "kabupatenCode", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(memberEClass, Member.class, "Member", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMember_Nik(), ecorePackage.getEString(), "nik", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_Name(), ecorePackage.getEString(), "name", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_Sex(), this.getSex(), "sex", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_BirthDate(), this.getLocalDate(), "birthDate", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_RelationToHead(), this.getRelationToHead(), "relationToHead", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_Pregnant(), ecorePackage.getEBoolean(), "pregnant", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_ExpectedDeliveryDate(), this.getLocalDate(), "expectedDeliveryDate", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_SchoolLevel(), this.getSchoolLevel(), "schoolLevel", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_Enrolled(), ecorePackage.getEBoolean(), "enrolled", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_Disability(), this.getDisabilityLevel(), "disability", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMember_Household(), this.getHousehold(), this.getHousehold_Members(), "household", null, 0, 1, Member.class, IS_TRANSIENT, !IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMember_Measurements(), this.getMeasurement(), this.getMeasurement_Member(), "measurements", null, 0, -1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getMember__AgeInDays__LocalDate(), ecorePackage.getEInt(), "ageInDays", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getLocalDate(), "at", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMember__AgeInMonths__LocalDate(), ecorePackage.getEInt(), "ageInMonths", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getLocalDate(), "at", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMember__AgeInYears__LocalDate(), ecorePackage.getEInt(), "ageInYears", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getLocalDate(), "at", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(measurementEClass, Measurement.class, "Measurement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeasurement_Date(), this.getLocalDate(), "date", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_WeightKg(), ecorePackage.getEDouble(), "weightKg", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_HeightCm(), ecorePackage.getEDouble(), "heightCm", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_Position(), this.getMeasurementPosition(), "position", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_HeadCircumferenceCm(), ecorePackage.getEDouble(), "headCircumferenceCm", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_ArmCircumferenceCm(), ecorePackage.getEDouble(), "armCircumferenceCm", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_Oedema(), ecorePackage.getEBoolean(), "oedema", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_Place(), this.getMeasurementPlace(), "place", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasurement_Member(), this.getMember(), this.getMember_Measurements(), "member", null, 0, 1, Measurement.class, IS_TRANSIENT, !IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(attendanceEClass, Attendance.class, "Attendance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAttendance_SessionId(), ecorePackage.getEString(), "sessionId", null, 0, 1, Attendance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttendance_GroupId(), ecorePackage.getEString(), "groupId", null, 0, 1, Attendance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttendance_SessionNumber(), ecorePackage.getEInt(), "sessionNumber", null, 0, 1, Attendance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttendance_SessionDate(), this.getLocalDate(), "sessionDate", null, 0, 1, Attendance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttendance_Module(), ecorePackage.getEString(), "module", null, 0, 1, Attendance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttendance_Status(), this.getAttendanceStatus(), "status", null, 0, 1, Attendance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAttendance_Member(), this.getMember(), null, "member", null, 0, 1, Attendance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttendance_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Attendance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(complianceRecordEClass, ComplianceRecord.class, "ComplianceRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComplianceRecord_Month(), this.getYearMonth(), "month", null, 0, 1, ComplianceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplianceRecord_Conditionality(), this.getConditionality(), "conditionality", null, 0, 1, ComplianceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplianceRecord_Status(), this.getComplianceStatus(), "status", null, 0, 1, ComplianceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplianceRecord_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, ComplianceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplianceRecord_Member(), this.getMember(), null, "member", null, 0, 1, ComplianceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(disbursementEClass, Disbursement.class, "Disbursement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDisbursement_Year(), ecorePackage.getEInt(), "year", null, 0, 1, Disbursement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisbursement_Tahap(), ecorePackage.getEInt(), "tahap", null, 0, 1, Disbursement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisbursement_AmountRp(), ecorePackage.getELong(), "amountRp", null, 0, 1, Disbursement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisbursement_Status(), this.getDisbursementStatus(), "status", null, 0, 1, Disbursement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisbursement_PaidDate(), this.getLocalDate(), "paidDate", null, 0, 1, Disbursement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(referralEClass, Referral.class, "Referral", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReferral_Service(), this.getReferralService(), "service", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferral_Provider(), ecorePackage.getEString(), "provider", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferral_ReferredDate(), this.getLocalDate(), "referredDate", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferral_StartedDate(), this.getLocalDate(), "startedDate", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferral_EndedDate(), this.getLocalDate(), "endedDate", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferral_State(), this.getReferralState(), "state", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferral_Outcome(), this.getReferralOutcome(), "outcome", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferral_Source(), ecorePackage.getEString(), "source", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReferral_Note(), ecorePackage.getEString(), "note", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReferral_Member(), this.getMember(), null, "member", null, 0, 1, Referral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(caseEventEClass, CaseEvent.class, "CaseEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCaseEvent_When(), this.getInstant(), "when", null, 0, 1, CaseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseEvent_Who(), ecorePackage.getEString(), "who", null, 0, 1, CaseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseEvent_Kind(), this.getCaseEventKind(), "kind", null, 0, 1, CaseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseEvent_Text(), ecorePackage.getEString(), "text", null, 0, 1, CaseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseEvent_TextEn(), ecorePackage.getEString(), "textEn", null, 0, 1, CaseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseEvent_Source(), ecorePackage.getEString(), "source", null, 0, 1, CaseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseEvent_Facts(), ecorePackage.getEString(), "facts", null, 0, 1, CaseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(householdStatusEEnum, HouseholdStatus.class, "HouseholdStatus");
		addEEnumLiteral(householdStatusEEnum, HouseholdStatus.ACTIVE);
		addEEnumLiteral(householdStatusEEnum, HouseholdStatus.SUSPENDED);
		addEEnumLiteral(householdStatusEEnum, HouseholdStatus.GRADUATED_NATURAL);
		addEEnumLiteral(householdStatusEEnum, HouseholdStatus.GRADUATED_SELF_RELIANT);
		addEEnumLiteral(householdStatusEEnum, HouseholdStatus.CANCELLED);

		initEEnum(sexEEnum, Sex.class, "Sex");
		addEEnumLiteral(sexEEnum, Sex.MALE);
		addEEnumLiteral(sexEEnum, Sex.FEMALE);

		initEEnum(relationToHeadEEnum, RelationToHead.class, "RelationToHead");
		addEEnumLiteral(relationToHeadEEnum, RelationToHead.HEAD);
		addEEnumLiteral(relationToHeadEEnum, RelationToHead.SPOUSE);
		addEEnumLiteral(relationToHeadEEnum, RelationToHead.CHILD);
		addEEnumLiteral(relationToHeadEEnum, RelationToHead.CHILD_IN_LAW);
		addEEnumLiteral(relationToHeadEEnum, RelationToHead.GRANDCHILD);
		addEEnumLiteral(relationToHeadEEnum, RelationToHead.PARENT);
		addEEnumLiteral(relationToHeadEEnum, RelationToHead.PARENT_IN_LAW);
		addEEnumLiteral(relationToHeadEEnum, RelationToHead.OTHER_RELATIVE);
		addEEnumLiteral(relationToHeadEEnum, RelationToHead.HELPER);
		addEEnumLiteral(relationToHeadEEnum, RelationToHead.OTHER);

		initEEnum(schoolLevelEEnum, SchoolLevel.class, "SchoolLevel");
		addEEnumLiteral(schoolLevelEEnum, SchoolLevel.NONE);
		addEEnumLiteral(schoolLevelEEnum, SchoolLevel.EARLY_CHILDHOOD);
		addEEnumLiteral(schoolLevelEEnum, SchoolLevel.PRIMARY);
		addEEnumLiteral(schoolLevelEEnum, SchoolLevel.JUNIOR_SECONDARY);
		addEEnumLiteral(schoolLevelEEnum, SchoolLevel.SENIOR_SECONDARY);
		addEEnumLiteral(schoolLevelEEnum, SchoolLevel.TERTIARY);

		initEEnum(disabilityLevelEEnum, DisabilityLevel.class, "DisabilityLevel");
		addEEnumLiteral(disabilityLevelEEnum, DisabilityLevel.NONE);
		addEEnumLiteral(disabilityLevelEEnum, DisabilityLevel.MILD);
		addEEnumLiteral(disabilityLevelEEnum, DisabilityLevel.MODERATE);
		addEEnumLiteral(disabilityLevelEEnum, DisabilityLevel.SEVERE);

		initEEnum(pkhComponentEEnum, PkhComponent.class, "PkhComponent");
		addEEnumLiteral(pkhComponentEEnum, PkhComponent.PREGNANT);
		addEEnumLiteral(pkhComponentEEnum, PkhComponent.EARLY_CHILDHOOD);
		addEEnumLiteral(pkhComponentEEnum, PkhComponent.PRIMARY_SCHOOL);
		addEEnumLiteral(pkhComponentEEnum, PkhComponent.JUNIOR_SECONDARY_SCHOOL);
		addEEnumLiteral(pkhComponentEEnum, PkhComponent.SENIOR_SECONDARY_SCHOOL);
		addEEnumLiteral(pkhComponentEEnum, PkhComponent.SEVERE_DISABILITY);
		addEEnumLiteral(pkhComponentEEnum, PkhComponent.ELDERLY);

		initEEnum(measurementPositionEEnum, MeasurementPosition.class, "MeasurementPosition");
		addEEnumLiteral(measurementPositionEEnum, MeasurementPosition.UNKNOWN);
		addEEnumLiteral(measurementPositionEEnum, MeasurementPosition.LYING);
		addEEnumLiteral(measurementPositionEEnum, MeasurementPosition.STANDING);

		initEEnum(measurementPlaceEEnum, MeasurementPlace.class, "MeasurementPlace");
		addEEnumLiteral(measurementPlaceEEnum, MeasurementPlace.POSYANDU);
		addEEnumLiteral(measurementPlaceEEnum, MeasurementPlace.PUSKESMAS);
		addEEnumLiteral(measurementPlaceEEnum, MeasurementPlace.HOME);
		addEEnumLiteral(measurementPlaceEEnum, MeasurementPlace.OTHER);

		initEEnum(attendanceStatusEEnum, AttendanceStatus.class, "AttendanceStatus");
		addEEnumLiteral(attendanceStatusEEnum, AttendanceStatus.PRESENT);
		addEEnumLiteral(attendanceStatusEEnum, AttendanceStatus.ABSENT);
		addEEnumLiteral(attendanceStatusEEnum, AttendanceStatus.EXCUSED);

		initEEnum(conditionalityEEnum, Conditionality.class, "Conditionality");
		addEEnumLiteral(conditionalityEEnum, Conditionality.ANTENATAL_CARE);
		addEEnumLiteral(conditionalityEEnum, Conditionality.FACILITY_DELIVERY);
		addEEnumLiteral(conditionalityEEnum, Conditionality.POSTNATAL_CARE);
		addEEnumLiteral(conditionalityEEnum, Conditionality.IMMUNISATION);
		addEEnumLiteral(conditionalityEEnum, Conditionality.GROWTH_MONITORING);
		addEEnumLiteral(conditionalityEEnum, Conditionality.VITAMIN_A);
		addEEnumLiteral(conditionalityEEnum, Conditionality.CHILD_DEVELOPMENT);
		addEEnumLiteral(conditionalityEEnum, Conditionality.SCHOOL_ENROLMENT);
		addEEnumLiteral(conditionalityEEnum, Conditionality.SCHOOL_ATTENDANCE);
		addEEnumLiteral(conditionalityEEnum, Conditionality.ELDERLY_CARE);
		addEEnumLiteral(conditionalityEEnum, Conditionality.DISABILITY_CARE);
		addEEnumLiteral(conditionalityEEnum, Conditionality.P2K2_ATTENDANCE);

		initEEnum(complianceStatusEEnum, ComplianceStatus.class, "ComplianceStatus");
		addEEnumLiteral(complianceStatusEEnum, ComplianceStatus.MET);
		addEEnumLiteral(complianceStatusEEnum, ComplianceStatus.NOT_MET);
		addEEnumLiteral(complianceStatusEEnum, ComplianceStatus.NOT_APPLICABLE);
		addEEnumLiteral(complianceStatusEEnum, ComplianceStatus.EXEMPT);

		initEEnum(disbursementStatusEEnum, DisbursementStatus.class, "DisbursementStatus");
		addEEnumLiteral(disbursementStatusEEnum, DisbursementStatus.PLANNED);
		addEEnumLiteral(disbursementStatusEEnum, DisbursementStatus.PAID);
		addEEnumLiteral(disbursementStatusEEnum, DisbursementStatus.REDUCED);
		addEEnumLiteral(disbursementStatusEEnum, DisbursementStatus.WITHHELD);
		addEEnumLiteral(disbursementStatusEEnum, DisbursementStatus.CANCELLED);

		initEEnum(referralServiceEEnum, ReferralService.class, "ReferralService");
		addEEnumLiteral(referralServiceEEnum, ReferralService.PMT_LOKAL);
		addEEnumLiteral(referralServiceEEnum, ReferralService.FOOD_AID);
		addEEnumLiteral(referralServiceEEnum, ReferralService.PUSKESMAS);
		addEEnumLiteral(referralServiceEEnum, ReferralService.SPONSOR);
		addEEnumLiteral(referralServiceEEnum, ReferralService.OTHER);

		initEEnum(referralStateEEnum, ReferralState.class, "ReferralState");
		addEEnumLiteral(referralStateEEnum, ReferralState.OPEN);
		addEEnumLiteral(referralStateEEnum, ReferralState.ACCEPTED);
		addEEnumLiteral(referralStateEEnum, ReferralState.REJECTED);
		addEEnumLiteral(referralStateEEnum, ReferralState.DONE);

		initEEnum(referralOutcomeEEnum, ReferralOutcome.class, "ReferralOutcome");
		addEEnumLiteral(referralOutcomeEEnum, ReferralOutcome.PENDING);
		addEEnumLiteral(referralOutcomeEEnum, ReferralOutcome.IMPROVED);
		addEEnumLiteral(referralOutcomeEEnum, ReferralOutcome.NOT_IMPROVED);
		addEEnumLiteral(referralOutcomeEEnum, ReferralOutcome.DECLINED);
		addEEnumLiteral(referralOutcomeEEnum, ReferralOutcome.DISCONTINUED);

		initEEnum(caseEventKindEEnum, CaseEventKind.class, "CaseEventKind");
		addEEnumLiteral(caseEventKindEEnum, CaseEventKind.NOTE);
		addEEnumLiteral(caseEventKindEEnum, CaseEventKind.HOME_VISIT);
		addEEnumLiteral(caseEventKindEEnum, CaseEventKind.CREATED);
		addEEnumLiteral(caseEventKindEEnum, CaseEventKind.CHANGED);
		addEEnumLiteral(caseEventKindEEnum, CaseEventKind.STATUS_CHANGED);
		addEEnumLiteral(caseEventKindEEnum, CaseEventKind.IMPORTED);
		addEEnumLiteral(caseEventKindEEnum, CaseEventKind.DECISION);
		addEEnumLiteral(caseEventKindEEnum, CaseEventKind.REFERRAL);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(yearMonthEDataType, YearMonth.class, "YearMonth", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //HarapanPackageImpl
