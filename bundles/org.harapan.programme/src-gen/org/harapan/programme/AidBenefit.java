/**
 */
package org.harapan.programme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Aid Benefit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An aid the programme gives: amount, duration, review.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.AidBenefit#getId <em>Id</em>}</li>
 *   <li>{@link org.harapan.programme.AidBenefit#getTitle <em>Title</em>}</li>
 *   <li>{@link org.harapan.programme.AidBenefit#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.harapan.programme.AidBenefit#getAmountRp <em>Amount Rp</em>}</li>
 *   <li>{@link org.harapan.programme.AidBenefit#getDurationDays <em>Duration Days</em>}</li>
 *   <li>{@link org.harapan.programme.AidBenefit#getReviewMonths <em>Review Months</em>}</li>
 *   <li>{@link org.harapan.programme.AidBenefit#isOneOff <em>One Off</em>}</li>
 *   <li>{@link org.harapan.programme.AidBenefit#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.harapan.programme.ProgrammePackage#getAidBenefit()
 * @model
 * @generated
 */
public interface AidBenefit extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.harapan.programme.ProgrammePackage#getAidBenefit_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.harapan.programme.AidBenefit#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.harapan.programme.ProgrammePackage#getAidBenefit_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.harapan.programme.AidBenefit#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title En</em>' attribute.
	 * @see #setTitleEn(String)
	 * @see org.harapan.programme.ProgrammePackage#getAidBenefit_TitleEn()
	 * @model
	 * @generated
	 */
	String getTitleEn();

	/**
	 * Sets the value of the '{@link org.harapan.programme.AidBenefit#getTitleEn <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title En</em>' attribute.
	 * @see #getTitleEn()
	 * @generated
	 */
	void setTitleEn(String value);

	/**
	 * Returns the value of the '<em><b>Amount Rp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Amount in whole Rupiah (per family per period, or once), 0 for aid in kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount Rp</em>' attribute.
	 * @see #setAmountRp(long)
	 * @see org.harapan.programme.ProgrammePackage#getAidBenefit_AmountRp()
	 * @model
	 * @generated
	 */
	long getAmountRp();

	/**
	 * Sets the value of the '{@link org.harapan.programme.AidBenefit#getAmountRp <em>Amount Rp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount Rp</em>' attribute.
	 * @see #getAmountRp()
	 * @generated
	 */
	void setAmountRp(long value);

	/**
	 * Returns the value of the '<em><b>Duration Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long the aid runs (e.g. PMT lokal 56 days), 0 when once or open-ended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Days</em>' attribute.
	 * @see #setDurationDays(int)
	 * @see org.harapan.programme.ProgrammePackage#getAidBenefit_DurationDays()
	 * @model
	 * @generated
	 */
	int getDurationDays();

	/**
	 * Sets the value of the '{@link org.harapan.programme.AidBenefit#getDurationDays <em>Duration Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Days</em>' attribute.
	 * @see #getDurationDays()
	 * @generated
	 */
	void setDurationDays(int value);

	/**
	 * Returns the value of the '<em><b>Review Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reviewed every this many months, 0 when not.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Months</em>' attribute.
	 * @see #setReviewMonths(int)
	 * @see org.harapan.programme.ProgrammePackage#getAidBenefit_ReviewMonths()
	 * @model
	 * @generated
	 */
	int getReviewMonths();

	/**
	 * Sets the value of the '{@link org.harapan.programme.AidBenefit#getReviewMonths <em>Review Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Months</em>' attribute.
	 * @see #getReviewMonths()
	 * @generated
	 */
	void setReviewMonths(int value);

	/**
	 * Returns the value of the '<em><b>One Off</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Given once.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>One Off</em>' attribute.
	 * @see #setOneOff(boolean)
	 * @see org.harapan.programme.ProgrammePackage#getAidBenefit_OneOff()
	 * @model
	 * @generated
	 */
	boolean isOneOff();

	/**
	 * Sets the value of the '{@link org.harapan.programme.AidBenefit#isOneOff <em>One Off</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>One Off</em>' attribute.
	 * @see #isOneOff()
	 * @generated
	 */
	void setOneOff(boolean value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who gets it, in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.harapan.programme.ProgrammePackage#getAidBenefit_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.harapan.programme.AidBenefit#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

} // AidBenefit
