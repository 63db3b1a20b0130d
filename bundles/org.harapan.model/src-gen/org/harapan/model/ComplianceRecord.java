/**
 */
package org.harapan.model;

import java.time.YearMonth;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Compliance Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Result of verifying one commitment (verifikasi komitmen) for one month.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.model.ComplianceRecord#getMonth <em>Month</em>}</li>
 *   <li>{@link org.harapan.model.ComplianceRecord#getConditionality <em>Conditionality</em>}</li>
 *   <li>{@link org.harapan.model.ComplianceRecord#getStatus <em>Status</em>}</li>
 *   <li>{@link org.harapan.model.ComplianceRecord#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.harapan.model.ComplianceRecord#getMember <em>Member</em>}</li>
 * </ul>
 *
 * @see org.harapan.model.HarapanPackage#getComplianceRecord()
 * @model
 * @generated
 */
public interface ComplianceRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(YearMonth)
	 * @see org.harapan.model.HarapanPackage#getComplianceRecord_Month()
	 * @model dataType="org.harapan.model.YearMonth"
	 * @generated
	 */
	YearMonth getMonth();

	/**
	 * Sets the value of the '{@link org.harapan.model.ComplianceRecord#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(YearMonth value);

	/**
	 * Returns the value of the '<em><b>Conditionality</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.model.Conditionality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditionality</em>' attribute.
	 * @see org.harapan.model.Conditionality
	 * @see #setConditionality(Conditionality)
	 * @see org.harapan.model.HarapanPackage#getComplianceRecord_Conditionality()
	 * @model
	 * @generated
	 */
	Conditionality getConditionality();

	/**
	 * Sets the value of the '{@link org.harapan.model.ComplianceRecord#getConditionality <em>Conditionality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conditionality</em>' attribute.
	 * @see org.harapan.model.Conditionality
	 * @see #getConditionality()
	 * @generated
	 */
	void setConditionality(Conditionality value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.model.ComplianceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.harapan.model.ComplianceStatus
	 * @see #setStatus(ComplianceStatus)
	 * @see org.harapan.model.HarapanPackage#getComplianceRecord_Status()
	 * @model
	 * @generated
	 */
	ComplianceStatus getStatus();

	/**
	 * Sets the value of the '{@link org.harapan.model.ComplianceRecord#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.harapan.model.ComplianceStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ComplianceStatus value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.harapan.model.HarapanPackage#getComplianceRecord_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.harapan.model.ComplianceRecord#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

	/**
	 * Returns the value of the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member</em>' reference.
	 * @see #setMember(Member)
	 * @see org.harapan.model.HarapanPackage#getComplianceRecord_Member()
	 * @model
	 * @generated
	 */
	Member getMember();

	/**
	 * Sets the value of the '{@link org.harapan.model.ComplianceRecord#getMember <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member</em>' reference.
	 * @see #getMember()
	 * @generated
	 */
	void setMember(Member value);

} // ComplianceRecord
