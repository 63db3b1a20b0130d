/**
 */
package org.harapan.programme.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.harapan.programme.GraduationCriteria;
import org.harapan.programme.ProgrammePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Graduation Criteria</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.impl.GraduationCriteriaImpl#getSelfRelianceMinDecile <em>Self Reliance Min Decile</em>}</li>
 *   <li>{@link org.harapan.programme.impl.GraduationCriteriaImpl#isOwnIncomeCounts <em>Own Income Counts</em>}</li>
 *   <li>{@link org.harapan.programme.impl.GraduationCriteriaImpl#getMonthsWithoutComponent <em>Months Without Component</em>}</li>
 *   <li>{@link org.harapan.programme.impl.GraduationCriteriaImpl#isForcedAfterCancellation <em>Forced After Cancellation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GraduationCriteriaImpl extends MinimalEObjectImpl.Container implements GraduationCriteria {
	/**
	 * The default value of the '{@link #getSelfRelianceMinDecile() <em>Self Reliance Min Decile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelfRelianceMinDecile()
	 * @generated
	 * @ordered
	 */
	protected static final int SELF_RELIANCE_MIN_DECILE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSelfRelianceMinDecile() <em>Self Reliance Min Decile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelfRelianceMinDecile()
	 * @generated
	 * @ordered
	 */
	protected int selfRelianceMinDecile = SELF_RELIANCE_MIN_DECILE_EDEFAULT;

	/**
	 * The default value of the '{@link #isOwnIncomeCounts() <em>Own Income Counts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOwnIncomeCounts()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OWN_INCOME_COUNTS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOwnIncomeCounts() <em>Own Income Counts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOwnIncomeCounts()
	 * @generated
	 * @ordered
	 */
	protected boolean ownIncomeCounts = OWN_INCOME_COUNTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonthsWithoutComponent() <em>Months Without Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthsWithoutComponent()
	 * @generated
	 * @ordered
	 */
	protected static final int MONTHS_WITHOUT_COMPONENT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMonthsWithoutComponent() <em>Months Without Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthsWithoutComponent()
	 * @generated
	 * @ordered
	 */
	protected int monthsWithoutComponent = MONTHS_WITHOUT_COMPONENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isForcedAfterCancellation() <em>Forced After Cancellation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isForcedAfterCancellation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FORCED_AFTER_CANCELLATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isForcedAfterCancellation() <em>Forced After Cancellation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isForcedAfterCancellation()
	 * @generated
	 * @ordered
	 */
	protected boolean forcedAfterCancellation = FORCED_AFTER_CANCELLATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GraduationCriteriaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.GRADUATION_CRITERIA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSelfRelianceMinDecile() {
		return selfRelianceMinDecile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelfRelianceMinDecile(int newSelfRelianceMinDecile) {
		int oldSelfRelianceMinDecile = selfRelianceMinDecile;
		selfRelianceMinDecile = newSelfRelianceMinDecile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.GRADUATION_CRITERIA__SELF_RELIANCE_MIN_DECILE, oldSelfRelianceMinDecile, selfRelianceMinDecile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOwnIncomeCounts() {
		return ownIncomeCounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnIncomeCounts(boolean newOwnIncomeCounts) {
		boolean oldOwnIncomeCounts = ownIncomeCounts;
		ownIncomeCounts = newOwnIncomeCounts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.GRADUATION_CRITERIA__OWN_INCOME_COUNTS, oldOwnIncomeCounts, ownIncomeCounts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMonthsWithoutComponent() {
		return monthsWithoutComponent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthsWithoutComponent(int newMonthsWithoutComponent) {
		int oldMonthsWithoutComponent = monthsWithoutComponent;
		monthsWithoutComponent = newMonthsWithoutComponent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.GRADUATION_CRITERIA__MONTHS_WITHOUT_COMPONENT, oldMonthsWithoutComponent, monthsWithoutComponent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isForcedAfterCancellation() {
		return forcedAfterCancellation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForcedAfterCancellation(boolean newForcedAfterCancellation) {
		boolean oldForcedAfterCancellation = forcedAfterCancellation;
		forcedAfterCancellation = newForcedAfterCancellation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.GRADUATION_CRITERIA__FORCED_AFTER_CANCELLATION, oldForcedAfterCancellation, forcedAfterCancellation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProgrammePackage.GRADUATION_CRITERIA__SELF_RELIANCE_MIN_DECILE:
				return getSelfRelianceMinDecile();
			case ProgrammePackage.GRADUATION_CRITERIA__OWN_INCOME_COUNTS:
				return isOwnIncomeCounts();
			case ProgrammePackage.GRADUATION_CRITERIA__MONTHS_WITHOUT_COMPONENT:
				return getMonthsWithoutComponent();
			case ProgrammePackage.GRADUATION_CRITERIA__FORCED_AFTER_CANCELLATION:
				return isForcedAfterCancellation();
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
			case ProgrammePackage.GRADUATION_CRITERIA__SELF_RELIANCE_MIN_DECILE:
				setSelfRelianceMinDecile((Integer)newValue);
				return;
			case ProgrammePackage.GRADUATION_CRITERIA__OWN_INCOME_COUNTS:
				setOwnIncomeCounts((Boolean)newValue);
				return;
			case ProgrammePackage.GRADUATION_CRITERIA__MONTHS_WITHOUT_COMPONENT:
				setMonthsWithoutComponent((Integer)newValue);
				return;
			case ProgrammePackage.GRADUATION_CRITERIA__FORCED_AFTER_CANCELLATION:
				setForcedAfterCancellation((Boolean)newValue);
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
			case ProgrammePackage.GRADUATION_CRITERIA__SELF_RELIANCE_MIN_DECILE:
				setSelfRelianceMinDecile(SELF_RELIANCE_MIN_DECILE_EDEFAULT);
				return;
			case ProgrammePackage.GRADUATION_CRITERIA__OWN_INCOME_COUNTS:
				setOwnIncomeCounts(OWN_INCOME_COUNTS_EDEFAULT);
				return;
			case ProgrammePackage.GRADUATION_CRITERIA__MONTHS_WITHOUT_COMPONENT:
				setMonthsWithoutComponent(MONTHS_WITHOUT_COMPONENT_EDEFAULT);
				return;
			case ProgrammePackage.GRADUATION_CRITERIA__FORCED_AFTER_CANCELLATION:
				setForcedAfterCancellation(FORCED_AFTER_CANCELLATION_EDEFAULT);
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
			case ProgrammePackage.GRADUATION_CRITERIA__SELF_RELIANCE_MIN_DECILE:
				return selfRelianceMinDecile != SELF_RELIANCE_MIN_DECILE_EDEFAULT;
			case ProgrammePackage.GRADUATION_CRITERIA__OWN_INCOME_COUNTS:
				return ownIncomeCounts != OWN_INCOME_COUNTS_EDEFAULT;
			case ProgrammePackage.GRADUATION_CRITERIA__MONTHS_WITHOUT_COMPONENT:
				return monthsWithoutComponent != MONTHS_WITHOUT_COMPONENT_EDEFAULT;
			case ProgrammePackage.GRADUATION_CRITERIA__FORCED_AFTER_CANCELLATION:
				return forcedAfterCancellation != FORCED_AFTER_CANCELLATION_EDEFAULT;
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
		result.append(" (selfRelianceMinDecile: ");
		result.append(selfRelianceMinDecile);
		result.append(", ownIncomeCounts: ");
		result.append(ownIncomeCounts);
		result.append(", monthsWithoutComponent: ");
		result.append(monthsWithoutComponent);
		result.append(", forcedAfterCancellation: ");
		result.append(forcedAfterCancellation);
		result.append(')');
		return result.toString();
	}

} //GraduationCriteriaImpl
