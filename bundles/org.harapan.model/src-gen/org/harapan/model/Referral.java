/**
 */
package org.harapan.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Referral</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.model.Referral#getService <em>Service</em>}</li>
 *   <li>{@link org.harapan.model.Referral#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.harapan.model.Referral#getReferredDate <em>Referred Date</em>}</li>
 *   <li>{@link org.harapan.model.Referral#getStartedDate <em>Started Date</em>}</li>
 *   <li>{@link org.harapan.model.Referral#getEndedDate <em>Ended Date</em>}</li>
 *   <li>{@link org.harapan.model.Referral#getState <em>State</em>}</li>
 *   <li>{@link org.harapan.model.Referral#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.harapan.model.Referral#getSource <em>Source</em>}</li>
 *   <li>{@link org.harapan.model.Referral#getNote <em>Note</em>}</li>
 *   <li>{@link org.harapan.model.Referral#getMember <em>Member</em>}</li>
 * </ul>
 *
 * @see org.harapan.model.HarapanPackage#getReferral()
 * @model
 * @generated
 */
public interface Referral extends EObject {
	/**
	 * Returns the value of the '<em><b>Service</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.model.ReferralService}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service</em>' attribute.
	 * @see org.harapan.model.ReferralService
	 * @see #setService(ReferralService)
	 * @see org.harapan.model.HarapanPackage#getReferral_Service()
	 * @model
	 * @generated
	 */
	ReferralService getService();

	/**
	 * Sets the value of the '{@link org.harapan.model.Referral#getService <em>Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' attribute.
	 * @see org.harapan.model.ReferralService
	 * @see #getService()
	 * @generated
	 */
	void setService(ReferralService value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who delivers the service, e.g. the Puskesmas or the sponsor (orang tua asuh).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see #setProvider(String)
	 * @see org.harapan.model.HarapanPackage#getReferral_Provider()
	 * @model
	 * @generated
	 */
	String getProvider();

	/**
	 * Sets the value of the '{@link org.harapan.model.Referral#getProvider <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' attribute.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(String value);

	/**
	 * Returns the value of the '<em><b>Referred Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Referred Date</em>' attribute.
	 * @see #setReferredDate(LocalDate)
	 * @see org.harapan.model.HarapanPackage#getReferral_ReferredDate()
	 * @model dataType="org.harapan.model.LocalDate"
	 * @generated
	 */
	LocalDate getReferredDate();

	/**
	 * Sets the value of the '{@link org.harapan.model.Referral#getReferredDate <em>Referred Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referred Date</em>' attribute.
	 * @see #getReferredDate()
	 * @generated
	 */
	void setReferredDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Started Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started Date</em>' attribute.
	 * @see #setStartedDate(LocalDate)
	 * @see org.harapan.model.HarapanPackage#getReferral_StartedDate()
	 * @model dataType="org.harapan.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartedDate();

	/**
	 * Sets the value of the '{@link org.harapan.model.Referral#getStartedDate <em>Started Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started Date</em>' attribute.
	 * @see #getStartedDate()
	 * @generated
	 */
	void setStartedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Ended Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ended Date</em>' attribute.
	 * @see #setEndedDate(LocalDate)
	 * @see org.harapan.model.HarapanPackage#getReferral_EndedDate()
	 * @model dataType="org.harapan.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndedDate();

	/**
	 * Sets the value of the '{@link org.harapan.model.Referral#getEndedDate <em>Ended Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ended Date</em>' attribute.
	 * @see #getEndedDate()
	 * @generated
	 */
	void setEndedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.model.ReferralState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.harapan.model.ReferralState
	 * @see #setState(ReferralState)
	 * @see org.harapan.model.HarapanPackage#getReferral_State()
	 * @model
	 * @generated
	 */
	ReferralState getState();

	/**
	 * Sets the value of the '{@link org.harapan.model.Referral#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.harapan.model.ReferralState
	 * @see #getState()
	 * @generated
	 */
	void setState(ReferralState value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.model.ReferralOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.harapan.model.ReferralOutcome
	 * @see #setOutcome(ReferralOutcome)
	 * @see org.harapan.model.HarapanPackage#getReferral_Outcome()
	 * @model
	 * @generated
	 */
	ReferralOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.harapan.model.Referral#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.harapan.model.ReferralOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(ReferralOutcome value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rule set and rule that proposed the referral, empty when a case worker made it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.harapan.model.HarapanPackage#getReferral_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.harapan.model.Referral#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.harapan.model.HarapanPackage#getReferral_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.harapan.model.Referral#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member</em>' reference.
	 * @see #setMember(Member)
	 * @see org.harapan.model.HarapanPackage#getReferral_Member()
	 * @model
	 * @generated
	 */
	Member getMember();

	/**
	 * Sets the value of the '{@link org.harapan.model.Referral#getMember <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member</em>' reference.
	 * @see #getMember()
	 * @generated
	 */
	void setMember(Member value);

} // Referral
