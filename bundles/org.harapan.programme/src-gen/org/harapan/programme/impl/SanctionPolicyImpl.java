/**
 */
package org.harapan.programme.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.harapan.programme.ProgrammePackage;
import org.harapan.programme.SanctionPolicy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sanction Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.impl.SanctionPolicyImpl#getCutPercentPerMonth <em>Cut Percent Per Month</em>}</li>
 *   <li>{@link org.harapan.programme.impl.SanctionPolicyImpl#getSuspendAfterMonths <em>Suspend After Months</em>}</li>
 *   <li>{@link org.harapan.programme.impl.SanctionPolicyImpl#getCancelAfterCycles <em>Cancel After Cycles</em>}</li>
 *   <li>{@link org.harapan.programme.impl.SanctionPolicyImpl#getReinstateAfterMonths <em>Reinstate After Months</em>}</li>
 *   <li>{@link org.harapan.programme.impl.SanctionPolicyImpl#isNotVerifiedIsViolation <em>Not Verified Is Violation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SanctionPolicyImpl extends MinimalEObjectImpl.Container implements SanctionPolicy {
	/**
	 * The default value of the '{@link #getCutPercentPerMonth() <em>Cut Percent Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCutPercentPerMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int CUT_PERCENT_PER_MONTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCutPercentPerMonth() <em>Cut Percent Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCutPercentPerMonth()
	 * @generated
	 * @ordered
	 */
	protected int cutPercentPerMonth = CUT_PERCENT_PER_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSuspendAfterMonths() <em>Suspend After Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuspendAfterMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int SUSPEND_AFTER_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSuspendAfterMonths() <em>Suspend After Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuspendAfterMonths()
	 * @generated
	 * @ordered
	 */
	protected int suspendAfterMonths = SUSPEND_AFTER_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCancelAfterCycles() <em>Cancel After Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCancelAfterCycles()
	 * @generated
	 * @ordered
	 */
	protected static final int CANCEL_AFTER_CYCLES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCancelAfterCycles() <em>Cancel After Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCancelAfterCycles()
	 * @generated
	 * @ordered
	 */
	protected int cancelAfterCycles = CANCEL_AFTER_CYCLES_EDEFAULT;

	/**
	 * The default value of the '{@link #getReinstateAfterMonths() <em>Reinstate After Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReinstateAfterMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int REINSTATE_AFTER_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReinstateAfterMonths() <em>Reinstate After Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReinstateAfterMonths()
	 * @generated
	 * @ordered
	 */
	protected int reinstateAfterMonths = REINSTATE_AFTER_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #isNotVerifiedIsViolation() <em>Not Verified Is Violation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotVerifiedIsViolation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOT_VERIFIED_IS_VIOLATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNotVerifiedIsViolation() <em>Not Verified Is Violation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotVerifiedIsViolation()
	 * @generated
	 * @ordered
	 */
	protected boolean notVerifiedIsViolation = NOT_VERIFIED_IS_VIOLATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SanctionPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.SANCTION_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCutPercentPerMonth() {
		return cutPercentPerMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCutPercentPerMonth(int newCutPercentPerMonth) {
		int oldCutPercentPerMonth = cutPercentPerMonth;
		cutPercentPerMonth = newCutPercentPerMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.SANCTION_POLICY__CUT_PERCENT_PER_MONTH, oldCutPercentPerMonth, cutPercentPerMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSuspendAfterMonths() {
		return suspendAfterMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuspendAfterMonths(int newSuspendAfterMonths) {
		int oldSuspendAfterMonths = suspendAfterMonths;
		suspendAfterMonths = newSuspendAfterMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.SANCTION_POLICY__SUSPEND_AFTER_MONTHS, oldSuspendAfterMonths, suspendAfterMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCancelAfterCycles() {
		return cancelAfterCycles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCancelAfterCycles(int newCancelAfterCycles) {
		int oldCancelAfterCycles = cancelAfterCycles;
		cancelAfterCycles = newCancelAfterCycles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.SANCTION_POLICY__CANCEL_AFTER_CYCLES, oldCancelAfterCycles, cancelAfterCycles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReinstateAfterMonths() {
		return reinstateAfterMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReinstateAfterMonths(int newReinstateAfterMonths) {
		int oldReinstateAfterMonths = reinstateAfterMonths;
		reinstateAfterMonths = newReinstateAfterMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.SANCTION_POLICY__REINSTATE_AFTER_MONTHS, oldReinstateAfterMonths, reinstateAfterMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNotVerifiedIsViolation() {
		return notVerifiedIsViolation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotVerifiedIsViolation(boolean newNotVerifiedIsViolation) {
		boolean oldNotVerifiedIsViolation = notVerifiedIsViolation;
		notVerifiedIsViolation = newNotVerifiedIsViolation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.SANCTION_POLICY__NOT_VERIFIED_IS_VIOLATION, oldNotVerifiedIsViolation, notVerifiedIsViolation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProgrammePackage.SANCTION_POLICY__CUT_PERCENT_PER_MONTH:
				return getCutPercentPerMonth();
			case ProgrammePackage.SANCTION_POLICY__SUSPEND_AFTER_MONTHS:
				return getSuspendAfterMonths();
			case ProgrammePackage.SANCTION_POLICY__CANCEL_AFTER_CYCLES:
				return getCancelAfterCycles();
			case ProgrammePackage.SANCTION_POLICY__REINSTATE_AFTER_MONTHS:
				return getReinstateAfterMonths();
			case ProgrammePackage.SANCTION_POLICY__NOT_VERIFIED_IS_VIOLATION:
				return isNotVerifiedIsViolation();
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
			case ProgrammePackage.SANCTION_POLICY__CUT_PERCENT_PER_MONTH:
				setCutPercentPerMonth((Integer)newValue);
				return;
			case ProgrammePackage.SANCTION_POLICY__SUSPEND_AFTER_MONTHS:
				setSuspendAfterMonths((Integer)newValue);
				return;
			case ProgrammePackage.SANCTION_POLICY__CANCEL_AFTER_CYCLES:
				setCancelAfterCycles((Integer)newValue);
				return;
			case ProgrammePackage.SANCTION_POLICY__REINSTATE_AFTER_MONTHS:
				setReinstateAfterMonths((Integer)newValue);
				return;
			case ProgrammePackage.SANCTION_POLICY__NOT_VERIFIED_IS_VIOLATION:
				setNotVerifiedIsViolation((Boolean)newValue);
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
			case ProgrammePackage.SANCTION_POLICY__CUT_PERCENT_PER_MONTH:
				setCutPercentPerMonth(CUT_PERCENT_PER_MONTH_EDEFAULT);
				return;
			case ProgrammePackage.SANCTION_POLICY__SUSPEND_AFTER_MONTHS:
				setSuspendAfterMonths(SUSPEND_AFTER_MONTHS_EDEFAULT);
				return;
			case ProgrammePackage.SANCTION_POLICY__CANCEL_AFTER_CYCLES:
				setCancelAfterCycles(CANCEL_AFTER_CYCLES_EDEFAULT);
				return;
			case ProgrammePackage.SANCTION_POLICY__REINSTATE_AFTER_MONTHS:
				setReinstateAfterMonths(REINSTATE_AFTER_MONTHS_EDEFAULT);
				return;
			case ProgrammePackage.SANCTION_POLICY__NOT_VERIFIED_IS_VIOLATION:
				setNotVerifiedIsViolation(NOT_VERIFIED_IS_VIOLATION_EDEFAULT);
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
			case ProgrammePackage.SANCTION_POLICY__CUT_PERCENT_PER_MONTH:
				return cutPercentPerMonth != CUT_PERCENT_PER_MONTH_EDEFAULT;
			case ProgrammePackage.SANCTION_POLICY__SUSPEND_AFTER_MONTHS:
				return suspendAfterMonths != SUSPEND_AFTER_MONTHS_EDEFAULT;
			case ProgrammePackage.SANCTION_POLICY__CANCEL_AFTER_CYCLES:
				return cancelAfterCycles != CANCEL_AFTER_CYCLES_EDEFAULT;
			case ProgrammePackage.SANCTION_POLICY__REINSTATE_AFTER_MONTHS:
				return reinstateAfterMonths != REINSTATE_AFTER_MONTHS_EDEFAULT;
			case ProgrammePackage.SANCTION_POLICY__NOT_VERIFIED_IS_VIOLATION:
				return notVerifiedIsViolation != NOT_VERIFIED_IS_VIOLATION_EDEFAULT;
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
		result.append(" (cutPercentPerMonth: ");
		result.append(cutPercentPerMonth);
		result.append(", suspendAfterMonths: ");
		result.append(suspendAfterMonths);
		result.append(", cancelAfterCycles: ");
		result.append(cancelAfterCycles);
		result.append(", reinstateAfterMonths: ");
		result.append(reinstateAfterMonths);
		result.append(", notVerifiedIsViolation: ");
		result.append(notVerifiedIsViolation);
		result.append(')');
		return result.toString();
	}

} //SanctionPolicyImpl
