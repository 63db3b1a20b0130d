/**
 */
package org.harapan.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The PKH household case file (KPM): one containment tree per household.
 * Derived values (age, PKH components) are operations, never stored copies.
 * Region codes are Kemendagri codes (e.g. 18.07.01.2001); the region directory lives in org.harapan.model.region.
 * <!-- end-model-doc -->
 * @see org.harapan.model.HarapanFactory
 * @model kind="package"
 * @generated
 */
public interface HarapanPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://harapan.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "harapan";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	HarapanPackage eINSTANCE = org.harapan.model.impl.HarapanPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.harapan.model.impl.HouseholdImpl <em>Household</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.impl.HouseholdImpl
	 * @see org.harapan.model.impl.HarapanPackageImpl#getHousehold()
	 * @generated
	 */
	int HOUSEHOLD = 0;

	/**
	 * The feature id for the '<em><b>Kpm Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__KPM_ID = 0;

	/**
	 * The feature id for the '<em><b>No KK</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__NO_KK = 1;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__ADDRESS = 2;

	/**
	 * The feature id for the '<em><b>Desa Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__DESA_CODE = 3;

	/**
	 * The feature id for the '<em><b>Facilitator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__FACILITATOR = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Joined Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__JOINED_DATE = 6;

	/**
	 * The feature id for the '<em><b>Welfare Decile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__WELFARE_DECILE = 7;

	/**
	 * The feature id for the '<em><b>P2k2 Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__P2K2_GROUP = 8;

	/**
	 * The feature id for the '<em><b>Own Income</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__OWN_INCOME = 9;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__VERSION = 10;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__MEMBERS = 11;

	/**
	 * The feature id for the '<em><b>Attendances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__ATTENDANCES = 12;

	/**
	 * The feature id for the '<em><b>Compliance Records</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__COMPLIANCE_RECORDS = 13;

	/**
	 * The feature id for the '<em><b>Disbursements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__DISBURSEMENTS = 14;

	/**
	 * The feature id for the '<em><b>Referrals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__REFERRALS = 15;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__EVENTS = 16;

	/**
	 * The number of structural features of the '<em>Household</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD_FEATURE_COUNT = 17;

	/**
	 * The operation id for the '<em>Head</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD___HEAD = 0;

	/**
	 * The operation id for the '<em>Find Member</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD___FIND_MEMBER__STRING = 1;

	/**
	 * The operation id for the '<em>Kecamatan Code</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD___KECAMATAN_CODE = 2;

	/**
	 * The operation id for the '<em>Kabupaten Code</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD___KABUPATEN_CODE = 3;

	/**
	 * The number of operations of the '<em>Household</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD_OPERATION_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.harapan.model.impl.MemberImpl <em>Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.impl.MemberImpl
	 * @see org.harapan.model.impl.HarapanPackageImpl#getMember()
	 * @generated
	 */
	int MEMBER = 1;

	/**
	 * The feature id for the '<em><b>Nik</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__NIK = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__SEX = 2;

	/**
	 * The feature id for the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__BIRTH_DATE = 3;

	/**
	 * The feature id for the '<em><b>Relation To Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__RELATION_TO_HEAD = 4;

	/**
	 * The feature id for the '<em><b>Pregnant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__PREGNANT = 5;

	/**
	 * The feature id for the '<em><b>Expected Delivery Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__EXPECTED_DELIVERY_DATE = 6;

	/**
	 * The feature id for the '<em><b>School Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__SCHOOL_LEVEL = 7;

	/**
	 * The feature id for the '<em><b>Enrolled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__ENROLLED = 8;

	/**
	 * The feature id for the '<em><b>Disability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__DISABILITY = 9;

	/**
	 * The feature id for the '<em><b>Household</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__HOUSEHOLD = 10;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__MEASUREMENTS = 11;

	/**
	 * The number of structural features of the '<em>Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FEATURE_COUNT = 12;

	/**
	 * The operation id for the '<em>Age In Days</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER___AGE_IN_DAYS__LOCALDATE = 0;

	/**
	 * The operation id for the '<em>Age In Months</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER___AGE_IN_MONTHS__LOCALDATE = 1;

	/**
	 * The operation id for the '<em>Age In Years</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER___AGE_IN_YEARS__LOCALDATE = 2;

	/**
	 * The number of operations of the '<em>Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_OPERATION_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.harapan.model.impl.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.impl.MeasurementImpl
	 * @see org.harapan.model.impl.HarapanPackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__DATE = 0;

	/**
	 * The feature id for the '<em><b>Weight Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__WEIGHT_KG = 1;

	/**
	 * The feature id for the '<em><b>Height Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__HEIGHT_CM = 2;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__POSITION = 3;

	/**
	 * The feature id for the '<em><b>Head Circumference Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__HEAD_CIRCUMFERENCE_CM = 4;

	/**
	 * The feature id for the '<em><b>Arm Circumference Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__ARM_CIRCUMFERENCE_CM = 5;

	/**
	 * The feature id for the '<em><b>Oedema</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__OEDEMA = 6;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__PLACE = 7;

	/**
	 * The feature id for the '<em><b>Member</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__MEMBER = 8;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.model.impl.AttendanceImpl <em>Attendance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.impl.AttendanceImpl
	 * @see org.harapan.model.impl.HarapanPackageImpl#getAttendance()
	 * @generated
	 */
	int ATTENDANCE = 3;

	/**
	 * The feature id for the '<em><b>Session Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__SESSION_ID = 0;

	/**
	 * The feature id for the '<em><b>Group Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__GROUP_ID = 1;

	/**
	 * The feature id for the '<em><b>Session Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__SESSION_NUMBER = 2;

	/**
	 * The feature id for the '<em><b>Session Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__SESSION_DATE = 3;

	/**
	 * The feature id for the '<em><b>Module</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__MODULE = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__MEMBER = 6;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE__REASON = 7;

	/**
	 * The number of structural features of the '<em>Attendance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Attendance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.model.impl.ComplianceRecordImpl <em>Compliance Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.impl.ComplianceRecordImpl
	 * @see org.harapan.model.impl.HarapanPackageImpl#getComplianceRecord()
	 * @generated
	 */
	int COMPLIANCE_RECORD = 4;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIANCE_RECORD__MONTH = 0;

	/**
	 * The feature id for the '<em><b>Conditionality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIANCE_RECORD__CONDITIONALITY = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIANCE_RECORD__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIANCE_RECORD__EVIDENCE = 3;

	/**
	 * The feature id for the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIANCE_RECORD__MEMBER = 4;

	/**
	 * The number of structural features of the '<em>Compliance Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIANCE_RECORD_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Compliance Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLIANCE_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.model.impl.DisbursementImpl <em>Disbursement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.impl.DisbursementImpl
	 * @see org.harapan.model.impl.HarapanPackageImpl#getDisbursement()
	 * @generated
	 */
	int DISBURSEMENT = 5;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISBURSEMENT__YEAR = 0;

	/**
	 * The feature id for the '<em><b>Tahap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISBURSEMENT__TAHAP = 1;

	/**
	 * The feature id for the '<em><b>Amount Rp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISBURSEMENT__AMOUNT_RP = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISBURSEMENT__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Paid Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISBURSEMENT__PAID_DATE = 4;

	/**
	 * The number of structural features of the '<em>Disbursement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISBURSEMENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Disbursement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISBURSEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.model.impl.ReferralImpl <em>Referral</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.impl.ReferralImpl
	 * @see org.harapan.model.impl.HarapanPackageImpl#getReferral()
	 * @generated
	 */
	int REFERRAL = 6;

	/**
	 * The feature id for the '<em><b>Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__SERVICE = 0;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__PROVIDER = 1;

	/**
	 * The feature id for the '<em><b>Referred Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__REFERRED_DATE = 2;

	/**
	 * The feature id for the '<em><b>Started Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__STARTED_DATE = 3;

	/**
	 * The feature id for the '<em><b>Ended Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__ENDED_DATE = 4;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__STATE = 5;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__OUTCOME = 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__SOURCE = 7;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__NOTE = 8;

	/**
	 * The feature id for the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL__MEMBER = 9;

	/**
	 * The number of structural features of the '<em>Referral</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Referral</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.model.impl.CaseEventImpl <em>Case Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.impl.CaseEventImpl
	 * @see org.harapan.model.impl.HarapanPackageImpl#getCaseEvent()
	 * @generated
	 */
	int CASE_EVENT = 7;

	/**
	 * The feature id for the '<em><b>When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_EVENT__WHEN = 0;

	/**
	 * The feature id for the '<em><b>Who</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_EVENT__WHO = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_EVENT__KIND = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_EVENT__TEXT = 3;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_EVENT__TEXT_EN = 4;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_EVENT__SOURCE = 5;

	/**
	 * The feature id for the '<em><b>Facts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_EVENT__FACTS = 6;

	/**
	 * The number of structural features of the '<em>Case Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_EVENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Case Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.model.HouseholdStatus <em>Household Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.HouseholdStatus
	 * @see org.harapan.model.impl.HarapanPackageImpl#getHouseholdStatus()
	 * @generated
	 */
	int HOUSEHOLD_STATUS = 8;

	/**
	 * The meta object id for the '{@link org.harapan.model.Sex <em>Sex</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.Sex
	 * @see org.harapan.model.impl.HarapanPackageImpl#getSex()
	 * @generated
	 */
	int SEX = 9;

	/**
	 * The meta object id for the '{@link org.harapan.model.RelationToHead <em>Relation To Head</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.RelationToHead
	 * @see org.harapan.model.impl.HarapanPackageImpl#getRelationToHead()
	 * @generated
	 */
	int RELATION_TO_HEAD = 10;

	/**
	 * The meta object id for the '{@link org.harapan.model.SchoolLevel <em>School Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.SchoolLevel
	 * @see org.harapan.model.impl.HarapanPackageImpl#getSchoolLevel()
	 * @generated
	 */
	int SCHOOL_LEVEL = 11;

	/**
	 * The meta object id for the '{@link org.harapan.model.DisabilityLevel <em>Disability Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.DisabilityLevel
	 * @see org.harapan.model.impl.HarapanPackageImpl#getDisabilityLevel()
	 * @generated
	 */
	int DISABILITY_LEVEL = 12;

	/**
	 * The meta object id for the '{@link org.harapan.model.PkhComponent <em>Pkh Component</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.PkhComponent
	 * @see org.harapan.model.impl.HarapanPackageImpl#getPkhComponent()
	 * @generated
	 */
	int PKH_COMPONENT = 13;

	/**
	 * The meta object id for the '{@link org.harapan.model.MeasurementPosition <em>Measurement Position</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.MeasurementPosition
	 * @see org.harapan.model.impl.HarapanPackageImpl#getMeasurementPosition()
	 * @generated
	 */
	int MEASUREMENT_POSITION = 14;

	/**
	 * The meta object id for the '{@link org.harapan.model.MeasurementPlace <em>Measurement Place</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.MeasurementPlace
	 * @see org.harapan.model.impl.HarapanPackageImpl#getMeasurementPlace()
	 * @generated
	 */
	int MEASUREMENT_PLACE = 15;

	/**
	 * The meta object id for the '{@link org.harapan.model.AttendanceStatus <em>Attendance Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.AttendanceStatus
	 * @see org.harapan.model.impl.HarapanPackageImpl#getAttendanceStatus()
	 * @generated
	 */
	int ATTENDANCE_STATUS = 16;

	/**
	 * The meta object id for the '{@link org.harapan.model.Conditionality <em>Conditionality</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.Conditionality
	 * @see org.harapan.model.impl.HarapanPackageImpl#getConditionality()
	 * @generated
	 */
	int CONDITIONALITY = 17;

	/**
	 * The meta object id for the '{@link org.harapan.model.ComplianceStatus <em>Compliance Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.ComplianceStatus
	 * @see org.harapan.model.impl.HarapanPackageImpl#getComplianceStatus()
	 * @generated
	 */
	int COMPLIANCE_STATUS = 18;

	/**
	 * The meta object id for the '{@link org.harapan.model.DisbursementStatus <em>Disbursement Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.DisbursementStatus
	 * @see org.harapan.model.impl.HarapanPackageImpl#getDisbursementStatus()
	 * @generated
	 */
	int DISBURSEMENT_STATUS = 19;

	/**
	 * The meta object id for the '{@link org.harapan.model.ReferralService <em>Referral Service</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.ReferralService
	 * @see org.harapan.model.impl.HarapanPackageImpl#getReferralService()
	 * @generated
	 */
	int REFERRAL_SERVICE = 20;

	/**
	 * The meta object id for the '{@link org.harapan.model.ReferralState <em>Referral State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.ReferralState
	 * @see org.harapan.model.impl.HarapanPackageImpl#getReferralState()
	 * @generated
	 */
	int REFERRAL_STATE = 21;

	/**
	 * The meta object id for the '{@link org.harapan.model.ReferralOutcome <em>Referral Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.ReferralOutcome
	 * @see org.harapan.model.impl.HarapanPackageImpl#getReferralOutcome()
	 * @generated
	 */
	int REFERRAL_OUTCOME = 22;

	/**
	 * The meta object id for the '{@link org.harapan.model.CaseEventKind <em>Case Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.model.CaseEventKind
	 * @see org.harapan.model.impl.HarapanPackageImpl#getCaseEventKind()
	 * @generated
	 */
	int CASE_EVENT_KIND = 23;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.harapan.model.impl.HarapanPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 24;

	/**
	 * The meta object id for the '<em>Year Month</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.YearMonth
	 * @see org.harapan.model.impl.HarapanPackageImpl#getYearMonth()
	 * @generated
	 */
	int YEAR_MONTH = 25;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.harapan.model.impl.HarapanPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 26;


	/**
	 * Returns the meta object for class '{@link org.harapan.model.Household <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Household</em>'.
	 * @see org.harapan.model.Household
	 * @generated
	 */
	EClass getHousehold();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Household#getKpmId <em>Kpm Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kpm Id</em>'.
	 * @see org.harapan.model.Household#getKpmId()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_KpmId();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Household#getNoKK <em>No KK</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No KK</em>'.
	 * @see org.harapan.model.Household#getNoKK()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_NoKK();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Household#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.harapan.model.Household#getAddress()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Household#getDesaCode <em>Desa Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desa Code</em>'.
	 * @see org.harapan.model.Household#getDesaCode()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_DesaCode();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Household#getFacilitator <em>Facilitator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Facilitator</em>'.
	 * @see org.harapan.model.Household#getFacilitator()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_Facilitator();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Household#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.harapan.model.Household#getStatus()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Household#getJoinedDate <em>Joined Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Joined Date</em>'.
	 * @see org.harapan.model.Household#getJoinedDate()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_JoinedDate();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Household#getWelfareDecile <em>Welfare Decile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Welfare Decile</em>'.
	 * @see org.harapan.model.Household#getWelfareDecile()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_WelfareDecile();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Household#getP2k2Group <em>P2k2 Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>P2k2 Group</em>'.
	 * @see org.harapan.model.Household#getP2k2Group()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_P2k2Group();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Household#isOwnIncome <em>Own Income</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Own Income</em>'.
	 * @see org.harapan.model.Household#isOwnIncome()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_OwnIncome();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Household#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.harapan.model.Household#getVersion()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_Version();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.model.Household#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see org.harapan.model.Household#getMembers()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_Members();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.model.Household#getAttendances <em>Attendances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attendances</em>'.
	 * @see org.harapan.model.Household#getAttendances()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_Attendances();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.model.Household#getComplianceRecords <em>Compliance Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Compliance Records</em>'.
	 * @see org.harapan.model.Household#getComplianceRecords()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_ComplianceRecords();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.model.Household#getDisbursements <em>Disbursements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Disbursements</em>'.
	 * @see org.harapan.model.Household#getDisbursements()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_Disbursements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.model.Household#getReferrals <em>Referrals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Referrals</em>'.
	 * @see org.harapan.model.Household#getReferrals()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_Referrals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.model.Household#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see org.harapan.model.Household#getEvents()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_Events();

	/**
	 * Returns the meta object for the '{@link org.harapan.model.Household#head() <em>Head</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Head</em>' operation.
	 * @see org.harapan.model.Household#head()
	 * @generated
	 */
	EOperation getHousehold__Head();

	/**
	 * Returns the meta object for the '{@link org.harapan.model.Household#findMember(java.lang.String) <em>Find Member</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Member</em>' operation.
	 * @see org.harapan.model.Household#findMember(java.lang.String)
	 * @generated
	 */
	EOperation getHousehold__FindMember__String();

	/**
	 * Returns the meta object for the '{@link org.harapan.model.Household#kecamatanCode() <em>Kecamatan Code</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Kecamatan Code</em>' operation.
	 * @see org.harapan.model.Household#kecamatanCode()
	 * @generated
	 */
	EOperation getHousehold__KecamatanCode();

	/**
	 * Returns the meta object for the '{@link org.harapan.model.Household#kabupatenCode() <em>Kabupaten Code</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Kabupaten Code</em>' operation.
	 * @see org.harapan.model.Household#kabupatenCode()
	 * @generated
	 */
	EOperation getHousehold__KabupatenCode();

	/**
	 * Returns the meta object for class '{@link org.harapan.model.Member <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Member</em>'.
	 * @see org.harapan.model.Member
	 * @generated
	 */
	EClass getMember();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Member#getNik <em>Nik</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nik</em>'.
	 * @see org.harapan.model.Member#getNik()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_Nik();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Member#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.harapan.model.Member#getName()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Member#getSex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sex</em>'.
	 * @see org.harapan.model.Member#getSex()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_Sex();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Member#getBirthDate <em>Birth Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Date</em>'.
	 * @see org.harapan.model.Member#getBirthDate()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_BirthDate();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Member#getRelationToHead <em>Relation To Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relation To Head</em>'.
	 * @see org.harapan.model.Member#getRelationToHead()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_RelationToHead();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Member#isPregnant <em>Pregnant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pregnant</em>'.
	 * @see org.harapan.model.Member#isPregnant()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_Pregnant();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Member#getExpectedDeliveryDate <em>Expected Delivery Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Delivery Date</em>'.
	 * @see org.harapan.model.Member#getExpectedDeliveryDate()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_ExpectedDeliveryDate();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Member#getSchoolLevel <em>School Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>School Level</em>'.
	 * @see org.harapan.model.Member#getSchoolLevel()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_SchoolLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Member#isEnrolled <em>Enrolled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enrolled</em>'.
	 * @see org.harapan.model.Member#isEnrolled()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_Enrolled();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Member#getDisability <em>Disability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disability</em>'.
	 * @see org.harapan.model.Member#getDisability()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_Disability();

	/**
	 * Returns the meta object for the container reference '{@link org.harapan.model.Member#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Household</em>'.
	 * @see org.harapan.model.Member#getHousehold()
	 * @see #getMember()
	 * @generated
	 */
	EReference getMember_Household();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.model.Member#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see org.harapan.model.Member#getMeasurements()
	 * @see #getMember()
	 * @generated
	 */
	EReference getMember_Measurements();

	/**
	 * Returns the meta object for the '{@link org.harapan.model.Member#ageInDays(java.time.LocalDate) <em>Age In Days</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Age In Days</em>' operation.
	 * @see org.harapan.model.Member#ageInDays(java.time.LocalDate)
	 * @generated
	 */
	EOperation getMember__AgeInDays__LocalDate();

	/**
	 * Returns the meta object for the '{@link org.harapan.model.Member#ageInMonths(java.time.LocalDate) <em>Age In Months</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Age In Months</em>' operation.
	 * @see org.harapan.model.Member#ageInMonths(java.time.LocalDate)
	 * @generated
	 */
	EOperation getMember__AgeInMonths__LocalDate();

	/**
	 * Returns the meta object for the '{@link org.harapan.model.Member#ageInYears(java.time.LocalDate) <em>Age In Years</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Age In Years</em>' operation.
	 * @see org.harapan.model.Member#ageInYears(java.time.LocalDate)
	 * @generated
	 */
	EOperation getMember__AgeInYears__LocalDate();

	/**
	 * Returns the meta object for class '{@link org.harapan.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see org.harapan.model.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Measurement#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.harapan.model.Measurement#getDate()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Measurement#getWeightKg <em>Weight Kg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Kg</em>'.
	 * @see org.harapan.model.Measurement#getWeightKg()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_WeightKg();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Measurement#getHeightCm <em>Height Cm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height Cm</em>'.
	 * @see org.harapan.model.Measurement#getHeightCm()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_HeightCm();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Measurement#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.harapan.model.Measurement#getPosition()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Position();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Measurement#getHeadCircumferenceCm <em>Head Circumference Cm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Head Circumference Cm</em>'.
	 * @see org.harapan.model.Measurement#getHeadCircumferenceCm()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_HeadCircumferenceCm();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Measurement#getArmCircumferenceCm <em>Arm Circumference Cm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arm Circumference Cm</em>'.
	 * @see org.harapan.model.Measurement#getArmCircumferenceCm()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_ArmCircumferenceCm();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Measurement#isOedema <em>Oedema</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Oedema</em>'.
	 * @see org.harapan.model.Measurement#isOedema()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Oedema();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Measurement#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see org.harapan.model.Measurement#getPlace()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Place();

	/**
	 * Returns the meta object for the container reference '{@link org.harapan.model.Measurement#getMember <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Member</em>'.
	 * @see org.harapan.model.Measurement#getMember()
	 * @see #getMeasurement()
	 * @generated
	 */
	EReference getMeasurement_Member();

	/**
	 * Returns the meta object for class '{@link org.harapan.model.Attendance <em>Attendance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attendance</em>'.
	 * @see org.harapan.model.Attendance
	 * @generated
	 */
	EClass getAttendance();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Attendance#getSessionId <em>Session Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session Id</em>'.
	 * @see org.harapan.model.Attendance#getSessionId()
	 * @see #getAttendance()
	 * @generated
	 */
	EAttribute getAttendance_SessionId();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Attendance#getGroupId <em>Group Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Id</em>'.
	 * @see org.harapan.model.Attendance#getGroupId()
	 * @see #getAttendance()
	 * @generated
	 */
	EAttribute getAttendance_GroupId();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Attendance#getSessionNumber <em>Session Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session Number</em>'.
	 * @see org.harapan.model.Attendance#getSessionNumber()
	 * @see #getAttendance()
	 * @generated
	 */
	EAttribute getAttendance_SessionNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Attendance#getSessionDate <em>Session Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session Date</em>'.
	 * @see org.harapan.model.Attendance#getSessionDate()
	 * @see #getAttendance()
	 * @generated
	 */
	EAttribute getAttendance_SessionDate();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Attendance#getModule <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Module</em>'.
	 * @see org.harapan.model.Attendance#getModule()
	 * @see #getAttendance()
	 * @generated
	 */
	EAttribute getAttendance_Module();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Attendance#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.harapan.model.Attendance#getStatus()
	 * @see #getAttendance()
	 * @generated
	 */
	EAttribute getAttendance_Status();

	/**
	 * Returns the meta object for the reference '{@link org.harapan.model.Attendance#getMember <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Member</em>'.
	 * @see org.harapan.model.Attendance#getMember()
	 * @see #getAttendance()
	 * @generated
	 */
	EReference getAttendance_Member();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Attendance#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.harapan.model.Attendance#getReason()
	 * @see #getAttendance()
	 * @generated
	 */
	EAttribute getAttendance_Reason();

	/**
	 * Returns the meta object for class '{@link org.harapan.model.ComplianceRecord <em>Compliance Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Compliance Record</em>'.
	 * @see org.harapan.model.ComplianceRecord
	 * @generated
	 */
	EClass getComplianceRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.ComplianceRecord#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.harapan.model.ComplianceRecord#getMonth()
	 * @see #getComplianceRecord()
	 * @generated
	 */
	EAttribute getComplianceRecord_Month();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.ComplianceRecord#getConditionality <em>Conditionality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conditionality</em>'.
	 * @see org.harapan.model.ComplianceRecord#getConditionality()
	 * @see #getComplianceRecord()
	 * @generated
	 */
	EAttribute getComplianceRecord_Conditionality();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.ComplianceRecord#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.harapan.model.ComplianceRecord#getStatus()
	 * @see #getComplianceRecord()
	 * @generated
	 */
	EAttribute getComplianceRecord_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.ComplianceRecord#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.harapan.model.ComplianceRecord#getEvidence()
	 * @see #getComplianceRecord()
	 * @generated
	 */
	EAttribute getComplianceRecord_Evidence();

	/**
	 * Returns the meta object for the reference '{@link org.harapan.model.ComplianceRecord#getMember <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Member</em>'.
	 * @see org.harapan.model.ComplianceRecord#getMember()
	 * @see #getComplianceRecord()
	 * @generated
	 */
	EReference getComplianceRecord_Member();

	/**
	 * Returns the meta object for class '{@link org.harapan.model.Disbursement <em>Disbursement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disbursement</em>'.
	 * @see org.harapan.model.Disbursement
	 * @generated
	 */
	EClass getDisbursement();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Disbursement#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.harapan.model.Disbursement#getYear()
	 * @see #getDisbursement()
	 * @generated
	 */
	EAttribute getDisbursement_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Disbursement#getTahap <em>Tahap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tahap</em>'.
	 * @see org.harapan.model.Disbursement#getTahap()
	 * @see #getDisbursement()
	 * @generated
	 */
	EAttribute getDisbursement_Tahap();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Disbursement#getAmountRp <em>Amount Rp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount Rp</em>'.
	 * @see org.harapan.model.Disbursement#getAmountRp()
	 * @see #getDisbursement()
	 * @generated
	 */
	EAttribute getDisbursement_AmountRp();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Disbursement#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.harapan.model.Disbursement#getStatus()
	 * @see #getDisbursement()
	 * @generated
	 */
	EAttribute getDisbursement_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Disbursement#getPaidDate <em>Paid Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paid Date</em>'.
	 * @see org.harapan.model.Disbursement#getPaidDate()
	 * @see #getDisbursement()
	 * @generated
	 */
	EAttribute getDisbursement_PaidDate();

	/**
	 * Returns the meta object for class '{@link org.harapan.model.Referral <em>Referral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Referral</em>'.
	 * @see org.harapan.model.Referral
	 * @generated
	 */
	EClass getReferral();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Referral#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service</em>'.
	 * @see org.harapan.model.Referral#getService()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_Service();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Referral#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see org.harapan.model.Referral#getProvider()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_Provider();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Referral#getReferredDate <em>Referred Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Referred Date</em>'.
	 * @see org.harapan.model.Referral#getReferredDate()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_ReferredDate();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Referral#getStartedDate <em>Started Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started Date</em>'.
	 * @see org.harapan.model.Referral#getStartedDate()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_StartedDate();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Referral#getEndedDate <em>Ended Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ended Date</em>'.
	 * @see org.harapan.model.Referral#getEndedDate()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_EndedDate();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Referral#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.harapan.model.Referral#getState()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_State();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Referral#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.harapan.model.Referral#getOutcome()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Referral#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.harapan.model.Referral#getSource()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.Referral#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.harapan.model.Referral#getNote()
	 * @see #getReferral()
	 * @generated
	 */
	EAttribute getReferral_Note();

	/**
	 * Returns the meta object for the reference '{@link org.harapan.model.Referral#getMember <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Member</em>'.
	 * @see org.harapan.model.Referral#getMember()
	 * @see #getReferral()
	 * @generated
	 */
	EReference getReferral_Member();

	/**
	 * Returns the meta object for class '{@link org.harapan.model.CaseEvent <em>Case Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case Event</em>'.
	 * @see org.harapan.model.CaseEvent
	 * @generated
	 */
	EClass getCaseEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.CaseEvent#getWhen <em>When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>When</em>'.
	 * @see org.harapan.model.CaseEvent#getWhen()
	 * @see #getCaseEvent()
	 * @generated
	 */
	EAttribute getCaseEvent_When();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.CaseEvent#getWho <em>Who</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Who</em>'.
	 * @see org.harapan.model.CaseEvent#getWho()
	 * @see #getCaseEvent()
	 * @generated
	 */
	EAttribute getCaseEvent_Who();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.CaseEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.harapan.model.CaseEvent#getKind()
	 * @see #getCaseEvent()
	 * @generated
	 */
	EAttribute getCaseEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.CaseEvent#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.harapan.model.CaseEvent#getText()
	 * @see #getCaseEvent()
	 * @generated
	 */
	EAttribute getCaseEvent_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.CaseEvent#getTextEn <em>Text En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text En</em>'.
	 * @see org.harapan.model.CaseEvent#getTextEn()
	 * @see #getCaseEvent()
	 * @generated
	 */
	EAttribute getCaseEvent_TextEn();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.CaseEvent#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.harapan.model.CaseEvent#getSource()
	 * @see #getCaseEvent()
	 * @generated
	 */
	EAttribute getCaseEvent_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.model.CaseEvent#getFacts <em>Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Facts</em>'.
	 * @see org.harapan.model.CaseEvent#getFacts()
	 * @see #getCaseEvent()
	 * @generated
	 */
	EAttribute getCaseEvent_Facts();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.HouseholdStatus <em>Household Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Household Status</em>'.
	 * @see org.harapan.model.HouseholdStatus
	 * @generated
	 */
	EEnum getHouseholdStatus();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.Sex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sex</em>'.
	 * @see org.harapan.model.Sex
	 * @generated
	 */
	EEnum getSex();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.RelationToHead <em>Relation To Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relation To Head</em>'.
	 * @see org.harapan.model.RelationToHead
	 * @generated
	 */
	EEnum getRelationToHead();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.SchoolLevel <em>School Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>School Level</em>'.
	 * @see org.harapan.model.SchoolLevel
	 * @generated
	 */
	EEnum getSchoolLevel();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.DisabilityLevel <em>Disability Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disability Level</em>'.
	 * @see org.harapan.model.DisabilityLevel
	 * @generated
	 */
	EEnum getDisabilityLevel();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.PkhComponent <em>Pkh Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pkh Component</em>'.
	 * @see org.harapan.model.PkhComponent
	 * @generated
	 */
	EEnum getPkhComponent();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.MeasurementPosition <em>Measurement Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measurement Position</em>'.
	 * @see org.harapan.model.MeasurementPosition
	 * @generated
	 */
	EEnum getMeasurementPosition();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.MeasurementPlace <em>Measurement Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measurement Place</em>'.
	 * @see org.harapan.model.MeasurementPlace
	 * @generated
	 */
	EEnum getMeasurementPlace();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.AttendanceStatus <em>Attendance Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attendance Status</em>'.
	 * @see org.harapan.model.AttendanceStatus
	 * @generated
	 */
	EEnum getAttendanceStatus();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.Conditionality <em>Conditionality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Conditionality</em>'.
	 * @see org.harapan.model.Conditionality
	 * @generated
	 */
	EEnum getConditionality();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.ComplianceStatus <em>Compliance Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Compliance Status</em>'.
	 * @see org.harapan.model.ComplianceStatus
	 * @generated
	 */
	EEnum getComplianceStatus();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.DisbursementStatus <em>Disbursement Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disbursement Status</em>'.
	 * @see org.harapan.model.DisbursementStatus
	 * @generated
	 */
	EEnum getDisbursementStatus();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.ReferralService <em>Referral Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Referral Service</em>'.
	 * @see org.harapan.model.ReferralService
	 * @generated
	 */
	EEnum getReferralService();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.ReferralState <em>Referral State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Referral State</em>'.
	 * @see org.harapan.model.ReferralState
	 * @generated
	 */
	EEnum getReferralState();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.ReferralOutcome <em>Referral Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Referral Outcome</em>'.
	 * @see org.harapan.model.ReferralOutcome
	 * @generated
	 */
	EEnum getReferralOutcome();

	/**
	 * Returns the meta object for enum '{@link org.harapan.model.CaseEventKind <em>Case Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Case Event Kind</em>'.
	 * @see org.harapan.model.CaseEventKind
	 * @generated
	 */
	EEnum getCaseEventKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, serialized as ISO-8601 (yyyy-MM-dd).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.YearMonth <em>Year Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A month, serialized as ISO-8601 (yyyy-MM).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Year Month</em>'.
	 * @see java.time.YearMonth
	 * @model instanceClass="java.time.YearMonth"
	 * @generated
	 */
	EDataType getYearMonth();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time, serialized as ISO-8601 UTC (e.g. 2025-03-01T08:15:30Z).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	HarapanFactory getHarapanFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.harapan.model.impl.HouseholdImpl <em>Household</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.impl.HouseholdImpl
		 * @see org.harapan.model.impl.HarapanPackageImpl#getHousehold()
		 * @generated
		 */
		EClass HOUSEHOLD = eINSTANCE.getHousehold();

		/**
		 * The meta object literal for the '<em><b>Kpm Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__KPM_ID = eINSTANCE.getHousehold_KpmId();

		/**
		 * The meta object literal for the '<em><b>No KK</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__NO_KK = eINSTANCE.getHousehold_NoKK();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__ADDRESS = eINSTANCE.getHousehold_Address();

		/**
		 * The meta object literal for the '<em><b>Desa Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__DESA_CODE = eINSTANCE.getHousehold_DesaCode();

		/**
		 * The meta object literal for the '<em><b>Facilitator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__FACILITATOR = eINSTANCE.getHousehold_Facilitator();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__STATUS = eINSTANCE.getHousehold_Status();

		/**
		 * The meta object literal for the '<em><b>Joined Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__JOINED_DATE = eINSTANCE.getHousehold_JoinedDate();

		/**
		 * The meta object literal for the '<em><b>Welfare Decile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__WELFARE_DECILE = eINSTANCE.getHousehold_WelfareDecile();

		/**
		 * The meta object literal for the '<em><b>P2k2 Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__P2K2_GROUP = eINSTANCE.getHousehold_P2k2Group();

		/**
		 * The meta object literal for the '<em><b>Own Income</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__OWN_INCOME = eINSTANCE.getHousehold_OwnIncome();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__VERSION = eINSTANCE.getHousehold_Version();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__MEMBERS = eINSTANCE.getHousehold_Members();

		/**
		 * The meta object literal for the '<em><b>Attendances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__ATTENDANCES = eINSTANCE.getHousehold_Attendances();

		/**
		 * The meta object literal for the '<em><b>Compliance Records</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__COMPLIANCE_RECORDS = eINSTANCE.getHousehold_ComplianceRecords();

		/**
		 * The meta object literal for the '<em><b>Disbursements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__DISBURSEMENTS = eINSTANCE.getHousehold_Disbursements();

		/**
		 * The meta object literal for the '<em><b>Referrals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__REFERRALS = eINSTANCE.getHousehold_Referrals();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__EVENTS = eINSTANCE.getHousehold_Events();

		/**
		 * The meta object literal for the '<em><b>Head</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation HOUSEHOLD___HEAD = eINSTANCE.getHousehold__Head();

		/**
		 * The meta object literal for the '<em><b>Find Member</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation HOUSEHOLD___FIND_MEMBER__STRING = eINSTANCE.getHousehold__FindMember__String();

		/**
		 * The meta object literal for the '<em><b>Kecamatan Code</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation HOUSEHOLD___KECAMATAN_CODE = eINSTANCE.getHousehold__KecamatanCode();

		/**
		 * The meta object literal for the '<em><b>Kabupaten Code</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation HOUSEHOLD___KABUPATEN_CODE = eINSTANCE.getHousehold__KabupatenCode();

		/**
		 * The meta object literal for the '{@link org.harapan.model.impl.MemberImpl <em>Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.impl.MemberImpl
		 * @see org.harapan.model.impl.HarapanPackageImpl#getMember()
		 * @generated
		 */
		EClass MEMBER = eINSTANCE.getMember();

		/**
		 * The meta object literal for the '<em><b>Nik</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__NIK = eINSTANCE.getMember_Nik();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__NAME = eINSTANCE.getMember_Name();

		/**
		 * The meta object literal for the '<em><b>Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__SEX = eINSTANCE.getMember_Sex();

		/**
		 * The meta object literal for the '<em><b>Birth Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__BIRTH_DATE = eINSTANCE.getMember_BirthDate();

		/**
		 * The meta object literal for the '<em><b>Relation To Head</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__RELATION_TO_HEAD = eINSTANCE.getMember_RelationToHead();

		/**
		 * The meta object literal for the '<em><b>Pregnant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__PREGNANT = eINSTANCE.getMember_Pregnant();

		/**
		 * The meta object literal for the '<em><b>Expected Delivery Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__EXPECTED_DELIVERY_DATE = eINSTANCE.getMember_ExpectedDeliveryDate();

		/**
		 * The meta object literal for the '<em><b>School Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__SCHOOL_LEVEL = eINSTANCE.getMember_SchoolLevel();

		/**
		 * The meta object literal for the '<em><b>Enrolled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__ENROLLED = eINSTANCE.getMember_Enrolled();

		/**
		 * The meta object literal for the '<em><b>Disability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__DISABILITY = eINSTANCE.getMember_Disability();

		/**
		 * The meta object literal for the '<em><b>Household</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBER__HOUSEHOLD = eINSTANCE.getMember_Household();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBER__MEASUREMENTS = eINSTANCE.getMember_Measurements();

		/**
		 * The meta object literal for the '<em><b>Age In Days</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MEMBER___AGE_IN_DAYS__LOCALDATE = eINSTANCE.getMember__AgeInDays__LocalDate();

		/**
		 * The meta object literal for the '<em><b>Age In Months</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MEMBER___AGE_IN_MONTHS__LOCALDATE = eINSTANCE.getMember__AgeInMonths__LocalDate();

		/**
		 * The meta object literal for the '<em><b>Age In Years</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MEMBER___AGE_IN_YEARS__LOCALDATE = eINSTANCE.getMember__AgeInYears__LocalDate();

		/**
		 * The meta object literal for the '{@link org.harapan.model.impl.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.impl.MeasurementImpl
		 * @see org.harapan.model.impl.HarapanPackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__DATE = eINSTANCE.getMeasurement_Date();

		/**
		 * The meta object literal for the '<em><b>Weight Kg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__WEIGHT_KG = eINSTANCE.getMeasurement_WeightKg();

		/**
		 * The meta object literal for the '<em><b>Height Cm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__HEIGHT_CM = eINSTANCE.getMeasurement_HeightCm();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__POSITION = eINSTANCE.getMeasurement_Position();

		/**
		 * The meta object literal for the '<em><b>Head Circumference Cm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__HEAD_CIRCUMFERENCE_CM = eINSTANCE.getMeasurement_HeadCircumferenceCm();

		/**
		 * The meta object literal for the '<em><b>Arm Circumference Cm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__ARM_CIRCUMFERENCE_CM = eINSTANCE.getMeasurement_ArmCircumferenceCm();

		/**
		 * The meta object literal for the '<em><b>Oedema</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__OEDEMA = eINSTANCE.getMeasurement_Oedema();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__PLACE = eINSTANCE.getMeasurement_Place();

		/**
		 * The meta object literal for the '<em><b>Member</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT__MEMBER = eINSTANCE.getMeasurement_Member();

		/**
		 * The meta object literal for the '{@link org.harapan.model.impl.AttendanceImpl <em>Attendance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.impl.AttendanceImpl
		 * @see org.harapan.model.impl.HarapanPackageImpl#getAttendance()
		 * @generated
		 */
		EClass ATTENDANCE = eINSTANCE.getAttendance();

		/**
		 * The meta object literal for the '<em><b>Session Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENDANCE__SESSION_ID = eINSTANCE.getAttendance_SessionId();

		/**
		 * The meta object literal for the '<em><b>Group Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENDANCE__GROUP_ID = eINSTANCE.getAttendance_GroupId();

		/**
		 * The meta object literal for the '<em><b>Session Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENDANCE__SESSION_NUMBER = eINSTANCE.getAttendance_SessionNumber();

		/**
		 * The meta object literal for the '<em><b>Session Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENDANCE__SESSION_DATE = eINSTANCE.getAttendance_SessionDate();

		/**
		 * The meta object literal for the '<em><b>Module</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENDANCE__MODULE = eINSTANCE.getAttendance_Module();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENDANCE__STATUS = eINSTANCE.getAttendance_Status();

		/**
		 * The meta object literal for the '<em><b>Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTENDANCE__MEMBER = eINSTANCE.getAttendance_Member();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENDANCE__REASON = eINSTANCE.getAttendance_Reason();

		/**
		 * The meta object literal for the '{@link org.harapan.model.impl.ComplianceRecordImpl <em>Compliance Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.impl.ComplianceRecordImpl
		 * @see org.harapan.model.impl.HarapanPackageImpl#getComplianceRecord()
		 * @generated
		 */
		EClass COMPLIANCE_RECORD = eINSTANCE.getComplianceRecord();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLIANCE_RECORD__MONTH = eINSTANCE.getComplianceRecord_Month();

		/**
		 * The meta object literal for the '<em><b>Conditionality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLIANCE_RECORD__CONDITIONALITY = eINSTANCE.getComplianceRecord_Conditionality();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLIANCE_RECORD__STATUS = eINSTANCE.getComplianceRecord_Status();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLIANCE_RECORD__EVIDENCE = eINSTANCE.getComplianceRecord_Evidence();

		/**
		 * The meta object literal for the '<em><b>Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLIANCE_RECORD__MEMBER = eINSTANCE.getComplianceRecord_Member();

		/**
		 * The meta object literal for the '{@link org.harapan.model.impl.DisbursementImpl <em>Disbursement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.impl.DisbursementImpl
		 * @see org.harapan.model.impl.HarapanPackageImpl#getDisbursement()
		 * @generated
		 */
		EClass DISBURSEMENT = eINSTANCE.getDisbursement();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISBURSEMENT__YEAR = eINSTANCE.getDisbursement_Year();

		/**
		 * The meta object literal for the '<em><b>Tahap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISBURSEMENT__TAHAP = eINSTANCE.getDisbursement_Tahap();

		/**
		 * The meta object literal for the '<em><b>Amount Rp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISBURSEMENT__AMOUNT_RP = eINSTANCE.getDisbursement_AmountRp();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISBURSEMENT__STATUS = eINSTANCE.getDisbursement_Status();

		/**
		 * The meta object literal for the '<em><b>Paid Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISBURSEMENT__PAID_DATE = eINSTANCE.getDisbursement_PaidDate();

		/**
		 * The meta object literal for the '{@link org.harapan.model.impl.ReferralImpl <em>Referral</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.impl.ReferralImpl
		 * @see org.harapan.model.impl.HarapanPackageImpl#getReferral()
		 * @generated
		 */
		EClass REFERRAL = eINSTANCE.getReferral();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__SERVICE = eINSTANCE.getReferral_Service();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__PROVIDER = eINSTANCE.getReferral_Provider();

		/**
		 * The meta object literal for the '<em><b>Referred Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__REFERRED_DATE = eINSTANCE.getReferral_ReferredDate();

		/**
		 * The meta object literal for the '<em><b>Started Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__STARTED_DATE = eINSTANCE.getReferral_StartedDate();

		/**
		 * The meta object literal for the '<em><b>Ended Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__ENDED_DATE = eINSTANCE.getReferral_EndedDate();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__STATE = eINSTANCE.getReferral_State();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__OUTCOME = eINSTANCE.getReferral_Outcome();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__SOURCE = eINSTANCE.getReferral_Source();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL__NOTE = eINSTANCE.getReferral_Note();

		/**
		 * The meta object literal for the '<em><b>Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERRAL__MEMBER = eINSTANCE.getReferral_Member();

		/**
		 * The meta object literal for the '{@link org.harapan.model.impl.CaseEventImpl <em>Case Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.impl.CaseEventImpl
		 * @see org.harapan.model.impl.HarapanPackageImpl#getCaseEvent()
		 * @generated
		 */
		EClass CASE_EVENT = eINSTANCE.getCaseEvent();

		/**
		 * The meta object literal for the '<em><b>When</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_EVENT__WHEN = eINSTANCE.getCaseEvent_When();

		/**
		 * The meta object literal for the '<em><b>Who</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_EVENT__WHO = eINSTANCE.getCaseEvent_Who();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_EVENT__KIND = eINSTANCE.getCaseEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_EVENT__TEXT = eINSTANCE.getCaseEvent_Text();

		/**
		 * The meta object literal for the '<em><b>Text En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_EVENT__TEXT_EN = eINSTANCE.getCaseEvent_TextEn();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_EVENT__SOURCE = eINSTANCE.getCaseEvent_Source();

		/**
		 * The meta object literal for the '<em><b>Facts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_EVENT__FACTS = eINSTANCE.getCaseEvent_Facts();

		/**
		 * The meta object literal for the '{@link org.harapan.model.HouseholdStatus <em>Household Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.HouseholdStatus
		 * @see org.harapan.model.impl.HarapanPackageImpl#getHouseholdStatus()
		 * @generated
		 */
		EEnum HOUSEHOLD_STATUS = eINSTANCE.getHouseholdStatus();

		/**
		 * The meta object literal for the '{@link org.harapan.model.Sex <em>Sex</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.Sex
		 * @see org.harapan.model.impl.HarapanPackageImpl#getSex()
		 * @generated
		 */
		EEnum SEX = eINSTANCE.getSex();

		/**
		 * The meta object literal for the '{@link org.harapan.model.RelationToHead <em>Relation To Head</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.RelationToHead
		 * @see org.harapan.model.impl.HarapanPackageImpl#getRelationToHead()
		 * @generated
		 */
		EEnum RELATION_TO_HEAD = eINSTANCE.getRelationToHead();

		/**
		 * The meta object literal for the '{@link org.harapan.model.SchoolLevel <em>School Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.SchoolLevel
		 * @see org.harapan.model.impl.HarapanPackageImpl#getSchoolLevel()
		 * @generated
		 */
		EEnum SCHOOL_LEVEL = eINSTANCE.getSchoolLevel();

		/**
		 * The meta object literal for the '{@link org.harapan.model.DisabilityLevel <em>Disability Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.DisabilityLevel
		 * @see org.harapan.model.impl.HarapanPackageImpl#getDisabilityLevel()
		 * @generated
		 */
		EEnum DISABILITY_LEVEL = eINSTANCE.getDisabilityLevel();

		/**
		 * The meta object literal for the '{@link org.harapan.model.PkhComponent <em>Pkh Component</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.PkhComponent
		 * @see org.harapan.model.impl.HarapanPackageImpl#getPkhComponent()
		 * @generated
		 */
		EEnum PKH_COMPONENT = eINSTANCE.getPkhComponent();

		/**
		 * The meta object literal for the '{@link org.harapan.model.MeasurementPosition <em>Measurement Position</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.MeasurementPosition
		 * @see org.harapan.model.impl.HarapanPackageImpl#getMeasurementPosition()
		 * @generated
		 */
		EEnum MEASUREMENT_POSITION = eINSTANCE.getMeasurementPosition();

		/**
		 * The meta object literal for the '{@link org.harapan.model.MeasurementPlace <em>Measurement Place</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.MeasurementPlace
		 * @see org.harapan.model.impl.HarapanPackageImpl#getMeasurementPlace()
		 * @generated
		 */
		EEnum MEASUREMENT_PLACE = eINSTANCE.getMeasurementPlace();

		/**
		 * The meta object literal for the '{@link org.harapan.model.AttendanceStatus <em>Attendance Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.AttendanceStatus
		 * @see org.harapan.model.impl.HarapanPackageImpl#getAttendanceStatus()
		 * @generated
		 */
		EEnum ATTENDANCE_STATUS = eINSTANCE.getAttendanceStatus();

		/**
		 * The meta object literal for the '{@link org.harapan.model.Conditionality <em>Conditionality</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.Conditionality
		 * @see org.harapan.model.impl.HarapanPackageImpl#getConditionality()
		 * @generated
		 */
		EEnum CONDITIONALITY = eINSTANCE.getConditionality();

		/**
		 * The meta object literal for the '{@link org.harapan.model.ComplianceStatus <em>Compliance Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.ComplianceStatus
		 * @see org.harapan.model.impl.HarapanPackageImpl#getComplianceStatus()
		 * @generated
		 */
		EEnum COMPLIANCE_STATUS = eINSTANCE.getComplianceStatus();

		/**
		 * The meta object literal for the '{@link org.harapan.model.DisbursementStatus <em>Disbursement Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.DisbursementStatus
		 * @see org.harapan.model.impl.HarapanPackageImpl#getDisbursementStatus()
		 * @generated
		 */
		EEnum DISBURSEMENT_STATUS = eINSTANCE.getDisbursementStatus();

		/**
		 * The meta object literal for the '{@link org.harapan.model.ReferralService <em>Referral Service</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.ReferralService
		 * @see org.harapan.model.impl.HarapanPackageImpl#getReferralService()
		 * @generated
		 */
		EEnum REFERRAL_SERVICE = eINSTANCE.getReferralService();

		/**
		 * The meta object literal for the '{@link org.harapan.model.ReferralState <em>Referral State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.ReferralState
		 * @see org.harapan.model.impl.HarapanPackageImpl#getReferralState()
		 * @generated
		 */
		EEnum REFERRAL_STATE = eINSTANCE.getReferralState();

		/**
		 * The meta object literal for the '{@link org.harapan.model.ReferralOutcome <em>Referral Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.ReferralOutcome
		 * @see org.harapan.model.impl.HarapanPackageImpl#getReferralOutcome()
		 * @generated
		 */
		EEnum REFERRAL_OUTCOME = eINSTANCE.getReferralOutcome();

		/**
		 * The meta object literal for the '{@link org.harapan.model.CaseEventKind <em>Case Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.model.CaseEventKind
		 * @see org.harapan.model.impl.HarapanPackageImpl#getCaseEventKind()
		 * @generated
		 */
		EEnum CASE_EVENT_KIND = eINSTANCE.getCaseEventKind();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.harapan.model.impl.HarapanPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Year Month</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.YearMonth
		 * @see org.harapan.model.impl.HarapanPackageImpl#getYearMonth()
		 * @generated
		 */
		EDataType YEAR_MONTH = eINSTANCE.getYearMonth();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.harapan.model.impl.HarapanPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //HarapanPackage
