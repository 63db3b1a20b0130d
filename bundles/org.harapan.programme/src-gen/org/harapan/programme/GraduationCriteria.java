/**
 */
package org.harapan.programme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Graduation Criteria</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Criteria for natural graduation and for proposing self-reliance (graduasi sejahtera mandiri).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.GraduationCriteria#getSelfRelianceMinDecile <em>Self Reliance Min Decile</em>}</li>
 *   <li>{@link org.harapan.programme.GraduationCriteria#isOwnIncomeCounts <em>Own Income Counts</em>}</li>
 *   <li>{@link org.harapan.programme.GraduationCriteria#getMonthsWithoutComponent <em>Months Without Component</em>}</li>
 *   <li>{@link org.harapan.programme.GraduationCriteria#isForcedAfterCancellation <em>Forced After Cancellation</em>}</li>
 * </ul>
 *
 * @see org.harapan.programme.ProgrammePackage#getGraduationCriteria()
 * @model
 * @generated
 */
public interface GraduationCriteria extends EObject {
	/**
	 * Returns the value of the '<em><b>Self Reliance Min Decile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A welfare decile from this value up makes a household a self-reliance candidate; 0: not used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Self Reliance Min Decile</em>' attribute.
	 * @see #setSelfRelianceMinDecile(int)
	 * @see org.harapan.programme.ProgrammePackage#getGraduationCriteria_SelfRelianceMinDecile()
	 * @model
	 * @generated
	 */
	int getSelfRelianceMinDecile();

	/**
	 * Sets the value of the '{@link org.harapan.programme.GraduationCriteria#getSelfRelianceMinDecile <em>Self Reliance Min Decile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Self Reliance Min Decile</em>' attribute.
	 * @see #getSelfRelianceMinDecile()
	 * @generated
	 */
	void setSelfRelianceMinDecile(int value);

	/**
	 * Returns the value of the '<em><b>Own Income Counts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A recorded business or wage income makes a household a self-reliance candidate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Own Income Counts</em>' attribute.
	 * @see #setOwnIncomeCounts(boolean)
	 * @see org.harapan.programme.ProgrammePackage#getGraduationCriteria_OwnIncomeCounts()
	 * @model
	 * @generated
	 */
	boolean isOwnIncomeCounts();

	/**
	 * Sets the value of the '{@link org.harapan.programme.GraduationCriteria#isOwnIncomeCounts <em>Own Income Counts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Own Income Counts</em>' attribute.
	 * @see #isOwnIncomeCounts()
	 * @generated
	 */
	void setOwnIncomeCounts(boolean value);

	/**
	 * Returns the value of the '<em><b>Months Without Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Months without any component after which a household is proposed for graduation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Months Without Component</em>' attribute.
	 * @see #setMonthsWithoutComponent(int)
	 * @see org.harapan.programme.ProgrammePackage#getGraduationCriteria_MonthsWithoutComponent()
	 * @model
	 * @generated
	 */
	int getMonthsWithoutComponent();

	/**
	 * Sets the value of the '{@link org.harapan.programme.GraduationCriteria#getMonthsWithoutComponent <em>Months Without Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Months Without Component</em>' attribute.
	 * @see #getMonthsWithoutComponent()
	 * @generated
	 */
	void setMonthsWithoutComponent(int value);

	/**
	 * Returns the value of the '<em><b>Forced After Cancellation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Propose graduasi paksa for a household cancelled for non-compliance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Forced After Cancellation</em>' attribute.
	 * @see #setForcedAfterCancellation(boolean)
	 * @see org.harapan.programme.ProgrammePackage#getGraduationCriteria_ForcedAfterCancellation()
	 * @model
	 * @generated
	 */
	boolean isForcedAfterCancellation();

	/**
	 * Sets the value of the '{@link org.harapan.programme.GraduationCriteria#isForcedAfterCancellation <em>Forced After Cancellation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Forced After Cancellation</em>' attribute.
	 * @see #isForcedAfterCancellation()
	 * @generated
	 */
	void setForcedAfterCancellation(boolean value);

} // GraduationCriteria
