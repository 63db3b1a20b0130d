/**
 */
package org.harapan.programme;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.harapan.programme.ProgrammePackage
 * @generated
 */
public interface ProgrammeFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ProgrammeFactory eINSTANCE = org.harapan.programme.impl.ProgrammeFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Programme</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Programme</em>'.
	 * @generated
	 */
	Programme createProgramme();

	/**
	 * Returns a new object of class '<em>Parameter Version</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter Version</em>'.
	 * @generated
	 */
	ParameterVersion createParameterVersion();

	/**
	 * Returns a new object of class '<em>Component Benefit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Component Benefit</em>'.
	 * @generated
	 */
	ComponentBenefit createComponentBenefit();

	/**
	 * Returns a new object of class '<em>Component Cap</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Component Cap</em>'.
	 * @generated
	 */
	ComponentCap createComponentCap();

	/**
	 * Returns a new object of class '<em>Tahap</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tahap</em>'.
	 * @generated
	 */
	Tahap createTahap();

	/**
	 * Returns a new object of class '<em>Conditionality Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conditionality Rule</em>'.
	 * @generated
	 */
	ConditionalityRule createConditionalityRule();

	/**
	 * Returns a new object of class '<em>Sanction Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sanction Policy</em>'.
	 * @generated
	 */
	SanctionPolicy createSanctionPolicy();

	/**
	 * Returns a new object of class '<em>Graduation Criteria</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Graduation Criteria</em>'.
	 * @generated
	 */
	GraduationCriteria createGraduationCriteria();

	/**
	 * Returns a new object of class '<em>Aid Benefit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Aid Benefit</em>'.
	 * @generated
	 */
	AidBenefit createAidBenefit();

	/**
	 * Returns a new object of class '<em>Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter</em>'.
	 * @generated
	 */
	Parameter createParameter();

	/**
	 * Returns a new object of class '<em>Parameter Override</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter Override</em>'.
	 * @generated
	 */
	ParameterOverride createParameterOverride();

	/**
	 * Returns a new object of class '<em>Sponsor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sponsor</em>'.
	 * @generated
	 */
	Sponsor createSponsor();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ProgrammePackage getProgrammePackage();

} //ProgrammeFactory
