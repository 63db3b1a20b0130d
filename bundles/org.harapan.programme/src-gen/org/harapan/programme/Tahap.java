/**
 */
package org.harapan.programme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tahap</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A payment stage: the months it covers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.Tahap#getNumber <em>Number</em>}</li>
 *   <li>{@link org.harapan.programme.Tahap#getFirstMonth <em>First Month</em>}</li>
 *   <li>{@link org.harapan.programme.Tahap#getLastMonth <em>Last Month</em>}</li>
 * </ul>
 *
 * @see org.harapan.programme.ProgrammePackage#getTahap()
 * @model
 * @generated
 */
public interface Tahap extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.harapan.programme.ProgrammePackage#getTahap_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.harapan.programme.Tahap#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>First Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 = January.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Month</em>' attribute.
	 * @see #setFirstMonth(int)
	 * @see org.harapan.programme.ProgrammePackage#getTahap_FirstMonth()
	 * @model
	 * @generated
	 */
	int getFirstMonth();

	/**
	 * Sets the value of the '{@link org.harapan.programme.Tahap#getFirstMonth <em>First Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Month</em>' attribute.
	 * @see #getFirstMonth()
	 * @generated
	 */
	void setFirstMonth(int value);

	/**
	 * Returns the value of the '<em><b>Last Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Month</em>' attribute.
	 * @see #setLastMonth(int)
	 * @see org.harapan.programme.ProgrammePackage#getTahap_LastMonth()
	 * @model
	 * @generated
	 */
	int getLastMonth();

	/**
	 * Sets the value of the '{@link org.harapan.programme.Tahap#getLastMonth <em>Last Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Month</em>' attribute.
	 * @see #getLastMonth()
	 * @generated
	 */
	void setLastMonth(int value);

} // Tahap
