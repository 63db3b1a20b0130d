/**
 */
package org.harapan.programme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sanction Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The sanction ladder over consecutive non-compliant months.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.SanctionPolicy#getCutPercentPerMonth <em>Cut Percent Per Month</em>}</li>
 *   <li>{@link org.harapan.programme.SanctionPolicy#getSuspendAfterMonths <em>Suspend After Months</em>}</li>
 *   <li>{@link org.harapan.programme.SanctionPolicy#getCancelAfterCycles <em>Cancel After Cycles</em>}</li>
 *   <li>{@link org.harapan.programme.SanctionPolicy#getReinstateAfterMonths <em>Reinstate After Months</em>}</li>
 *   <li>{@link org.harapan.programme.SanctionPolicy#isNotVerifiedIsViolation <em>Not Verified Is Violation</em>}</li>
 * </ul>
 *
 * @see org.harapan.programme.ProgrammePackage#getSanctionPolicy()
 * @model
 * @generated
 */
public interface SanctionPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Cut Percent Per Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The payment is cut by this percentage for every non-compliant month of the previous tahap.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cut Percent Per Month</em>' attribute.
	 * @see #setCutPercentPerMonth(int)
	 * @see org.harapan.programme.ProgrammePackage#getSanctionPolicy_CutPercentPerMonth()
	 * @model
	 * @generated
	 */
	int getCutPercentPerMonth();

	/**
	 * Sets the value of the '{@link org.harapan.programme.SanctionPolicy#getCutPercentPerMonth <em>Cut Percent Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cut Percent Per Month</em>' attribute.
	 * @see #getCutPercentPerMonth()
	 * @generated
	 */
	void setCutPercentPerMonth(int value);

	/**
	 * Returns the value of the '<em><b>Suspend After Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Consecutive non-compliant months (one cycle) after which payment is suspended (penangguhan).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suspend After Months</em>' attribute.
	 * @see #setSuspendAfterMonths(int)
	 * @see org.harapan.programme.ProgrammePackage#getSanctionPolicy_SuspendAfterMonths()
	 * @model
	 * @generated
	 */
	int getSuspendAfterMonths();

	/**
	 * Sets the value of the '{@link org.harapan.programme.SanctionPolicy#getSuspendAfterMonths <em>Suspend After Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suspend After Months</em>' attribute.
	 * @see #getSuspendAfterMonths()
	 * @generated
	 */
	void setSuspendAfterMonths(int value);

	/**
	 * Returns the value of the '<em><b>Cancel After Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cycles of non-compliance after which membership is cancelled (pembatalan).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cancel After Cycles</em>' attribute.
	 * @see #setCancelAfterCycles(int)
	 * @see org.harapan.programme.ProgrammePackage#getSanctionPolicy_CancelAfterCycles()
	 * @model
	 * @generated
	 */
	int getCancelAfterCycles();

	/**
	 * Sets the value of the '{@link org.harapan.programme.SanctionPolicy#getCancelAfterCycles <em>Cancel After Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cancel After Cycles</em>' attribute.
	 * @see #getCancelAfterCycles()
	 * @generated
	 */
	void setCancelAfterCycles(int value);

	/**
	 * Returns the value of the '<em><b>Reinstate After Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Compliant months after which a suspended household is reinstated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reinstate After Months</em>' attribute.
	 * @see #setReinstateAfterMonths(int)
	 * @see org.harapan.programme.ProgrammePackage#getSanctionPolicy_ReinstateAfterMonths()
	 * @model
	 * @generated
	 */
	int getReinstateAfterMonths();

	/**
	 * Sets the value of the '{@link org.harapan.programme.SanctionPolicy#getReinstateAfterMonths <em>Reinstate After Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reinstate After Months</em>' attribute.
	 * @see #getReinstateAfterMonths()
	 * @generated
	 */
	void setReinstateAfterMonths(int value);

	/**
	 * Returns the value of the '<em><b>Not Verified Is Violation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a month with no verification record counts as non-compliance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Not Verified Is Violation</em>' attribute.
	 * @see #setNotVerifiedIsViolation(boolean)
	 * @see org.harapan.programme.ProgrammePackage#getSanctionPolicy_NotVerifiedIsViolation()
	 * @model
	 * @generated
	 */
	boolean isNotVerifiedIsViolation();

	/**
	 * Sets the value of the '{@link org.harapan.programme.SanctionPolicy#isNotVerifiedIsViolation <em>Not Verified Is Violation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Verified Is Violation</em>' attribute.
	 * @see #isNotVerifiedIsViolation()
	 * @generated
	 */
	void setNotVerifiedIsViolation(boolean value);

} // SanctionPolicy
