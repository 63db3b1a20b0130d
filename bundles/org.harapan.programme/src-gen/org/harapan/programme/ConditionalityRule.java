/**
 */
package org.harapan.programme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conditionality Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A commitment (kewajiban) to verify, for which component, how often and with which threshold.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.ConditionalityRule#getConditionality <em>Conditionality</em>}</li>
 *   <li>{@link org.harapan.programme.ConditionalityRule#getComponent <em>Component</em>}</li>
 *   <li>{@link org.harapan.programme.ConditionalityRule#getVerificationMonths <em>Verification Months</em>}</li>
 *   <li>{@link org.harapan.programme.ConditionalityRule#getThresholdPercent <em>Threshold Percent</em>}</li>
 * </ul>
 *
 * @see org.harapan.programme.ProgrammePackage#getConditionalityRule()
 * @model
 * @generated
 */
public interface ConditionalityRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Conditionality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The conditionality literal of the case model, e.g. schoolAttendance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conditionality</em>' attribute.
	 * @see #setConditionality(String)
	 * @see org.harapan.programme.ProgrammePackage#getConditionalityRule_Conditionality()
	 * @model
	 * @generated
	 */
	String getConditionality();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ConditionalityRule#getConditionality <em>Conditionality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conditionality</em>' attribute.
	 * @see #getConditionality()
	 * @generated
	 */
	void setConditionality(String value);

	/**
	 * Returns the value of the '<em><b>Component</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.programme.ComponentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Component</em>' attribute.
	 * @see org.harapan.programme.ComponentKind
	 * @see #setComponent(ComponentKind)
	 * @see org.harapan.programme.ProgrammePackage#getConditionalityRule_Component()
	 * @model
	 * @generated
	 */
	ComponentKind getComponent();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ConditionalityRule#getComponent <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Component</em>' attribute.
	 * @see org.harapan.programme.ComponentKind
	 * @see #getComponent()
	 * @generated
	 */
	void setComponent(ComponentKind value);

	/**
	 * Returns the value of the '<em><b>Verification Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Verified every this many months.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verification Months</em>' attribute.
	 * @see #setVerificationMonths(int)
	 * @see org.harapan.programme.ProgrammePackage#getConditionalityRule_VerificationMonths()
	 * @model
	 * @generated
	 */
	int getVerificationMonths();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ConditionalityRule#getVerificationMonths <em>Verification Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verification Months</em>' attribute.
	 * @see #getVerificationMonths()
	 * @generated
	 */
	void setVerificationMonths(int value);

	/**
	 * Returns the value of the '<em><b>Threshold Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimum share (e.g. school attendance 85), 0 when not a share.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threshold Percent</em>' attribute.
	 * @see #setThresholdPercent(int)
	 * @see org.harapan.programme.ProgrammePackage#getConditionalityRule_ThresholdPercent()
	 * @model
	 * @generated
	 */
	int getThresholdPercent();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ConditionalityRule#getThresholdPercent <em>Threshold Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold Percent</em>' attribute.
	 * @see #getThresholdPercent()
	 * @generated
	 */
	void setThresholdPercent(int value);

} // ConditionalityRule
