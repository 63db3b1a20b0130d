/**
 */
package org.harapan.programme.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.harapan.programme.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ProgrammeFactoryImpl extends EFactoryImpl implements ProgrammeFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ProgrammeFactory init() {
		try {
			ProgrammeFactory theProgrammeFactory = (ProgrammeFactory)EPackage.Registry.INSTANCE.getEFactory(ProgrammePackage.eNS_URI);
			if (theProgrammeFactory != null) {
				return theProgrammeFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ProgrammeFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProgrammeFactoryImpl() {
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
			case ProgrammePackage.PROGRAMME: return createProgramme();
			case ProgrammePackage.PARAMETER_VERSION: return createParameterVersion();
			case ProgrammePackage.COMPONENT_BENEFIT: return createComponentBenefit();
			case ProgrammePackage.COMPONENT_CAP: return createComponentCap();
			case ProgrammePackage.TAHAP: return createTahap();
			case ProgrammePackage.CONDITIONALITY_RULE: return createConditionalityRule();
			case ProgrammePackage.SANCTION_POLICY: return createSanctionPolicy();
			case ProgrammePackage.GRADUATION_CRITERIA: return createGraduationCriteria();
			case ProgrammePackage.AID_BENEFIT: return createAidBenefit();
			case ProgrammePackage.PARAMETER: return createParameter();
			case ProgrammePackage.PARAMETER_OVERRIDE: return createParameterOverride();
			case ProgrammePackage.SPONSOR: return createSponsor();
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
			case ProgrammePackage.PROGRAMME_KIND:
				return createProgrammeKindFromString(eDataType, initialValue);
			case ProgrammePackage.COMPONENT_KIND:
				return createComponentKindFromString(eDataType, initialValue);
			case ProgrammePackage.COMPONENT_GROUP:
				return createComponentGroupFromString(eDataType, initialValue);
			case ProgrammePackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
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
			case ProgrammePackage.PROGRAMME_KIND:
				return convertProgrammeKindToString(eDataType, instanceValue);
			case ProgrammePackage.COMPONENT_KIND:
				return convertComponentKindToString(eDataType, instanceValue);
			case ProgrammePackage.COMPONENT_GROUP:
				return convertComponentGroupToString(eDataType, instanceValue);
			case ProgrammePackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
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
	public Programme createProgramme() {
		ProgrammeImpl programme = new ProgrammeImpl();
		return programme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParameterVersion createParameterVersion() {
		ParameterVersionImpl parameterVersion = new ParameterVersionImpl();
		return parameterVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentBenefit createComponentBenefit() {
		ComponentBenefitImpl componentBenefit = new ComponentBenefitImpl();
		return componentBenefit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentCap createComponentCap() {
		ComponentCapImpl componentCap = new ComponentCapImpl();
		return componentCap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tahap createTahap() {
		TahapImpl tahap = new TahapImpl();
		return tahap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionalityRule createConditionalityRule() {
		ConditionalityRuleImpl conditionalityRule = new ConditionalityRuleImpl();
		return conditionalityRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SanctionPolicy createSanctionPolicy() {
		SanctionPolicyImpl sanctionPolicy = new SanctionPolicyImpl();
		return sanctionPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GraduationCriteria createGraduationCriteria() {
		GraduationCriteriaImpl graduationCriteria = new GraduationCriteriaImpl();
		return graduationCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AidBenefit createAidBenefit() {
		AidBenefitImpl aidBenefit = new AidBenefitImpl();
		return aidBenefit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Parameter createParameter() {
		ParameterImpl parameter = new ParameterImpl();
		return parameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParameterOverride createParameterOverride() {
		ParameterOverrideImpl parameterOverride = new ParameterOverrideImpl();
		return parameterOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sponsor createSponsor() {
		SponsorImpl sponsor = new SponsorImpl();
		return sponsor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProgrammeKind createProgrammeKindFromString(EDataType eDataType, String initialValue) {
		ProgrammeKind result = ProgrammeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProgrammeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComponentKind createComponentKindFromString(EDataType eDataType, String initialValue) {
		ComponentKind result = ComponentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComponentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComponentGroup createComponentGroupFromString(EDataType eDataType, String initialValue) {
		ComponentGroup result = ComponentGroup.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComponentGroupToString(EDataType eDataType, Object instanceValue) {
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
	@Override
	public ProgrammePackage getProgrammePackage() {
		return (ProgrammePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ProgrammePackage getPackage() {
		return ProgrammePackage.eINSTANCE;
	}

} //ProgrammeFactoryImpl
