/**
 */
package org.harapan.programme.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.harapan.programme.ProgrammePackage;
import org.harapan.programme.Tahap;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tahap</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.impl.TahapImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.harapan.programme.impl.TahapImpl#getFirstMonth <em>First Month</em>}</li>
 *   <li>{@link org.harapan.programme.impl.TahapImpl#getLastMonth <em>Last Month</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TahapImpl extends MinimalEObjectImpl.Container implements Tahap {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstMonth() <em>First Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_MONTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstMonth() <em>First Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstMonth()
	 * @generated
	 * @ordered
	 */
	protected int firstMonth = FIRST_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastMonth() <em>Last Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int LAST_MONTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLastMonth() <em>Last Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastMonth()
	 * @generated
	 * @ordered
	 */
	protected int lastMonth = LAST_MONTH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TahapImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.TAHAP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.TAHAP__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstMonth() {
		return firstMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstMonth(int newFirstMonth) {
		int oldFirstMonth = firstMonth;
		firstMonth = newFirstMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.TAHAP__FIRST_MONTH, oldFirstMonth, firstMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLastMonth() {
		return lastMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastMonth(int newLastMonth) {
		int oldLastMonth = lastMonth;
		lastMonth = newLastMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.TAHAP__LAST_MONTH, oldLastMonth, lastMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProgrammePackage.TAHAP__NUMBER:
				return getNumber();
			case ProgrammePackage.TAHAP__FIRST_MONTH:
				return getFirstMonth();
			case ProgrammePackage.TAHAP__LAST_MONTH:
				return getLastMonth();
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
			case ProgrammePackage.TAHAP__NUMBER:
				setNumber((Integer)newValue);
				return;
			case ProgrammePackage.TAHAP__FIRST_MONTH:
				setFirstMonth((Integer)newValue);
				return;
			case ProgrammePackage.TAHAP__LAST_MONTH:
				setLastMonth((Integer)newValue);
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
			case ProgrammePackage.TAHAP__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case ProgrammePackage.TAHAP__FIRST_MONTH:
				setFirstMonth(FIRST_MONTH_EDEFAULT);
				return;
			case ProgrammePackage.TAHAP__LAST_MONTH:
				setLastMonth(LAST_MONTH_EDEFAULT);
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
			case ProgrammePackage.TAHAP__NUMBER:
				return number != NUMBER_EDEFAULT;
			case ProgrammePackage.TAHAP__FIRST_MONTH:
				return firstMonth != FIRST_MONTH_EDEFAULT;
			case ProgrammePackage.TAHAP__LAST_MONTH:
				return lastMonth != LAST_MONTH_EDEFAULT;
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
		result.append(" (number: ");
		result.append(number);
		result.append(", firstMonth: ");
		result.append(firstMonth);
		result.append(", lastMonth: ");
		result.append(lastMonth);
		result.append(')');
		return result.toString();
	}

} //TahapImpl
