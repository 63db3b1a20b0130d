/**
 */
package org.harapan.curriculum;

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
 * P2K2 curricula (family development sessions) as versioned documents.
 * <!-- end-model-doc -->
 * @see org.harapan.curriculum.CurriculumFactory
 * @model kind="package"
 * @generated
 */
public interface CurriculumPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "curriculum";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://harapan.org/curriculum/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "curriculum";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CurriculumPackage eINSTANCE = org.harapan.curriculum.impl.CurriculumPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.harapan.curriculum.impl.CurriculumImpl <em>Curriculum</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.curriculum.impl.CurriculumImpl
	 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getCurriculum()
	 * @generated
	 */
	int CURRICULUM = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__TITLE_EN = 2;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__VERSION = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Effective From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__EFFECTIVE_FROM = 5;

	/**
	 * The feature id for the '<em><b>Authority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__AUTHORITY = 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__SOURCE = 7;

	/**
	 * The feature id for the '<em><b>Region Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__REGION_CODE = 8;

	/**
	 * The feature id for the '<em><b>Based On Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__BASED_ON_ID = 9;

	/**
	 * The feature id for the '<em><b>Based On Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__BASED_ON_VERSION = 10;

	/**
	 * The feature id for the '<em><b>Include Optional</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__INCLUDE_OPTIONAL = 11;

	/**
	 * The feature id for the '<em><b>Months Between Sessions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__MONTHS_BETWEEN_SESSIONS = 12;

	/**
	 * The feature id for the '<em><b>Modules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__MODULES = 13;

	/**
	 * The feature id for the '<em><b>Optional Modules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__OPTIONAL_MODULES = 14;

	/**
	 * The number of structural features of the '<em>Curriculum</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Curriculum</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.curriculum.impl.ModuleImpl <em>Module</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.curriculum.impl.ModuleImpl
	 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getModule()
	 * @generated
	 */
	int MODULE = 1;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__CODE = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__TITLE_EN = 3;

	/**
	 * The feature id for the '<em><b>Extends National</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__EXTENDS_NATIONAL = 4;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE__SESSIONS = 5;

	/**
	 * The number of structural features of the '<em>Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.curriculum.impl.SessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.curriculum.impl.SessionImpl
	 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getSession()
	 * @generated
	 */
	int SESSION = 2;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__TITLE_EN = 2;

	/**
	 * The feature id for the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__DURATION_MINUTES = 3;

	/**
	 * The feature id for the '<em><b>Home Practice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__HOME_PRACTICE = 4;

	/**
	 * The feature id for the '<em><b>Home Practice En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__HOME_PRACTICE_EN = 5;

	/**
	 * The feature id for the '<em><b>Prerequisites</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PREREQUISITES = 6;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__OBJECTIVES = 7;

	/**
	 * The feature id for the '<em><b>Materials</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__MATERIALS = 8;

	/**
	 * The feature id for the '<em><b>Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__QUESTIONS = 9;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__STEPS = 10;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.curriculum.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.curriculum.impl.StepImpl
	 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 3;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__TITLE_EN = 2;

	/**
	 * The feature id for the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__DURATION_MINUTES = 3;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.curriculum.impl.ObjectiveImpl <em>Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.curriculum.impl.ObjectiveImpl
	 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getObjective()
	 * @generated
	 */
	int OBJECTIVE = 4;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__TEXT_EN = 1;

	/**
	 * The number of structural features of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.curriculum.impl.MaterialImpl <em>Material</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.curriculum.impl.MaterialImpl
	 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getMaterial()
	 * @generated
	 */
	int MATERIAL = 5;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL__KIND = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL__TITLE_EN = 2;

	/**
	 * The number of structural features of the '<em>Material</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Material</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.curriculum.impl.QuestionImpl <em>Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.curriculum.impl.QuestionImpl
	 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getQuestion()
	 * @generated
	 */
	int QUESTION = 6;

	/**
	 * The feature id for the '<em><b>Timing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__TIMING = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION__TEXT_EN = 2;

	/**
	 * The number of structural features of the '<em>Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.harapan.curriculum.DocumentStatus <em>Document Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.curriculum.DocumentStatus
	 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getDocumentStatus()
	 * @generated
	 */
	int DOCUMENT_STATUS = 7;

	/**
	 * The meta object id for the '{@link org.harapan.curriculum.MaterialKind <em>Material Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.curriculum.MaterialKind
	 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getMaterialKind()
	 * @generated
	 */
	int MATERIAL_KIND = 8;

	/**
	 * The meta object id for the '{@link org.harapan.curriculum.QuestionTiming <em>Question Timing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.harapan.curriculum.QuestionTiming
	 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getQuestionTiming()
	 * @generated
	 */
	int QUESTION_TIMING = 9;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 10;


	/**
	 * Returns the meta object for class '{@link org.harapan.curriculum.Curriculum <em>Curriculum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Curriculum</em>'.
	 * @see org.harapan.curriculum.Curriculum
	 * @generated
	 */
	EClass getCurriculum();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Curriculum#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.harapan.curriculum.Curriculum#getId()
	 * @see #getCurriculum()
	 * @generated
	 */
	EAttribute getCurriculum_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Curriculum#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.harapan.curriculum.Curriculum#getTitle()
	 * @see #getCurriculum()
	 * @generated
	 */
	EAttribute getCurriculum_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Curriculum#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see org.harapan.curriculum.Curriculum#getTitleEn()
	 * @see #getCurriculum()
	 * @generated
	 */
	EAttribute getCurriculum_TitleEn();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Curriculum#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.harapan.curriculum.Curriculum#getVersion()
	 * @see #getCurriculum()
	 * @generated
	 */
	EAttribute getCurriculum_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Curriculum#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.harapan.curriculum.Curriculum#getStatus()
	 * @see #getCurriculum()
	 * @generated
	 */
	EAttribute getCurriculum_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Curriculum#getEffectiveFrom <em>Effective From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective From</em>'.
	 * @see org.harapan.curriculum.Curriculum#getEffectiveFrom()
	 * @see #getCurriculum()
	 * @generated
	 */
	EAttribute getCurriculum_EffectiveFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Curriculum#getAuthority <em>Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Authority</em>'.
	 * @see org.harapan.curriculum.Curriculum#getAuthority()
	 * @see #getCurriculum()
	 * @generated
	 */
	EAttribute getCurriculum_Authority();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Curriculum#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.harapan.curriculum.Curriculum#getSource()
	 * @see #getCurriculum()
	 * @generated
	 */
	EAttribute getCurriculum_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Curriculum#getRegionCode <em>Region Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region Code</em>'.
	 * @see org.harapan.curriculum.Curriculum#getRegionCode()
	 * @see #getCurriculum()
	 * @generated
	 */
	EAttribute getCurriculum_RegionCode();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Curriculum#getBasedOnId <em>Based On Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Based On Id</em>'.
	 * @see org.harapan.curriculum.Curriculum#getBasedOnId()
	 * @see #getCurriculum()
	 * @generated
	 */
	EAttribute getCurriculum_BasedOnId();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Curriculum#getBasedOnVersion <em>Based On Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Based On Version</em>'.
	 * @see org.harapan.curriculum.Curriculum#getBasedOnVersion()
	 * @see #getCurriculum()
	 * @generated
	 */
	EAttribute getCurriculum_BasedOnVersion();

	/**
	 * Returns the meta object for the attribute list '{@link org.harapan.curriculum.Curriculum#getIncludeOptional <em>Include Optional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Include Optional</em>'.
	 * @see org.harapan.curriculum.Curriculum#getIncludeOptional()
	 * @see #getCurriculum()
	 * @generated
	 */
	EAttribute getCurriculum_IncludeOptional();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Curriculum#getMonthsBetweenSessions <em>Months Between Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Months Between Sessions</em>'.
	 * @see org.harapan.curriculum.Curriculum#getMonthsBetweenSessions()
	 * @see #getCurriculum()
	 * @generated
	 */
	EAttribute getCurriculum_MonthsBetweenSessions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.curriculum.Curriculum#getModules <em>Modules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Modules</em>'.
	 * @see org.harapan.curriculum.Curriculum#getModules()
	 * @see #getCurriculum()
	 * @generated
	 */
	EReference getCurriculum_Modules();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.curriculum.Curriculum#getOptionalModules <em>Optional Modules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Optional Modules</em>'.
	 * @see org.harapan.curriculum.Curriculum#getOptionalModules()
	 * @see #getCurriculum()
	 * @generated
	 */
	EReference getCurriculum_OptionalModules();

	/**
	 * Returns the meta object for class '{@link org.harapan.curriculum.Module <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Module</em>'.
	 * @see org.harapan.curriculum.Module
	 * @generated
	 */
	EClass getModule();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Module#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.harapan.curriculum.Module#getNumber()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Module#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.harapan.curriculum.Module#getCode()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Module#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.harapan.curriculum.Module#getTitle()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Module#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see org.harapan.curriculum.Module#getTitleEn()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_TitleEn();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Module#isExtendsNational <em>Extends National</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extends National</em>'.
	 * @see org.harapan.curriculum.Module#isExtendsNational()
	 * @see #getModule()
	 * @generated
	 */
	EAttribute getModule_ExtendsNational();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.curriculum.Module#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sessions</em>'.
	 * @see org.harapan.curriculum.Module#getSessions()
	 * @see #getModule()
	 * @generated
	 */
	EReference getModule_Sessions();

	/**
	 * Returns the meta object for class '{@link org.harapan.curriculum.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see org.harapan.curriculum.Session
	 * @generated
	 */
	EClass getSession();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Session#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.harapan.curriculum.Session#getNumber()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Session#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.harapan.curriculum.Session#getTitle()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Session#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see org.harapan.curriculum.Session#getTitleEn()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_TitleEn();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Session#getDurationMinutes <em>Duration Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Minutes</em>'.
	 * @see org.harapan.curriculum.Session#getDurationMinutes()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_DurationMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Session#getHomePractice <em>Home Practice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Home Practice</em>'.
	 * @see org.harapan.curriculum.Session#getHomePractice()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_HomePractice();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Session#getHomePracticeEn <em>Home Practice En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Home Practice En</em>'.
	 * @see org.harapan.curriculum.Session#getHomePracticeEn()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_HomePracticeEn();

	/**
	 * Returns the meta object for the attribute list '{@link org.harapan.curriculum.Session#getPrerequisites <em>Prerequisites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Prerequisites</em>'.
	 * @see org.harapan.curriculum.Session#getPrerequisites()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Prerequisites();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.curriculum.Session#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.harapan.curriculum.Session#getObjectives()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Objectives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.curriculum.Session#getMaterials <em>Materials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Materials</em>'.
	 * @see org.harapan.curriculum.Session#getMaterials()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Materials();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.curriculum.Session#getQuestions <em>Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Questions</em>'.
	 * @see org.harapan.curriculum.Session#getQuestions()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Questions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.harapan.curriculum.Session#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.harapan.curriculum.Session#getSteps()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Steps();

	/**
	 * Returns the meta object for class '{@link org.harapan.curriculum.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see org.harapan.curriculum.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Step#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.harapan.curriculum.Step#getNumber()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Step#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.harapan.curriculum.Step#getTitle()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Step#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see org.harapan.curriculum.Step#getTitleEn()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_TitleEn();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Step#getDurationMinutes <em>Duration Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Minutes</em>'.
	 * @see org.harapan.curriculum.Step#getDurationMinutes()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_DurationMinutes();

	/**
	 * Returns the meta object for class '{@link org.harapan.curriculum.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Objective</em>'.
	 * @see org.harapan.curriculum.Objective
	 * @generated
	 */
	EClass getObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Objective#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.harapan.curriculum.Objective#getText()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Objective#getTextEn <em>Text En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text En</em>'.
	 * @see org.harapan.curriculum.Objective#getTextEn()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_TextEn();

	/**
	 * Returns the meta object for class '{@link org.harapan.curriculum.Material <em>Material</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Material</em>'.
	 * @see org.harapan.curriculum.Material
	 * @generated
	 */
	EClass getMaterial();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Material#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.harapan.curriculum.Material#getKind()
	 * @see #getMaterial()
	 * @generated
	 */
	EAttribute getMaterial_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Material#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.harapan.curriculum.Material#getTitle()
	 * @see #getMaterial()
	 * @generated
	 */
	EAttribute getMaterial_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Material#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see org.harapan.curriculum.Material#getTitleEn()
	 * @see #getMaterial()
	 * @generated
	 */
	EAttribute getMaterial_TitleEn();

	/**
	 * Returns the meta object for class '{@link org.harapan.curriculum.Question <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Question</em>'.
	 * @see org.harapan.curriculum.Question
	 * @generated
	 */
	EClass getQuestion();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Question#getTiming <em>Timing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timing</em>'.
	 * @see org.harapan.curriculum.Question#getTiming()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Timing();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Question#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.harapan.curriculum.Question#getText()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.harapan.curriculum.Question#getTextEn <em>Text En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text En</em>'.
	 * @see org.harapan.curriculum.Question#getTextEn()
	 * @see #getQuestion()
	 * @generated
	 */
	EAttribute getQuestion_TextEn();

	/**
	 * Returns the meta object for enum '{@link org.harapan.curriculum.DocumentStatus <em>Document Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Document Status</em>'.
	 * @see org.harapan.curriculum.DocumentStatus
	 * @generated
	 */
	EEnum getDocumentStatus();

	/**
	 * Returns the meta object for enum '{@link org.harapan.curriculum.MaterialKind <em>Material Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Material Kind</em>'.
	 * @see org.harapan.curriculum.MaterialKind
	 * @generated
	 */
	EEnum getMaterialKind();

	/**
	 * Returns the meta object for enum '{@link org.harapan.curriculum.QuestionTiming <em>Question Timing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Question Timing</em>'.
	 * @see org.harapan.curriculum.QuestionTiming
	 * @generated
	 */
	EEnum getQuestionTiming();

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
	CurriculumFactory getCurriculumFactory();

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
		 * The meta object literal for the '{@link org.harapan.curriculum.impl.CurriculumImpl <em>Curriculum</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.curriculum.impl.CurriculumImpl
		 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getCurriculum()
		 * @generated
		 */
		EClass CURRICULUM = eINSTANCE.getCurriculum();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM__ID = eINSTANCE.getCurriculum_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM__TITLE = eINSTANCE.getCurriculum_Title();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM__TITLE_EN = eINSTANCE.getCurriculum_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM__VERSION = eINSTANCE.getCurriculum_Version();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM__STATUS = eINSTANCE.getCurriculum_Status();

		/**
		 * The meta object literal for the '<em><b>Effective From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM__EFFECTIVE_FROM = eINSTANCE.getCurriculum_EffectiveFrom();

		/**
		 * The meta object literal for the '<em><b>Authority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM__AUTHORITY = eINSTANCE.getCurriculum_Authority();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM__SOURCE = eINSTANCE.getCurriculum_Source();

		/**
		 * The meta object literal for the '<em><b>Region Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM__REGION_CODE = eINSTANCE.getCurriculum_RegionCode();

		/**
		 * The meta object literal for the '<em><b>Based On Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM__BASED_ON_ID = eINSTANCE.getCurriculum_BasedOnId();

		/**
		 * The meta object literal for the '<em><b>Based On Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM__BASED_ON_VERSION = eINSTANCE.getCurriculum_BasedOnVersion();

		/**
		 * The meta object literal for the '<em><b>Include Optional</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM__INCLUDE_OPTIONAL = eINSTANCE.getCurriculum_IncludeOptional();

		/**
		 * The meta object literal for the '<em><b>Months Between Sessions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM__MONTHS_BETWEEN_SESSIONS = eINSTANCE.getCurriculum_MonthsBetweenSessions();

		/**
		 * The meta object literal for the '<em><b>Modules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CURRICULUM__MODULES = eINSTANCE.getCurriculum_Modules();

		/**
		 * The meta object literal for the '<em><b>Optional Modules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CURRICULUM__OPTIONAL_MODULES = eINSTANCE.getCurriculum_OptionalModules();

		/**
		 * The meta object literal for the '{@link org.harapan.curriculum.impl.ModuleImpl <em>Module</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.curriculum.impl.ModuleImpl
		 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getModule()
		 * @generated
		 */
		EClass MODULE = eINSTANCE.getModule();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__NUMBER = eINSTANCE.getModule_Number();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__CODE = eINSTANCE.getModule_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__TITLE = eINSTANCE.getModule_Title();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__TITLE_EN = eINSTANCE.getModule_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Extends National</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE__EXTENDS_NATIONAL = eINSTANCE.getModule_ExtendsNational();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODULE__SESSIONS = eINSTANCE.getModule_Sessions();

		/**
		 * The meta object literal for the '{@link org.harapan.curriculum.impl.SessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.curriculum.impl.SessionImpl
		 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getSession()
		 * @generated
		 */
		EClass SESSION = eINSTANCE.getSession();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__NUMBER = eINSTANCE.getSession_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__TITLE = eINSTANCE.getSession_Title();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__TITLE_EN = eINSTANCE.getSession_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Duration Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__DURATION_MINUTES = eINSTANCE.getSession_DurationMinutes();

		/**
		 * The meta object literal for the '<em><b>Home Practice</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__HOME_PRACTICE = eINSTANCE.getSession_HomePractice();

		/**
		 * The meta object literal for the '<em><b>Home Practice En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__HOME_PRACTICE_EN = eINSTANCE.getSession_HomePracticeEn();

		/**
		 * The meta object literal for the '<em><b>Prerequisites</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__PREREQUISITES = eINSTANCE.getSession_Prerequisites();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__OBJECTIVES = eINSTANCE.getSession_Objectives();

		/**
		 * The meta object literal for the '<em><b>Materials</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__MATERIALS = eINSTANCE.getSession_Materials();

		/**
		 * The meta object literal for the '<em><b>Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__QUESTIONS = eINSTANCE.getSession_Questions();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__STEPS = eINSTANCE.getSession_Steps();

		/**
		 * The meta object literal for the '{@link org.harapan.curriculum.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.curriculum.impl.StepImpl
		 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__NUMBER = eINSTANCE.getStep_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__TITLE = eINSTANCE.getStep_Title();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__TITLE_EN = eINSTANCE.getStep_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Duration Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__DURATION_MINUTES = eINSTANCE.getStep_DurationMinutes();

		/**
		 * The meta object literal for the '{@link org.harapan.curriculum.impl.ObjectiveImpl <em>Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.curriculum.impl.ObjectiveImpl
		 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getObjective()
		 * @generated
		 */
		EClass OBJECTIVE = eINSTANCE.getObjective();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__TEXT = eINSTANCE.getObjective_Text();

		/**
		 * The meta object literal for the '<em><b>Text En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__TEXT_EN = eINSTANCE.getObjective_TextEn();

		/**
		 * The meta object literal for the '{@link org.harapan.curriculum.impl.MaterialImpl <em>Material</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.curriculum.impl.MaterialImpl
		 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getMaterial()
		 * @generated
		 */
		EClass MATERIAL = eINSTANCE.getMaterial();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIAL__KIND = eINSTANCE.getMaterial_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIAL__TITLE = eINSTANCE.getMaterial_Title();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIAL__TITLE_EN = eINSTANCE.getMaterial_TitleEn();

		/**
		 * The meta object literal for the '{@link org.harapan.curriculum.impl.QuestionImpl <em>Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.curriculum.impl.QuestionImpl
		 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getQuestion()
		 * @generated
		 */
		EClass QUESTION = eINSTANCE.getQuestion();

		/**
		 * The meta object literal for the '<em><b>Timing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__TIMING = eINSTANCE.getQuestion_Timing();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__TEXT = eINSTANCE.getQuestion_Text();

		/**
		 * The meta object literal for the '<em><b>Text En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION__TEXT_EN = eINSTANCE.getQuestion_TextEn();

		/**
		 * The meta object literal for the '{@link org.harapan.curriculum.DocumentStatus <em>Document Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.curriculum.DocumentStatus
		 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getDocumentStatus()
		 * @generated
		 */
		EEnum DOCUMENT_STATUS = eINSTANCE.getDocumentStatus();

		/**
		 * The meta object literal for the '{@link org.harapan.curriculum.MaterialKind <em>Material Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.curriculum.MaterialKind
		 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getMaterialKind()
		 * @generated
		 */
		EEnum MATERIAL_KIND = eINSTANCE.getMaterialKind();

		/**
		 * The meta object literal for the '{@link org.harapan.curriculum.QuestionTiming <em>Question Timing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.harapan.curriculum.QuestionTiming
		 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getQuestionTiming()
		 * @generated
		 */
		EEnum QUESTION_TIMING = eINSTANCE.getQuestionTiming();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.harapan.curriculum.impl.CurriculumPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //CurriculumPackage
