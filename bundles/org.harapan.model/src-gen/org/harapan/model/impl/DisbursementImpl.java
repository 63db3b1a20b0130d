/**
 */
package org.harapan.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.harapan.model.Disbursement;
import org.harapan.model.DisbursementStatus;
import org.harapan.model.HarapanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Disbursement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.model.impl.DisbursementImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.harapan.model.impl.DisbursementImpl#getTahap <em>Tahap</em>}</li>
 *   <li>{@link org.harapan.model.impl.DisbursementImpl#getAmountRp <em>Amount Rp</em>}</li>
 *   <li>{@link org.harapan.model.impl.DisbursementImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.harapan.model.impl.DisbursementImpl#getPaidDate <em>Paid Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DisbursementImpl extends MinimalEObjectImpl.Container implements Disbursement {
	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTahap() <em>Tahap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTahap()
	 * @generated
	 * @ordered
	 */
	protected static final int TAHAP_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTahap() <em>Tahap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTahap()
	 * @generated
	 * @ordered
	 */
	protected int tahap = TAHAP_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmountRp() <em>Amount Rp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmountRp()
	 * @generated
	 * @ordered
	 */
	protected static final long AMOUNT_RP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAmountRp() <em>Amount Rp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmountRp()
	 * @generated
	 * @ordered
	 */
	protected long amountRp = AMOUNT_RP_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final DisbursementStatus STATUS_EDEFAULT = DisbursementStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected DisbursementStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPaidDate() <em>Paid Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaidDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PAID_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPaidDate() <em>Paid Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaidDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate paidDate = PAID_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DisbursementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HarapanPackage.Literals.DISBURSEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.DISBURSEMENT__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTahap() {
		return tahap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTahap(int newTahap) {
		int oldTahap = tahap;
		tahap = newTahap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.DISBURSEMENT__TAHAP, oldTahap, tahap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAmountRp() {
		return amountRp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmountRp(long newAmountRp) {
		long oldAmountRp = amountRp;
		amountRp = newAmountRp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.DISBURSEMENT__AMOUNT_RP, oldAmountRp, amountRp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DisbursementStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(DisbursementStatus newStatus) {
		DisbursementStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.DISBURSEMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPaidDate() {
		return paidDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPaidDate(LocalDate newPaidDate) {
		LocalDate oldPaidDate = paidDate;
		paidDate = newPaidDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.DISBURSEMENT__PAID_DATE, oldPaidDate, paidDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HarapanPackage.DISBURSEMENT__YEAR:
				return getYear();
			case HarapanPackage.DISBURSEMENT__TAHAP:
				return getTahap();
			case HarapanPackage.DISBURSEMENT__AMOUNT_RP:
				return getAmountRp();
			case HarapanPackage.DISBURSEMENT__STATUS:
				return getStatus();
			case HarapanPackage.DISBURSEMENT__PAID_DATE:
				return getPaidDate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HarapanPackage.DISBURSEMENT__YEAR:
				setYear((Integer)newValue);
				return;
			case HarapanPackage.DISBURSEMENT__TAHAP:
				setTahap((Integer)newValue);
				return;
			case HarapanPackage.DISBURSEMENT__AMOUNT_RP:
				setAmountRp((Long)newValue);
				return;
			case HarapanPackage.DISBURSEMENT__STATUS:
				setStatus((DisbursementStatus)newValue);
				return;
			case HarapanPackage.DISBURSEMENT__PAID_DATE:
				setPaidDate((LocalDate)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case HarapanPackage.DISBURSEMENT__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case HarapanPackage.DISBURSEMENT__TAHAP:
				setTahap(TAHAP_EDEFAULT);
				return;
			case HarapanPackage.DISBURSEMENT__AMOUNT_RP:
				setAmountRp(AMOUNT_RP_EDEFAULT);
				return;
			case HarapanPackage.DISBURSEMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case HarapanPackage.DISBURSEMENT__PAID_DATE:
				setPaidDate(PAID_DATE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case HarapanPackage.DISBURSEMENT__YEAR:
				return year != YEAR_EDEFAULT;
			case HarapanPackage.DISBURSEMENT__TAHAP:
				return tahap != TAHAP_EDEFAULT;
			case HarapanPackage.DISBURSEMENT__AMOUNT_RP:
				return amountRp != AMOUNT_RP_EDEFAULT;
			case HarapanPackage.DISBURSEMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case HarapanPackage.DISBURSEMENT__PAID_DATE:
				return PAID_DATE_EDEFAULT == null ? paidDate != null : !PAID_DATE_EDEFAULT.equals(paidDate);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (year: ");
		result.append(year);
		result.append(", tahap: ");
		result.append(tahap);
		result.append(", amountRp: ");
		result.append(amountRp);
		result.append(", status: ");
		result.append(status);
		result.append(", paidDate: ");
		result.append(paidDate);
		result.append(')');
		return result.toString();
	}

} //DisbursementImpl
