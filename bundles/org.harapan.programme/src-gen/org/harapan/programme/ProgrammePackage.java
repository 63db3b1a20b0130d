/**
 */
package org.harapan.programme;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
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
 * An aid programme (PKH, a regional food-aid programme, PMT lokal, a sponsor scheme) as a document: every figure the rules use, in dated parameter versions.
 * <!-- end-model-doc -->
 * @see org.harapan.programme.ProgrammeFactory
 * @model kind="package"
 * @generated
 */
public interface ProgrammePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "programme";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://harapan.org/programme/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "programme";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ProgrammePackage eINSTANCE = org.harapan.programme.impl.ProgrammePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.harapan.programme.impl.ProgrammeImpl <em>Programme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.programme.impl.ProgrammeImpl
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getProgramme()
	 * @generated
	 */
	int PROGRAMME = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__TITLE_EN = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__KIND = 3;

	/**
	 * The feature id for the '<em><b>Region Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__REGION_CODE = 4;

	/**
	 * The feature id for the '<em><b>Authority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__AUTHORITY = 5;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__SOURCE = 6;

	/**
	 * The feature id for the '<em><b>Versions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__VERSIONS = 7;

	/**
	 * The feature id for the '<em><b>Sponsors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__SPONSORS = 8;

	/**
	 * The number of structural features of the '<em>Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.programme.impl.ParameterVersionImpl <em>Parameter Version</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.programme.impl.ParameterVersionImpl
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getParameterVersion()
	 * @generated
	 */
	int PARAMETER_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Effective From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION__EFFECTIVE_FROM = 0;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION__NOTE = 1;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION__COMPONENTS = 2;

	/**
	 * The feature id for the '<em><b>Caps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION__CAPS = 3;

	/**
	 * The feature id for the '<em><b>Max Components</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION__MAX_COMPONENTS = 4;

	/**
	 * The feature id for the '<em><b>Fixed Per Family Rp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION__FIXED_PER_FAMILY_RP = 5;

	/**
	 * The feature id for the '<em><b>Fixed Paid In Tahap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION__FIXED_PAID_IN_TAHAP = 6;

	/**
	 * The feature id for the '<em><b>Tahaps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION__TAHAPS = 7;

	/**
	 * The feature id for the '<em><b>Conditionalities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION__CONDITIONALITIES = 8;

	/**
	 * The feature id for the '<em><b>Sanction</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION__SANCTION = 9;

	/**
	 * The feature id for the '<em><b>Graduation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION__GRADUATION = 10;

	/**
	 * The feature id for the '<em><b>Aids</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION__AIDS = 11;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION__PARAMETERS = 12;

	/**
	 * The feature id for the '<em><b>Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION__OVERRIDES = 13;

	/**
	 * The number of structural features of the '<em>Parameter Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Parameter Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VERSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.programme.impl.ComponentBenefitImpl <em>Component Benefit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.programme.impl.ComponentBenefitImpl
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getComponentBenefit()
	 * @generated
	 */
	int COMPONENT_BENEFIT = 2;

	/**
	 * The feature id for the '<em><b>Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BENEFIT__COMPONENT = 0;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BENEFIT__GROUP = 1;

	/**
	 * The feature id for the '<em><b>Annual Index Rp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BENEFIT__ANNUAL_INDEX_RP = 2;

	/**
	 * The feature id for the '<em><b>Min Age Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BENEFIT__MIN_AGE_YEARS = 3;

	/**
	 * The feature id for the '<em><b>Max Age Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BENEFIT__MAX_AGE_YEARS = 4;

	/**
	 * The number of structural features of the '<em>Component Benefit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BENEFIT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Component Benefit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_BENEFIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.programme.impl.ComponentCapImpl <em>Component Cap</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.programme.impl.ComponentCapImpl
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getComponentCap()
	 * @generated
	 */
	int COMPONENT_CAP = 3;

	/**
	 * The feature id for the '<em><b>Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_CAP__COMPONENT = 0;

	/**
	 * The feature id for the '<em><b>Max Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_CAP__MAX_COUNT = 1;

	/**
	 * The number of structural features of the '<em>Component Cap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_CAP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Component Cap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_CAP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.programme.impl.TahapImpl <em>Tahap</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.programme.impl.TahapImpl
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getTahap()
	 * @generated
	 */
	int TAHAP = 4;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAHAP__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>First Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAHAP__FIRST_MONTH = 1;

	/**
	 * The feature id for the '<em><b>Last Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAHAP__LAST_MONTH = 2;

	/**
	 * The number of structural features of the '<em>Tahap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAHAP_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Tahap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAHAP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.programme.impl.ConditionalityRuleImpl <em>Conditionality Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.programme.impl.ConditionalityRuleImpl
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getConditionalityRule()
	 * @generated
	 */
	int CONDITIONALITY_RULE = 5;

	/**
	 * The feature id for the '<em><b>Conditionality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONALITY_RULE__CONDITIONALITY = 0;

	/**
	 * The feature id for the '<em><b>Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONALITY_RULE__COMPONENT = 1;

	/**
	 * The feature id for the '<em><b>Verification Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONALITY_RULE__VERIFICATION_MONTHS = 2;

	/**
	 * The feature id for the '<em><b>Threshold Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONALITY_RULE__THRESHOLD_PERCENT = 3;

	/**
	 * The number of structural features of the '<em>Conditionality Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONALITY_RULE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Conditionality Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONALITY_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.programme.impl.SanctionPolicyImpl <em>Sanction Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.programme.impl.SanctionPolicyImpl
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getSanctionPolicy()
	 * @generated
	 */
	int SANCTION_POLICY = 6;

	/**
	 * The feature id for the '<em><b>Cut Percent Per Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_POLICY__CUT_PERCENT_PER_MONTH = 0;

	/**
	 * The feature id for the '<em><b>Suspend After Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_POLICY__SUSPEND_AFTER_MONTHS = 1;

	/**
	 * The feature id for the '<em><b>Cancel After Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_POLICY__CANCEL_AFTER_CYCLES = 2;

	/**
	 * The feature id for the '<em><b>Reinstate After Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_POLICY__REINSTATE_AFTER_MONTHS = 3;

	/**
	 * The feature id for the '<em><b>Not Verified Is Violation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_POLICY__NOT_VERIFIED_IS_VIOLATION = 4;

	/**
	 * The number of structural features of the '<em>Sanction Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_POLICY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Sanction Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SANCTION_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.programme.impl.GraduationCriteriaImpl <em>Graduation Criteria</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.programme.impl.GraduationCriteriaImpl
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getGraduationCriteria()
	 * @generated
	 */
	int GRADUATION_CRITERIA = 7;

	/**
	 * The feature id for the '<em><b>Self Reliance Min Decile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADUATION_CRITERIA__SELF_RELIANCE_MIN_DECILE = 0;

	/**
	 * The feature id for the '<em><b>Own Income Counts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADUATION_CRITERIA__OWN_INCOME_COUNTS = 1;

	/**
	 * The feature id for the '<em><b>Months Without Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADUATION_CRITERIA__MONTHS_WITHOUT_COMPONENT = 2;

	/**
	 * The feature id for the '<em><b>Forced After Cancellation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADUATION_CRITERIA__FORCED_AFTER_CANCELLATION = 3;

	/**
	 * The number of structural features of the '<em>Graduation Criteria</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADUATION_CRITERIA_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Graduation Criteria</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADUATION_CRITERIA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.programme.impl.AidBenefitImpl <em>Aid Benefit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.programme.impl.AidBenefitImpl
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getAidBenefit()
	 * @generated
	 */
	int AID_BENEFIT = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_BENEFIT__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_BENEFIT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_BENEFIT__TITLE_EN = 2;

	/**
	 * The feature id for the '<em><b>Amount Rp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_BENEFIT__AMOUNT_RP = 3;

	/**
	 * The feature id for the '<em><b>Duration Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_BENEFIT__DURATION_DAYS = 4;

	/**
	 * The feature id for the '<em><b>Review Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_BENEFIT__REVIEW_MONTHS = 5;

	/**
	 * The feature id for the '<em><b>One Off</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_BENEFIT__ONE_OFF = 6;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_BENEFIT__TARGET = 7;

	/**
	 * The number of structural features of the '<em>Aid Benefit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_BENEFIT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Aid Benefit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AID_BENEFIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.programme.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.programme.impl.ParameterImpl
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 9;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Overridable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__OVERRIDABLE = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.programme.impl.ParameterOverrideImpl <em>Parameter Override</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.programme.impl.ParameterOverrideImpl
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getParameterOverride()
	 * @generated
	 */
	int PARAMETER_OVERRIDE = 10;

	/**
	 * The feature id for the '<em><b>Programme Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OVERRIDE__PROGRAMME_ID = 0;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OVERRIDE__KEY = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OVERRIDE__VALUE = 2;

	/**
	 * The number of structural features of the '<em>Parameter Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OVERRIDE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Parameter Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OVERRIDE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.programme.impl.SponsorImpl <em>Sponsor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.programme.impl.SponsorImpl
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getSponsor()
	 * @generated
	 */
	int SPONSOR = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSOR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Desa Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSOR__DESA_CODE = 1;

	/**
	 * The feature id for the '<em><b>Desa Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSOR__DESA_NAME = 2;

	/**
	 * The feature id for the '<em><b>Aid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSOR__AID = 3;

	/**
	 * The number of structural features of the '<em>Sponsor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSOR_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Sponsor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPONSOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.programme.ProgrammeKind <em>Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.programme.ProgrammeKind
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getProgrammeKind()
	 * @generated
	 */
	int PROGRAMME_KIND = 12;

	/**
	 * The meta object id for the '{@link org.harapan.programme.ComponentKind <em>Component Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.programme.ComponentKind
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getComponentKind()
	 * @generated
	 */
	int COMPONENT_KIND = 13;

	/**
	 * The meta object id for the '{@link org.harapan.programme.ComponentGroup <em>Component Group</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.programme.ComponentGroup
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getComponentGroup()
	 * @generated
	 */
	int COMPONENT_GROUP = 14;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.harapan.programme.impl.ProgrammePackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 15;


	/**
	 * Returns the meta object for class '{@link org.harapan.programme.Programme <em>Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Programme</em>'.
	 * @see org.harapan.programme.Programme
	 * @generated
	 */
	EClass getProgramme();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Programme#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.harapan.programme.Programme#getId()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Programme#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.harapan.programme.Programme#getTitle()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Programme#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see org.harapan.programme.Programme#getTitleEn()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_TitleEn();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Programme#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.harapan.programme.Programme#getKind()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Programme#getRegionCode <em>Region Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region Code</em>'.
	 * @see org.harapan.programme.Programme#getRegionCode()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_RegionCode();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Programme#getAuthority <em>Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Authority</em>'.
	 * @see org.harapan.programme.Programme#getAuthority()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_Authority();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Programme#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.harapan.programme.Programme#getSource()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.programme.Programme#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Versions</em>'.
	 * @see org.harapan.programme.Programme#getVersions()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Versions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.programme.Programme#getSponsors <em>Sponsors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sponsors</em>'.
	 * @see org.harapan.programme.Programme#getSponsors()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Sponsors();

	/**
	 * Returns the meta object for class '{@link org.harapan.programme.ParameterVersion <em>Parameter Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Version</em>'.
	 * @see org.harapan.programme.ParameterVersion
	 * @generated
	 */
	EClass getParameterVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ParameterVersion#getEffectiveFrom <em>Effective From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective From</em>'.
	 * @see org.harapan.programme.ParameterVersion#getEffectiveFrom()
	 * @see #getParameterVersion()
	 * @generated
	 */
	EAttribute getParameterVersion_EffectiveFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ParameterVersion#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.harapan.programme.ParameterVersion#getNote()
	 * @see #getParameterVersion()
	 * @generated
	 */
	EAttribute getParameterVersion_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.programme.ParameterVersion#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see org.harapan.programme.ParameterVersion#getComponents()
	 * @see #getParameterVersion()
	 * @generated
	 */
	EReference getParameterVersion_Components();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.programme.ParameterVersion#getCaps <em>Caps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Caps</em>'.
	 * @see org.harapan.programme.ParameterVersion#getCaps()
	 * @see #getParameterVersion()
	 * @generated
	 */
	EReference getParameterVersion_Caps();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ParameterVersion#getMaxComponents <em>Max Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Components</em>'.
	 * @see org.harapan.programme.ParameterVersion#getMaxComponents()
	 * @see #getParameterVersion()
	 * @generated
	 */
	EAttribute getParameterVersion_MaxComponents();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ParameterVersion#getFixedPerFamilyRp <em>Fixed Per Family Rp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fixed Per Family Rp</em>'.
	 * @see org.harapan.programme.ParameterVersion#getFixedPerFamilyRp()
	 * @see #getParameterVersion()
	 * @generated
	 */
	EAttribute getParameterVersion_FixedPerFamilyRp();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ParameterVersion#getFixedPaidInTahap <em>Fixed Paid In Tahap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fixed Paid In Tahap</em>'.
	 * @see org.harapan.programme.ParameterVersion#getFixedPaidInTahap()
	 * @see #getParameterVersion()
	 * @generated
	 */
	EAttribute getParameterVersion_FixedPaidInTahap();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.programme.ParameterVersion#getTahaps <em>Tahaps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tahaps</em>'.
	 * @see org.harapan.programme.ParameterVersion#getTahaps()
	 * @see #getParameterVersion()
	 * @generated
	 */
	EReference getParameterVersion_Tahaps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.programme.ParameterVersion#getConditionalities <em>Conditionalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditionalities</em>'.
	 * @see org.harapan.programme.ParameterVersion#getConditionalities()
	 * @see #getParameterVersion()
	 * @generated
	 */
	EReference getParameterVersion_Conditionalities();

	/**
	 * Returns the meta object for the containment reference '{@link org.harapan.programme.ParameterVersion#getSanction <em>Sanction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sanction</em>'.
	 * @see org.harapan.programme.ParameterVersion#getSanction()
	 * @see #getParameterVersion()
	 * @generated
	 */
	EReference getParameterVersion_Sanction();

	/**
	 * Returns the meta object for the containment reference '{@link org.harapan.programme.ParameterVersion#getGraduation <em>Graduation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Graduation</em>'.
	 * @see org.harapan.programme.ParameterVersion#getGraduation()
	 * @see #getParameterVersion()
	 * @generated
	 */
	EReference getParameterVersion_Graduation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.programme.ParameterVersion#getAids <em>Aids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Aids</em>'.
	 * @see org.harapan.programme.ParameterVersion#getAids()
	 * @see #getParameterVersion()
	 * @generated
	 */
	EReference getParameterVersion_Aids();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.programme.ParameterVersion#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.harapan.programme.ParameterVersion#getParameters()
	 * @see #getParameterVersion()
	 * @generated
	 */
	EReference getParameterVersion_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.programme.ParameterVersion#getOverrides <em>Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overrides</em>'.
	 * @see org.harapan.programme.ParameterVersion#getOverrides()
	 * @see #getParameterVersion()
	 * @generated
	 */
	EReference getParameterVersion_Overrides();

	/**
	 * Returns the meta object for class '{@link org.harapan.programme.ComponentBenefit <em>Component Benefit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component Benefit</em>'.
	 * @see org.harapan.programme.ComponentBenefit
	 * @generated
	 */
	EClass getComponentBenefit();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ComponentBenefit#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Component</em>'.
	 * @see org.harapan.programme.ComponentBenefit#getComponent()
	 * @see #getComponentBenefit()
	 * @generated
	 */
	EAttribute getComponentBenefit_Component();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ComponentBenefit#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.harapan.programme.ComponentBenefit#getGroup()
	 * @see #getComponentBenefit()
	 * @generated
	 */
	EAttribute getComponentBenefit_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ComponentBenefit#getAnnualIndexRp <em>Annual Index Rp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Index Rp</em>'.
	 * @see org.harapan.programme.ComponentBenefit#getAnnualIndexRp()
	 * @see #getComponentBenefit()
	 * @generated
	 */
	EAttribute getComponentBenefit_AnnualIndexRp();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ComponentBenefit#getMinAgeYears <em>Min Age Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Age Years</em>'.
	 * @see org.harapan.programme.ComponentBenefit#getMinAgeYears()
	 * @see #getComponentBenefit()
	 * @generated
	 */
	EAttribute getComponentBenefit_MinAgeYears();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ComponentBenefit#getMaxAgeYears <em>Max Age Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Age Years</em>'.
	 * @see org.harapan.programme.ComponentBenefit#getMaxAgeYears()
	 * @see #getComponentBenefit()
	 * @generated
	 */
	EAttribute getComponentBenefit_MaxAgeYears();

	/**
	 * Returns the meta object for class '{@link org.harapan.programme.ComponentCap <em>Component Cap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component Cap</em>'.
	 * @see org.harapan.programme.ComponentCap
	 * @generated
	 */
	EClass getComponentCap();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ComponentCap#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Component</em>'.
	 * @see org.harapan.programme.ComponentCap#getComponent()
	 * @see #getComponentCap()
	 * @generated
	 */
	EAttribute getComponentCap_Component();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ComponentCap#getMaxCount <em>Max Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Count</em>'.
	 * @see org.harapan.programme.ComponentCap#getMaxCount()
	 * @see #getComponentCap()
	 * @generated
	 */
	EAttribute getComponentCap_MaxCount();

	/**
	 * Returns the meta object for class '{@link org.harapan.programme.Tahap <em>Tahap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tahap</em>'.
	 * @see org.harapan.programme.Tahap
	 * @generated
	 */
	EClass getTahap();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Tahap#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.harapan.programme.Tahap#getNumber()
	 * @see #getTahap()
	 * @generated
	 */
	EAttribute getTahap_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Tahap#getFirstMonth <em>First Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Month</em>'.
	 * @see org.harapan.programme.Tahap#getFirstMonth()
	 * @see #getTahap()
	 * @generated
	 */
	EAttribute getTahap_FirstMonth();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Tahap#getLastMonth <em>Last Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Month</em>'.
	 * @see org.harapan.programme.Tahap#getLastMonth()
	 * @see #getTahap()
	 * @generated
	 */
	EAttribute getTahap_LastMonth();

	/**
	 * Returns the meta object for class '{@link org.harapan.programme.ConditionalityRule <em>Conditionality Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditionality Rule</em>'.
	 * @see org.harapan.programme.ConditionalityRule
	 * @generated
	 */
	EClass getConditionalityRule();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ConditionalityRule#getConditionality <em>Conditionality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conditionality</em>'.
	 * @see org.harapan.programme.ConditionalityRule#getConditionality()
	 * @see #getConditionalityRule()
	 * @generated
	 */
	EAttribute getConditionalityRule_Conditionality();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ConditionalityRule#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Component</em>'.
	 * @see org.harapan.programme.ConditionalityRule#getComponent()
	 * @see #getConditionalityRule()
	 * @generated
	 */
	EAttribute getConditionalityRule_Component();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ConditionalityRule#getVerificationMonths <em>Verification Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verification Months</em>'.
	 * @see org.harapan.programme.ConditionalityRule#getVerificationMonths()
	 * @see #getConditionalityRule()
	 * @generated
	 */
	EAttribute getConditionalityRule_VerificationMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ConditionalityRule#getThresholdPercent <em>Threshold Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold Percent</em>'.
	 * @see org.harapan.programme.ConditionalityRule#getThresholdPercent()
	 * @see #getConditionalityRule()
	 * @generated
	 */
	EAttribute getConditionalityRule_ThresholdPercent();

	/**
	 * Returns the meta object for class '{@link org.harapan.programme.SanctionPolicy <em>Sanction Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sanction Policy</em>'.
	 * @see org.harapan.programme.SanctionPolicy
	 * @generated
	 */
	EClass getSanctionPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.SanctionPolicy#getCutPercentPerMonth <em>Cut Percent Per Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cut Percent Per Month</em>'.
	 * @see org.harapan.programme.SanctionPolicy#getCutPercentPerMonth()
	 * @see #getSanctionPolicy()
	 * @generated
	 */
	EAttribute getSanctionPolicy_CutPercentPerMonth();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.SanctionPolicy#getSuspendAfterMonths <em>Suspend After Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suspend After Months</em>'.
	 * @see org.harapan.programme.SanctionPolicy#getSuspendAfterMonths()
	 * @see #getSanctionPolicy()
	 * @generated
	 */
	EAttribute getSanctionPolicy_SuspendAfterMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.SanctionPolicy#getCancelAfterCycles <em>Cancel After Cycles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cancel After Cycles</em>'.
	 * @see org.harapan.programme.SanctionPolicy#getCancelAfterCycles()
	 * @see #getSanctionPolicy()
	 * @generated
	 */
	EAttribute getSanctionPolicy_CancelAfterCycles();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.SanctionPolicy#getReinstateAfterMonths <em>Reinstate After Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reinstate After Months</em>'.
	 * @see org.harapan.programme.SanctionPolicy#getReinstateAfterMonths()
	 * @see #getSanctionPolicy()
	 * @generated
	 */
	EAttribute getSanctionPolicy_ReinstateAfterMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.SanctionPolicy#isNotVerifiedIsViolation <em>Not Verified Is Violation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Verified Is Violation</em>'.
	 * @see org.harapan.programme.SanctionPolicy#isNotVerifiedIsViolation()
	 * @see #getSanctionPolicy()
	 * @generated
	 */
	EAttribute getSanctionPolicy_NotVerifiedIsViolation();

	/**
	 * Returns the meta object for class '{@link org.harapan.programme.GraduationCriteria <em>Graduation Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Graduation Criteria</em>'.
	 * @see org.harapan.programme.GraduationCriteria
	 * @generated
	 */
	EClass getGraduationCriteria();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.GraduationCriteria#getSelfRelianceMinDecile <em>Self Reliance Min Decile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Self Reliance Min Decile</em>'.
	 * @see org.harapan.programme.GraduationCriteria#getSelfRelianceMinDecile()
	 * @see #getGraduationCriteria()
	 * @generated
	 */
	EAttribute getGraduationCriteria_SelfRelianceMinDecile();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.GraduationCriteria#isOwnIncomeCounts <em>Own Income Counts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Own Income Counts</em>'.
	 * @see org.harapan.programme.GraduationCriteria#isOwnIncomeCounts()
	 * @see #getGraduationCriteria()
	 * @generated
	 */
	EAttribute getGraduationCriteria_OwnIncomeCounts();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.GraduationCriteria#getMonthsWithoutComponent <em>Months Without Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Months Without Component</em>'.
	 * @see org.harapan.programme.GraduationCriteria#getMonthsWithoutComponent()
	 * @see #getGraduationCriteria()
	 * @generated
	 */
	EAttribute getGraduationCriteria_MonthsWithoutComponent();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.GraduationCriteria#isForcedAfterCancellation <em>Forced After Cancellation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Forced After Cancellation</em>'.
	 * @see org.harapan.programme.GraduationCriteria#isForcedAfterCancellation()
	 * @see #getGraduationCriteria()
	 * @generated
	 */
	EAttribute getGraduationCriteria_ForcedAfterCancellation();

	/**
	 * Returns the meta object for class '{@link org.harapan.programme.AidBenefit <em>Aid Benefit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Aid Benefit</em>'.
	 * @see org.harapan.programme.AidBenefit
	 * @generated
	 */
	EClass getAidBenefit();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.AidBenefit#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.harapan.programme.AidBenefit#getId()
	 * @see #getAidBenefit()
	 * @generated
	 */
	EAttribute getAidBenefit_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.AidBenefit#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.harapan.programme.AidBenefit#getTitle()
	 * @see #getAidBenefit()
	 * @generated
	 */
	EAttribute getAidBenefit_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.AidBenefit#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see org.harapan.programme.AidBenefit#getTitleEn()
	 * @see #getAidBenefit()
	 * @generated
	 */
	EAttribute getAidBenefit_TitleEn();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.AidBenefit#getAmountRp <em>Amount Rp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount Rp</em>'.
	 * @see org.harapan.programme.AidBenefit#getAmountRp()
	 * @see #getAidBenefit()
	 * @generated
	 */
	EAttribute getAidBenefit_AmountRp();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.AidBenefit#getDurationDays <em>Duration Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Days</em>'.
	 * @see org.harapan.programme.AidBenefit#getDurationDays()
	 * @see #getAidBenefit()
	 * @generated
	 */
	EAttribute getAidBenefit_DurationDays();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.AidBenefit#getReviewMonths <em>Review Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Months</em>'.
	 * @see org.harapan.programme.AidBenefit#getReviewMonths()
	 * @see #getAidBenefit()
	 * @generated
	 */
	EAttribute getAidBenefit_ReviewMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.AidBenefit#isOneOff <em>One Off</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>One Off</em>'.
	 * @see org.harapan.programme.AidBenefit#isOneOff()
	 * @see #getAidBenefit()
	 * @generated
	 */
	EAttribute getAidBenefit_OneOff();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.AidBenefit#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.harapan.programme.AidBenefit#getTarget()
	 * @see #getAidBenefit()
	 * @generated
	 */
	EAttribute getAidBenefit_Target();

	/**
	 * Returns the meta object for class '{@link org.harapan.programme.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.harapan.programme.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Parameter#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.harapan.programme.Parameter#getKey()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.harapan.programme.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Parameter#isOverridable <em>Overridable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overridable</em>'.
	 * @see org.harapan.programme.Parameter#isOverridable()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Overridable();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Parameter#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.harapan.programme.Parameter#getDescription()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Description();

	/**
	 * Returns the meta object for class '{@link org.harapan.programme.ParameterOverride <em>Parameter Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Override</em>'.
	 * @see org.harapan.programme.ParameterOverride
	 * @generated
	 */
	EClass getParameterOverride();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ParameterOverride#getProgrammeId <em>Programme Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Programme Id</em>'.
	 * @see org.harapan.programme.ParameterOverride#getProgrammeId()
	 * @see #getParameterOverride()
	 * @generated
	 */
	EAttribute getParameterOverride_ProgrammeId();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ParameterOverride#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.harapan.programme.ParameterOverride#getKey()
	 * @see #getParameterOverride()
	 * @generated
	 */
	EAttribute getParameterOverride_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.ParameterOverride#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.harapan.programme.ParameterOverride#getValue()
	 * @see #getParameterOverride()
	 * @generated
	 */
	EAttribute getParameterOverride_Value();

	/**
	 * Returns the meta object for class '{@link org.harapan.programme.Sponsor <em>Sponsor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sponsor</em>'.
	 * @see org.harapan.programme.Sponsor
	 * @generated
	 */
	EClass getSponsor();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Sponsor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.harapan.programme.Sponsor#getName()
	 * @see #getSponsor()
	 * @generated
	 */
	EAttribute getSponsor_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Sponsor#getDesaCode <em>Desa Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desa Code</em>'.
	 * @see org.harapan.programme.Sponsor#getDesaCode()
	 * @see #getSponsor()
	 * @generated
	 */
	EAttribute getSponsor_DesaCode();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Sponsor#getDesaName <em>Desa Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desa Name</em>'.
	 * @see org.harapan.programme.Sponsor#getDesaName()
	 * @see #getSponsor()
	 * @generated
	 */
	EAttribute getSponsor_DesaName();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.programme.Sponsor#getAid <em>Aid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aid</em>'.
	 * @see org.harapan.programme.Sponsor#getAid()
	 * @see #getSponsor()
	 * @generated
	 */
	EAttribute getSponsor_Aid();

	/**
	 * Returns the meta object for enum '{@link org.harapan.programme.ProgrammeKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kind</em>'.
	 * @see org.harapan.programme.ProgrammeKind
	 * @generated
	 */
	EEnum getProgrammeKind();

	/**
	 * Returns the meta object for enum '{@link org.harapan.programme.ComponentKind <em>Component Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Component Kind</em>'.
	 * @see org.harapan.programme.ComponentKind
	 * @generated
	 */
	EEnum getComponentKind();

	/**
	 * Returns the meta object for enum '{@link org.harapan.programme.ComponentGroup <em>Component Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Component Group</em>'.
	 * @see org.harapan.programme.ComponentGroup
	 * @generated
	 */
	EEnum getComponentGroup();

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
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ProgrammeFactory getProgrammeFactory();

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
		 * The meta object literal for the '{@link org.harapan.programme.impl.ProgrammeImpl <em>Programme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.programme.impl.ProgrammeImpl
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getProgramme()
		 * @generated
		 */
		EClass PROGRAMME = eINSTANCE.getProgramme();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__ID = eINSTANCE.getProgramme_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__TITLE = eINSTANCE.getProgramme_Title();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__TITLE_EN = eINSTANCE.getProgramme_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__KIND = eINSTANCE.getProgramme_Kind();

		/**
		 * The meta object literal for the '<em><b>Region Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__REGION_CODE = eINSTANCE.getProgramme_RegionCode();

		/**
		 * The meta object literal for the '<em><b>Authority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__AUTHORITY = eINSTANCE.getProgramme_Authority();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__SOURCE = eINSTANCE.getProgramme_Source();

		/**
		 * The meta object literal for the '<em><b>Versions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__VERSIONS = eINSTANCE.getProgramme_Versions();

		/**
		 * The meta object literal for the '<em><b>Sponsors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__SPONSORS = eINSTANCE.getProgramme_Sponsors();

		/**
		 * The meta object literal for the '{@link org.harapan.programme.impl.ParameterVersionImpl <em>Parameter Version</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.programme.impl.ParameterVersionImpl
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getParameterVersion()
		 * @generated
		 */
		EClass PARAMETER_VERSION = eINSTANCE.getParameterVersion();

		/**
		 * The meta object literal for the '<em><b>Effective From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VERSION__EFFECTIVE_FROM = eINSTANCE.getParameterVersion_EffectiveFrom();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VERSION__NOTE = eINSTANCE.getParameterVersion_Note();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER_VERSION__COMPONENTS = eINSTANCE.getParameterVersion_Components();

		/**
		 * The meta object literal for the '<em><b>Caps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER_VERSION__CAPS = eINSTANCE.getParameterVersion_Caps();

		/**
		 * The meta object literal for the '<em><b>Max Components</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VERSION__MAX_COMPONENTS = eINSTANCE.getParameterVersion_MaxComponents();

		/**
		 * The meta object literal for the '<em><b>Fixed Per Family Rp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VERSION__FIXED_PER_FAMILY_RP = eINSTANCE.getParameterVersion_FixedPerFamilyRp();

		/**
		 * The meta object literal for the '<em><b>Fixed Paid In Tahap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VERSION__FIXED_PAID_IN_TAHAP = eINSTANCE.getParameterVersion_FixedPaidInTahap();

		/**
		 * The meta object literal for the '<em><b>Tahaps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER_VERSION__TAHAPS = eINSTANCE.getParameterVersion_Tahaps();

		/**
		 * The meta object literal for the '<em><b>Conditionalities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER_VERSION__CONDITIONALITIES = eINSTANCE.getParameterVersion_Conditionalities();

		/**
		 * The meta object literal for the '<em><b>Sanction</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER_VERSION__SANCTION = eINSTANCE.getParameterVersion_Sanction();

		/**
		 * The meta object literal for the '<em><b>Graduation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER_VERSION__GRADUATION = eINSTANCE.getParameterVersion_Graduation();

		/**
		 * The meta object literal for the '<em><b>Aids</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER_VERSION__AIDS = eINSTANCE.getParameterVersion_Aids();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER_VERSION__PARAMETERS = eINSTANCE.getParameterVersion_Parameters();

		/**
		 * The meta object literal for the '<em><b>Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARAMETER_VERSION__OVERRIDES = eINSTANCE.getParameterVersion_Overrides();

		/**
		 * The meta object literal for the '{@link org.harapan.programme.impl.ComponentBenefitImpl <em>Component Benefit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.programme.impl.ComponentBenefitImpl
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getComponentBenefit()
		 * @generated
		 */
		EClass COMPONENT_BENEFIT = eINSTANCE.getComponentBenefit();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_BENEFIT__COMPONENT = eINSTANCE.getComponentBenefit_Component();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_BENEFIT__GROUP = eINSTANCE.getComponentBenefit_Group();

		/**
		 * The meta object literal for the '<em><b>Annual Index Rp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_BENEFIT__ANNUAL_INDEX_RP = eINSTANCE.getComponentBenefit_AnnualIndexRp();

		/**
		 * The meta object literal for the '<em><b>Min Age Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_BENEFIT__MIN_AGE_YEARS = eINSTANCE.getComponentBenefit_MinAgeYears();

		/**
		 * The meta object literal for the '<em><b>Max Age Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_BENEFIT__MAX_AGE_YEARS = eINSTANCE.getComponentBenefit_MaxAgeYears();

		/**
		 * The meta object literal for the '{@link org.harapan.programme.impl.ComponentCapImpl <em>Component Cap</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.programme.impl.ComponentCapImpl
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getComponentCap()
		 * @generated
		 */
		EClass COMPONENT_CAP = eINSTANCE.getComponentCap();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_CAP__COMPONENT = eINSTANCE.getComponentCap_Component();

		/**
		 * The meta object literal for the '<em><b>Max Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_CAP__MAX_COUNT = eINSTANCE.getComponentCap_MaxCount();

		/**
		 * The meta object literal for the '{@link org.harapan.programme.impl.TahapImpl <em>Tahap</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.programme.impl.TahapImpl
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getTahap()
		 * @generated
		 */
		EClass TAHAP = eINSTANCE.getTahap();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAHAP__NUMBER = eINSTANCE.getTahap_Number();

		/**
		 * The meta object literal for the '<em><b>First Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAHAP__FIRST_MONTH = eINSTANCE.getTahap_FirstMonth();

		/**
		 * The meta object literal for the '<em><b>Last Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAHAP__LAST_MONTH = eINSTANCE.getTahap_LastMonth();

		/**
		 * The meta object literal for the '{@link org.harapan.programme.impl.ConditionalityRuleImpl <em>Conditionality Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.programme.impl.ConditionalityRuleImpl
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getConditionalityRule()
		 * @generated
		 */
		EClass CONDITIONALITY_RULE = eINSTANCE.getConditionalityRule();

		/**
		 * The meta object literal for the '<em><b>Conditionality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONALITY_RULE__CONDITIONALITY = eINSTANCE.getConditionalityRule_Conditionality();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONALITY_RULE__COMPONENT = eINSTANCE.getConditionalityRule_Component();

		/**
		 * The meta object literal for the '<em><b>Verification Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONALITY_RULE__VERIFICATION_MONTHS = eINSTANCE.getConditionalityRule_VerificationMonths();

		/**
		 * The meta object literal for the '<em><b>Threshold Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONALITY_RULE__THRESHOLD_PERCENT = eINSTANCE.getConditionalityRule_ThresholdPercent();

		/**
		 * The meta object literal for the '{@link org.harapan.programme.impl.SanctionPolicyImpl <em>Sanction Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.programme.impl.SanctionPolicyImpl
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getSanctionPolicy()
		 * @generated
		 */
		EClass SANCTION_POLICY = eINSTANCE.getSanctionPolicy();

		/**
		 * The meta object literal for the '<em><b>Cut Percent Per Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SANCTION_POLICY__CUT_PERCENT_PER_MONTH = eINSTANCE.getSanctionPolicy_CutPercentPerMonth();

		/**
		 * The meta object literal for the '<em><b>Suspend After Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SANCTION_POLICY__SUSPEND_AFTER_MONTHS = eINSTANCE.getSanctionPolicy_SuspendAfterMonths();

		/**
		 * The meta object literal for the '<em><b>Cancel After Cycles</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SANCTION_POLICY__CANCEL_AFTER_CYCLES = eINSTANCE.getSanctionPolicy_CancelAfterCycles();

		/**
		 * The meta object literal for the '<em><b>Reinstate After Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SANCTION_POLICY__REINSTATE_AFTER_MONTHS = eINSTANCE.getSanctionPolicy_ReinstateAfterMonths();

		/**
		 * The meta object literal for the '<em><b>Not Verified Is Violation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SANCTION_POLICY__NOT_VERIFIED_IS_VIOLATION = eINSTANCE.getSanctionPolicy_NotVerifiedIsViolation();

		/**
		 * The meta object literal for the '{@link org.harapan.programme.impl.GraduationCriteriaImpl <em>Graduation Criteria</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.programme.impl.GraduationCriteriaImpl
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getGraduationCriteria()
		 * @generated
		 */
		EClass GRADUATION_CRITERIA = eINSTANCE.getGraduationCriteria();

		/**
		 * The meta object literal for the '<em><b>Self Reliance Min Decile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADUATION_CRITERIA__SELF_RELIANCE_MIN_DECILE = eINSTANCE.getGraduationCriteria_SelfRelianceMinDecile();

		/**
		 * The meta object literal for the '<em><b>Own Income Counts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADUATION_CRITERIA__OWN_INCOME_COUNTS = eINSTANCE.getGraduationCriteria_OwnIncomeCounts();

		/**
		 * The meta object literal for the '<em><b>Months Without Component</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADUATION_CRITERIA__MONTHS_WITHOUT_COMPONENT = eINSTANCE.getGraduationCriteria_MonthsWithoutComponent();

		/**
		 * The meta object literal for the '<em><b>Forced After Cancellation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADUATION_CRITERIA__FORCED_AFTER_CANCELLATION = eINSTANCE.getGraduationCriteria_ForcedAfterCancellation();

		/**
		 * The meta object literal for the '{@link org.harapan.programme.impl.AidBenefitImpl <em>Aid Benefit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.programme.impl.AidBenefitImpl
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getAidBenefit()
		 * @generated
		 */
		EClass AID_BENEFIT = eINSTANCE.getAidBenefit();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AID_BENEFIT__ID = eINSTANCE.getAidBenefit_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AID_BENEFIT__TITLE = eINSTANCE.getAidBenefit_Title();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AID_BENEFIT__TITLE_EN = eINSTANCE.getAidBenefit_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Amount Rp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AID_BENEFIT__AMOUNT_RP = eINSTANCE.getAidBenefit_AmountRp();

		/**
		 * The meta object literal for the '<em><b>Duration Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AID_BENEFIT__DURATION_DAYS = eINSTANCE.getAidBenefit_DurationDays();

		/**
		 * The meta object literal for the '<em><b>Review Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AID_BENEFIT__REVIEW_MONTHS = eINSTANCE.getAidBenefit_ReviewMonths();

		/**
		 * The meta object literal for the '<em><b>One Off</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AID_BENEFIT__ONE_OFF = eINSTANCE.getAidBenefit_OneOff();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AID_BENEFIT__TARGET = eINSTANCE.getAidBenefit_Target();

		/**
		 * The meta object literal for the '{@link org.harapan.programme.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.programme.impl.ParameterImpl
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__KEY = eINSTANCE.getParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '<em><b>Overridable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__OVERRIDABLE = eINSTANCE.getParameter_Overridable();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__DESCRIPTION = eINSTANCE.getParameter_Description();

		/**
		 * The meta object literal for the '{@link org.harapan.programme.impl.ParameterOverrideImpl <em>Parameter Override</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.programme.impl.ParameterOverrideImpl
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getParameterOverride()
		 * @generated
		 */
		EClass PARAMETER_OVERRIDE = eINSTANCE.getParameterOverride();

		/**
		 * The meta object literal for the '<em><b>Programme Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_OVERRIDE__PROGRAMME_ID = eINSTANCE.getParameterOverride_ProgrammeId();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_OVERRIDE__KEY = eINSTANCE.getParameterOverride_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_OVERRIDE__VALUE = eINSTANCE.getParameterOverride_Value();

		/**
		 * The meta object literal for the '{@link org.harapan.programme.impl.SponsorImpl <em>Sponsor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.programme.impl.SponsorImpl
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getSponsor()
		 * @generated
		 */
		EClass SPONSOR = eINSTANCE.getSponsor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPONSOR__NAME = eINSTANCE.getSponsor_Name();

		/**
		 * The meta object literal for the '<em><b>Desa Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPONSOR__DESA_CODE = eINSTANCE.getSponsor_DesaCode();

		/**
		 * The meta object literal for the '<em><b>Desa Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPONSOR__DESA_NAME = eINSTANCE.getSponsor_DesaName();

		/**
		 * The meta object literal for the '<em><b>Aid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPONSOR__AID = eINSTANCE.getSponsor_Aid();

		/**
		 * The meta object literal for the '{@link org.harapan.programme.ProgrammeKind <em>Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.programme.ProgrammeKind
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getProgrammeKind()
		 * @generated
		 */
		EEnum PROGRAMME_KIND = eINSTANCE.getProgrammeKind();

		/**
		 * The meta object literal for the '{@link org.harapan.programme.ComponentKind <em>Component Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.programme.ComponentKind
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getComponentKind()
		 * @generated
		 */
		EEnum COMPONENT_KIND = eINSTANCE.getComponentKind();

		/**
		 * The meta object literal for the '{@link org.harapan.programme.ComponentGroup <em>Component Group</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.programme.ComponentGroup
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getComponentGroup()
		 * @generated
		 */
		EEnum COMPONENT_GROUP = eINSTANCE.getComponentGroup();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.harapan.programme.impl.ProgrammePackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //ProgrammePackage
