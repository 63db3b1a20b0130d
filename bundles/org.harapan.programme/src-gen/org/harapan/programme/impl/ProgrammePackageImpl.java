/**
 */
package org.harapan.programme.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.harapan.programme.AidBenefit;
import org.harapan.programme.ComponentBenefit;
import org.harapan.programme.ComponentCap;
import org.harapan.programme.ComponentGroup;
import org.harapan.programme.ComponentKind;
import org.harapan.programme.ConditionalityRule;
import org.harapan.programme.GraduationCriteria;
import org.harapan.programme.Parameter;
import org.harapan.programme.ParameterOverride;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.ProgrammeFactory;
import org.harapan.programme.ProgrammeKind;
import org.harapan.programme.ProgrammePackage;
import org.harapan.programme.SanctionPolicy;
import org.harapan.programme.Sponsor;
import org.harapan.programme.Tahap;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ProgrammePackageImpl extends EPackageImpl implements ProgrammePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass programmeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterVersionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass componentBenefitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass componentCapEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tahapEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionalityRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sanctionPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass graduationCriteriaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass aidBenefitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterOverrideEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sponsorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum programmeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum componentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum componentGroupEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

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
	 * @see org.harapan.programme.ProgrammePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ProgrammePackageImpl() {
		super(eNS_URI, ProgrammeFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ProgrammePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ProgrammePackage init() {
		if (isInited) return (ProgrammePackage)EPackage.Registry.INSTANCE.getEPackage(ProgrammePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredProgrammePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ProgrammePackageImpl theProgrammePackage = registeredProgrammePackage instanceof ProgrammePackageImpl ? (ProgrammePackageImpl)registeredProgrammePackage : new ProgrammePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theProgrammePackage.createPackageContents();

		// Initialize created meta-data
		theProgrammePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theProgrammePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ProgrammePackage.eNS_URI, theProgrammePackage);
		return theProgrammePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProgramme() {
		return programmeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_Id() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_Title() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_TitleEn() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_Kind() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_RegionCode() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_Authority() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_Source() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Versions() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Sponsors() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameterVersion() {
		return parameterVersionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterVersion_EffectiveFrom() {
		return (EAttribute)parameterVersionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterVersion_Note() {
		return (EAttribute)parameterVersionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParameterVersion_Components() {
		return (EReference)parameterVersionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParameterVersion_Caps() {
		return (EReference)parameterVersionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterVersion_MaxComponents() {
		return (EAttribute)parameterVersionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterVersion_FixedPerFamilyRp() {
		return (EAttribute)parameterVersionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterVersion_FixedPaidInTahap() {
		return (EAttribute)parameterVersionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParameterVersion_Tahaps() {
		return (EReference)parameterVersionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParameterVersion_Conditionalities() {
		return (EReference)parameterVersionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParameterVersion_Sanction() {
		return (EReference)parameterVersionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParameterVersion_Graduation() {
		return (EReference)parameterVersionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParameterVersion_Aids() {
		return (EReference)parameterVersionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParameterVersion_Parameters() {
		return (EReference)parameterVersionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getParameterVersion_Overrides() {
		return (EReference)parameterVersionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComponentBenefit() {
		return componentBenefitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentBenefit_Component() {
		return (EAttribute)componentBenefitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentBenefit_Group() {
		return (EAttribute)componentBenefitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentBenefit_AnnualIndexRp() {
		return (EAttribute)componentBenefitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentBenefit_MinAgeYears() {
		return (EAttribute)componentBenefitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentBenefit_MaxAgeYears() {
		return (EAttribute)componentBenefitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComponentCap() {
		return componentCapEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentCap_Component() {
		return (EAttribute)componentCapEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComponentCap_MaxCount() {
		return (EAttribute)componentCapEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTahap() {
		return tahapEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTahap_Number() {
		return (EAttribute)tahapEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTahap_FirstMonth() {
		return (EAttribute)tahapEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTahap_LastMonth() {
		return (EAttribute)tahapEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConditionalityRule() {
		return conditionalityRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConditionalityRule_Conditionality() {
		return (EAttribute)conditionalityRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConditionalityRule_Component() {
		return (EAttribute)conditionalityRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConditionalityRule_VerificationMonths() {
		return (EAttribute)conditionalityRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConditionalityRule_ThresholdPercent() {
		return (EAttribute)conditionalityRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSanctionPolicy() {
		return sanctionPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSanctionPolicy_CutPercentPerMonth() {
		return (EAttribute)sanctionPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSanctionPolicy_SuspendAfterMonths() {
		return (EAttribute)sanctionPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSanctionPolicy_CancelAfterCycles() {
		return (EAttribute)sanctionPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSanctionPolicy_ReinstateAfterMonths() {
		return (EAttribute)sanctionPolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSanctionPolicy_NotVerifiedIsViolation() {
		return (EAttribute)sanctionPolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGraduationCriteria() {
		return graduationCriteriaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraduationCriteria_SelfRelianceMinDecile() {
		return (EAttribute)graduationCriteriaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraduationCriteria_OwnIncomeCounts() {
		return (EAttribute)graduationCriteriaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraduationCriteria_MonthsWithoutComponent() {
		return (EAttribute)graduationCriteriaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGraduationCriteria_ForcedAfterCancellation() {
		return (EAttribute)graduationCriteriaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAidBenefit() {
		return aidBenefitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAidBenefit_Id() {
		return (EAttribute)aidBenefitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAidBenefit_Title() {
		return (EAttribute)aidBenefitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAidBenefit_TitleEn() {
		return (EAttribute)aidBenefitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAidBenefit_AmountRp() {
		return (EAttribute)aidBenefitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAidBenefit_DurationDays() {
		return (EAttribute)aidBenefitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAidBenefit_ReviewMonths() {
		return (EAttribute)aidBenefitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAidBenefit_OneOff() {
		return (EAttribute)aidBenefitEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAidBenefit_Target() {
		return (EAttribute)aidBenefitEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameter() {
		return parameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Key() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Value() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Overridable() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Description() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameterOverride() {
		return parameterOverrideEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterOverride_ProgrammeId() {
		return (EAttribute)parameterOverrideEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterOverride_Key() {
		return (EAttribute)parameterOverrideEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterOverride_Value() {
		return (EAttribute)parameterOverrideEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSponsor() {
		return sponsorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSponsor_Name() {
		return (EAttribute)sponsorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSponsor_DesaCode() {
		return (EAttribute)sponsorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSponsor_DesaName() {
		return (EAttribute)sponsorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSponsor_Aid() {
		return (EAttribute)sponsorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProgrammeKind() {
		return programmeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComponentKind() {
		return componentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComponentGroup() {
		return componentGroupEEnum;
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
	public ProgrammeFactory getProgrammeFactory() {
		return (ProgrammeFactory)getEFactoryInstance();
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
		programmeEClass = createEClass(PROGRAMME);
		createEAttribute(programmeEClass, PROGRAMME__ID);
		createEAttribute(programmeEClass, PROGRAMME__TITLE);
		createEAttribute(programmeEClass, PROGRAMME__TITLE_EN);
		createEAttribute(programmeEClass, PROGRAMME__KIND);
		createEAttribute(programmeEClass, PROGRAMME__REGION_CODE);
		createEAttribute(programmeEClass, PROGRAMME__AUTHORITY);
		createEAttribute(programmeEClass, PROGRAMME__SOURCE);
		createEReference(programmeEClass, PROGRAMME__VERSIONS);
		createEReference(programmeEClass, PROGRAMME__SPONSORS);

		parameterVersionEClass = createEClass(PARAMETER_VERSION);
		createEAttribute(parameterVersionEClass, PARAMETER_VERSION__EFFECTIVE_FROM);
		createEAttribute(parameterVersionEClass, PARAMETER_VERSION__NOTE);
		createEReference(parameterVersionEClass, PARAMETER_VERSION__COMPONENTS);
		createEReference(parameterVersionEClass, PARAMETER_VERSION__CAPS);
		createEAttribute(parameterVersionEClass, PARAMETER_VERSION__MAX_COMPONENTS);
		createEAttribute(parameterVersionEClass, PARAMETER_VERSION__FIXED_PER_FAMILY_RP);
		createEAttribute(parameterVersionEClass, PARAMETER_VERSION__FIXED_PAID_IN_TAHAP);
		createEReference(parameterVersionEClass, PARAMETER_VERSION__TAHAPS);
		createEReference(parameterVersionEClass, PARAMETER_VERSION__CONDITIONALITIES);
		createEReference(parameterVersionEClass, PARAMETER_VERSION__SANCTION);
		createEReference(parameterVersionEClass, PARAMETER_VERSION__GRADUATION);
		createEReference(parameterVersionEClass, PARAMETER_VERSION__AIDS);
		createEReference(parameterVersionEClass, PARAMETER_VERSION__PARAMETERS);
		createEReference(parameterVersionEClass, PARAMETER_VERSION__OVERRIDES);

		componentBenefitEClass = createEClass(COMPONENT_BENEFIT);
		createEAttribute(componentBenefitEClass, COMPONENT_BENEFIT__COMPONENT);
		createEAttribute(componentBenefitEClass, COMPONENT_BENEFIT__GROUP);
		createEAttribute(componentBenefitEClass, COMPONENT_BENEFIT__ANNUAL_INDEX_RP);
		createEAttribute(componentBenefitEClass, COMPONENT_BENEFIT__MIN_AGE_YEARS);
		createEAttribute(componentBenefitEClass, COMPONENT_BENEFIT__MAX_AGE_YEARS);

		componentCapEClass = createEClass(COMPONENT_CAP);
		createEAttribute(componentCapEClass, COMPONENT_CAP__COMPONENT);
		createEAttribute(componentCapEClass, COMPONENT_CAP__MAX_COUNT);

		tahapEClass = createEClass(TAHAP);
		createEAttribute(tahapEClass, TAHAP__NUMBER);
		createEAttribute(tahapEClass, TAHAP__FIRST_MONTH);
		createEAttribute(tahapEClass, TAHAP__LAST_MONTH);

		conditionalityRuleEClass = createEClass(CONDITIONALITY_RULE);
		createEAttribute(conditionalityRuleEClass, CONDITIONALITY_RULE__CONDITIONALITY);
		createEAttribute(conditionalityRuleEClass, CONDITIONALITY_RULE__COMPONENT);
		createEAttribute(conditionalityRuleEClass, CONDITIONALITY_RULE__VERIFICATION_MONTHS);
		createEAttribute(conditionalityRuleEClass, CONDITIONALITY_RULE__THRESHOLD_PERCENT);

		sanctionPolicyEClass = createEClass(SANCTION_POLICY);
		createEAttribute(sanctionPolicyEClass, SANCTION_POLICY__CUT_PERCENT_PER_MONTH);
		createEAttribute(sanctionPolicyEClass, SANCTION_POLICY__SUSPEND_AFTER_MONTHS);
		createEAttribute(sanctionPolicyEClass, SANCTION_POLICY__CANCEL_AFTER_CYCLES);
		createEAttribute(sanctionPolicyEClass, SANCTION_POLICY__REINSTATE_AFTER_MONTHS);
		createEAttribute(sanctionPolicyEClass, SANCTION_POLICY__NOT_VERIFIED_IS_VIOLATION);

		graduationCriteriaEClass = createEClass(GRADUATION_CRITERIA);
		createEAttribute(graduationCriteriaEClass, GRADUATION_CRITERIA__SELF_RELIANCE_MIN_DECILE);
		createEAttribute(graduationCriteriaEClass, GRADUATION_CRITERIA__OWN_INCOME_COUNTS);
		createEAttribute(graduationCriteriaEClass, GRADUATION_CRITERIA__MONTHS_WITHOUT_COMPONENT);
		createEAttribute(graduationCriteriaEClass, GRADUATION_CRITERIA__FORCED_AFTER_CANCELLATION);

		aidBenefitEClass = createEClass(AID_BENEFIT);
		createEAttribute(aidBenefitEClass, AID_BENEFIT__ID);
		createEAttribute(aidBenefitEClass, AID_BENEFIT__TITLE);
		createEAttribute(aidBenefitEClass, AID_BENEFIT__TITLE_EN);
		createEAttribute(aidBenefitEClass, AID_BENEFIT__AMOUNT_RP);
		createEAttribute(aidBenefitEClass, AID_BENEFIT__DURATION_DAYS);
		createEAttribute(aidBenefitEClass, AID_BENEFIT__REVIEW_MONTHS);
		createEAttribute(aidBenefitEClass, AID_BENEFIT__ONE_OFF);
		createEAttribute(aidBenefitEClass, AID_BENEFIT__TARGET);

		parameterEClass = createEClass(PARAMETER);
		createEAttribute(parameterEClass, PARAMETER__KEY);
		createEAttribute(parameterEClass, PARAMETER__VALUE);
		createEAttribute(parameterEClass, PARAMETER__OVERRIDABLE);
		createEAttribute(parameterEClass, PARAMETER__DESCRIPTION);

		parameterOverrideEClass = createEClass(PARAMETER_OVERRIDE);
		createEAttribute(parameterOverrideEClass, PARAMETER_OVERRIDE__PROGRAMME_ID);
		createEAttribute(parameterOverrideEClass, PARAMETER_OVERRIDE__KEY);
		createEAttribute(parameterOverrideEClass, PARAMETER_OVERRIDE__VALUE);

		sponsorEClass = createEClass(SPONSOR);
		createEAttribute(sponsorEClass, SPONSOR__NAME);
		createEAttribute(sponsorEClass, SPONSOR__DESA_CODE);
		createEAttribute(sponsorEClass, SPONSOR__DESA_NAME);
		createEAttribute(sponsorEClass, SPONSOR__AID);

		// Create enums
		programmeKindEEnum = createEEnum(PROGRAMME_KIND);
		componentKindEEnum = createEEnum(COMPONENT_KIND);
		componentGroupEEnum = createEEnum(COMPONENT_GROUP);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
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
		initEClass(programmeEClass, Programme.class, "Programme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProgramme_Id(), ecorePackage.getEString(), "id", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_Title(), ecorePackage.getEString(), "title", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_TitleEn(), ecorePackage.getEString(), "titleEn", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_Kind(), this.getProgrammeKind(), "kind", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_RegionCode(), ecorePackage.getEString(), "regionCode", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_Authority(), ecorePackage.getEString(), "authority", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_Source(), ecorePackage.getEString(), "source", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Versions(), this.getParameterVersion(), null, "versions", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Sponsors(), this.getSponsor(), null, "sponsors", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(parameterVersionEClass, ParameterVersion.class, "ParameterVersion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParameterVersion_EffectiveFrom(), this.getLocalDate(), "effectiveFrom", null, 0, 1, ParameterVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameterVersion_Note(), ecorePackage.getEString(), "note", null, 0, 1, ParameterVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParameterVersion_Components(), this.getComponentBenefit(), null, "components", null, 0, -1, ParameterVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParameterVersion_Caps(), this.getComponentCap(), null, "caps", null, 0, -1, ParameterVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameterVersion_MaxComponents(), ecorePackage.getEInt(), "maxComponents", null, 0, 1, ParameterVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameterVersion_FixedPerFamilyRp(), ecorePackage.getELong(), "fixedPerFamilyRp", null, 0, 1, ParameterVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameterVersion_FixedPaidInTahap(), ecorePackage.getEInt(), "fixedPaidInTahap", null, 0, 1, ParameterVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParameterVersion_Tahaps(), this.getTahap(), null, "tahaps", null, 0, -1, ParameterVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParameterVersion_Conditionalities(), this.getConditionalityRule(), null, "conditionalities", null, 0, -1, ParameterVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParameterVersion_Sanction(), this.getSanctionPolicy(), null, "sanction", null, 0, 1, ParameterVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParameterVersion_Graduation(), this.getGraduationCriteria(), null, "graduation", null, 0, 1, ParameterVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParameterVersion_Aids(), this.getAidBenefit(), null, "aids", null, 0, -1, ParameterVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParameterVersion_Parameters(), this.getParameter(), null, "parameters", null, 0, -1, ParameterVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getParameterVersion_Overrides(), this.getParameterOverride(), null, "overrides", null, 0, -1, ParameterVersion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(componentBenefitEClass, ComponentBenefit.class, "ComponentBenefit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComponentBenefit_Component(), this.getComponentKind(), "component", null, 0, 1, ComponentBenefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponentBenefit_Group(), this.getComponentGroup(), "group", null, 0, 1, ComponentBenefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponentBenefit_AnnualIndexRp(), ecorePackage.getELong(), "annualIndexRp", null, 0, 1, ComponentBenefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponentBenefit_MinAgeYears(), ecorePackage.getEInt(), "minAgeYears", "-1", 0, 1, ComponentBenefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponentBenefit_MaxAgeYears(), ecorePackage.getEInt(), "maxAgeYears", "-1", 0, 1, ComponentBenefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(componentCapEClass, ComponentCap.class, "ComponentCap", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComponentCap_Component(), this.getComponentKind(), "component", null, 0, 1, ComponentCap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComponentCap_MaxCount(), ecorePackage.getEInt(), "maxCount", null, 0, 1, ComponentCap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tahapEClass, Tahap.class, "Tahap", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTahap_Number(), ecorePackage.getEInt(), "number", null, 0, 1, Tahap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTahap_FirstMonth(), ecorePackage.getEInt(), "firstMonth", null, 0, 1, Tahap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTahap_LastMonth(), ecorePackage.getEInt(), "lastMonth", null, 0, 1, Tahap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conditionalityRuleEClass, ConditionalityRule.class, "ConditionalityRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConditionalityRule_Conditionality(), ecorePackage.getEString(), "conditionality", null, 0, 1, ConditionalityRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConditionalityRule_Component(), this.getComponentKind(), "component", null, 0, 1, ConditionalityRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConditionalityRule_VerificationMonths(), ecorePackage.getEInt(), "verificationMonths", null, 0, 1, ConditionalityRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConditionalityRule_ThresholdPercent(), ecorePackage.getEInt(), "thresholdPercent", null, 0, 1, ConditionalityRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sanctionPolicyEClass, SanctionPolicy.class, "SanctionPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSanctionPolicy_CutPercentPerMonth(), ecorePackage.getEInt(), "cutPercentPerMonth", null, 0, 1, SanctionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSanctionPolicy_SuspendAfterMonths(), ecorePackage.getEInt(), "suspendAfterMonths", null, 0, 1, SanctionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSanctionPolicy_CancelAfterCycles(), ecorePackage.getEInt(), "cancelAfterCycles", null, 0, 1, SanctionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSanctionPolicy_ReinstateAfterMonths(), ecorePackage.getEInt(), "reinstateAfterMonths", null, 0, 1, SanctionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSanctionPolicy_NotVerifiedIsViolation(), ecorePackage.getEBoolean(), "notVerifiedIsViolation", null, 0, 1, SanctionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(graduationCriteriaEClass, GraduationCriteria.class, "GraduationCriteria", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGraduationCriteria_SelfRelianceMinDecile(), ecorePackage.getEInt(), "selfRelianceMinDecile", null, 0, 1, GraduationCriteria.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraduationCriteria_OwnIncomeCounts(), ecorePackage.getEBoolean(), "ownIncomeCounts", null, 0, 1, GraduationCriteria.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraduationCriteria_MonthsWithoutComponent(), ecorePackage.getEInt(), "monthsWithoutComponent", null, 0, 1, GraduationCriteria.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGraduationCriteria_ForcedAfterCancellation(), ecorePackage.getEBoolean(), "forcedAfterCancellation", null, 0, 1, GraduationCriteria.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(aidBenefitEClass, AidBenefit.class, "AidBenefit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAidBenefit_Id(), ecorePackage.getEString(), "id", null, 0, 1, AidBenefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAidBenefit_Title(), ecorePackage.getEString(), "title", null, 0, 1, AidBenefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAidBenefit_TitleEn(), ecorePackage.getEString(), "titleEn", null, 0, 1, AidBenefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAidBenefit_AmountRp(), ecorePackage.getELong(), "amountRp", null, 0, 1, AidBenefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAidBenefit_DurationDays(), ecorePackage.getEInt(), "durationDays", null, 0, 1, AidBenefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAidBenefit_ReviewMonths(), ecorePackage.getEInt(), "reviewMonths", null, 0, 1, AidBenefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAidBenefit_OneOff(), ecorePackage.getEBoolean(), "oneOff", null, 0, 1, AidBenefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAidBenefit_Target(), ecorePackage.getEString(), "target", null, 0, 1, AidBenefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(parameterEClass, Parameter.class, "Parameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParameter_Key(), ecorePackage.getEString(), "key", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Value(), ecorePackage.getEString(), "value", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Overridable(), ecorePackage.getEBoolean(), "overridable", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Description(), ecorePackage.getEString(), "description", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(parameterOverrideEClass, ParameterOverride.class, "ParameterOverride", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParameterOverride_ProgrammeId(), ecorePackage.getEString(), "programmeId", null, 0, 1, ParameterOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameterOverride_Key(), ecorePackage.getEString(), "key", null, 0, 1, ParameterOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameterOverride_Value(), ecorePackage.getEString(), "value", null, 0, 1, ParameterOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sponsorEClass, Sponsor.class, "Sponsor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSponsor_Name(), ecorePackage.getEString(), "name", null, 0, 1, Sponsor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSponsor_DesaCode(), ecorePackage.getEString(), "desaCode", null, 0, 1, Sponsor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSponsor_DesaName(), ecorePackage.getEString(), "desaName", null, 0, 1, Sponsor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSponsor_Aid(), ecorePackage.getEString(), "aid", null, 0, 1, Sponsor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(programmeKindEEnum, ProgrammeKind.class, "ProgrammeKind");
		addEEnumLiteral(programmeKindEEnum, ProgrammeKind.CASH_TRANSFER);
		addEEnumLiteral(programmeKindEEnum, ProgrammeKind.FOOD_AID);
		addEEnumLiteral(programmeKindEEnum, ProgrammeKind.SUPPLEMENTARY_FEEDING);
		addEEnumLiteral(programmeKindEEnum, ProgrammeKind.SPONSORSHIP);
		addEEnumLiteral(programmeKindEEnum, ProgrammeKind.REFERRAL);
		addEEnumLiteral(programmeKindEEnum, ProgrammeKind.OTHER);

		initEEnum(componentKindEEnum, ComponentKind.class, "ComponentKind");
		addEEnumLiteral(componentKindEEnum, ComponentKind.PREGNANT);
		addEEnumLiteral(componentKindEEnum, ComponentKind.EARLY_CHILDHOOD);
		addEEnumLiteral(componentKindEEnum, ComponentKind.PRIMARY_SCHOOL);
		addEEnumLiteral(componentKindEEnum, ComponentKind.JUNIOR_SECONDARY_SCHOOL);
		addEEnumLiteral(componentKindEEnum, ComponentKind.SENIOR_SECONDARY_SCHOOL);
		addEEnumLiteral(componentKindEEnum, ComponentKind.SEVERE_DISABILITY);
		addEEnumLiteral(componentKindEEnum, ComponentKind.ELDERLY);

		initEEnum(componentGroupEEnum, ComponentGroup.class, "ComponentGroup");
		addEEnumLiteral(componentGroupEEnum, ComponentGroup.HEALTH);
		addEEnumLiteral(componentGroupEEnum, ComponentGroup.EDUCATION);
		addEEnumLiteral(componentGroupEEnum, ComponentGroup.WELFARE);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //ProgrammePackageImpl
