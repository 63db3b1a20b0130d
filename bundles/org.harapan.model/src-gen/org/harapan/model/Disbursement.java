/**
 */
package org.harapan.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disbursement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.model.Disbursement#getYear <em>Year</em>}</li>
 *   <li>{@link org.harapan.model.Disbursement#getTahap <em>Tahap</em>}</li>
 *   <li>{@link org.harapan.model.Disbursement#getAmountRp <em>Amount Rp</em>}</li>
 *   <li>{@link org.harapan.model.Disbursement#getStatus <em>Status</em>}</li>
 *   <li>{@link org.harapan.model.Disbursement#getPaidDate <em>Paid Date</em>}</li>
 * </ul>
 *
 * @see org.harapan.model.HarapanPackage#getDisbursement()
 * @model
 * @generated
 */
public interface Disbursement extends EObject {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.harapan.model.HarapanPackage#getDisbursement_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.harapan.model.Disbursement#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Tahap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Payment stage 1-4 of the year (January, April, July, October).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tahap</em>' attribute.
	 * @see #setTahap(int)
	 * @see org.harapan.model.HarapanPackage#getDisbursement_Tahap()
	 * @model
	 * @generated
	 */
	int getTahap();

	/**
	 * Sets the value of the '{@link org.harapan.model.Disbursement#getTahap <em>Tahap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tahap</em>' attribute.
	 * @see #getTahap()
	 * @generated
	 */
	void setTahap(int value);

	/**
	 * Returns the value of the '<em><b>Amount Rp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Amount in whole Rupiah.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount Rp</em>' attribute.
	 * @see #setAmountRp(long)
	 * @see org.harapan.model.HarapanPackage#getDisbursement_AmountRp()
	 * @model
	 * @generated
	 */
	long getAmountRp();

	/**
	 * Sets the value of the '{@link org.harapan.model.Disbursement#getAmountRp <em>Amount Rp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount Rp</em>' attribute.
	 * @see #getAmountRp()
	 * @generated
	 */
	void setAmountRp(long value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.model.DisbursementStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.harapan.model.DisbursementStatus
	 * @see #setStatus(DisbursementStatus)
	 * @see org.harapan.model.HarapanPackage#getDisbursement_Status()
	 * @model
	 * @generated
	 */
	DisbursementStatus getStatus();

	/**
	 * Sets the value of the '{@link org.harapan.model.Disbursement#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.harapan.model.DisbursementStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(DisbursementStatus value);

	/**
	 * Returns the value of the '<em><b>Paid Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Paid Date</em>' attribute.
	 * @see #setPaidDate(LocalDate)
	 * @see org.harapan.model.HarapanPackage#getDisbursement_PaidDate()
	 * @model dataType="org.harapan.model.LocalDate"
	 * @generated
	 */
	LocalDate getPaidDate();

	/**
	 * Sets the value of the '{@link org.harapan.model.Disbursement#getPaidDate <em>Paid Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paid Date</em>' attribute.
	 * @see #getPaidDate()
	 * @generated
	 */
	void setPaidDate(LocalDate value);

} // Disbursement
