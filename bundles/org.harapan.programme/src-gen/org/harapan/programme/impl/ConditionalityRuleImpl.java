/**
 */
package org.harapan.programme.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.harapan.programme.ComponentKind;
import org.harapan.programme.ConditionalityRule;
import org.harapan.programme.ProgrammePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conditionality Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.impl.ConditionalityRuleImpl#getConditionality <em>Conditionality</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ConditionalityRuleImpl#getComponent <em>Component</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ConditionalityRuleImpl#getVerificationMonths <em>Verification Months</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ConditionalityRuleImpl#getThresholdPercent <em>Threshold Percent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConditionalityRuleImpl extends MinimalEObjectImpl.Container implements ConditionalityRule {
	/**
	 * The default value of the '{@link #getConditionality() <em>Conditionality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionality()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITIONALITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConditionality() <em>Conditionality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionality()
	 * @generated
	 * @ordered
	 */
	protected String conditionality = CONDITIONALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getComponent() <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponent()
	 * @generated
	 * @ordered
	 */
	protected static final ComponentKind COMPONENT_EDEFAULT = ComponentKind.PREGNANT;

	/**
	 * The cached value of the '{@link #getComponent() <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponent()
	 * @generated
	 * @ordered
	 */
	protected ComponentKind component = COMPONENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerificationMonths() <em>Verification Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int VERIFICATION_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVerificationMonths() <em>Verification Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationMonths()
	 * @generated
	 * @ordered
	 */
	protected int verificationMonths = VERIFICATION_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getThresholdPercent() <em>Threshold Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThresholdPercent()
	 * @generated
	 * @ordered
	 */
	protected static final int THRESHOLD_PERCENT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getThresholdPercent() <em>Threshold Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThresholdPercent()
	 * @generated
	 * @ordered
	 */
	protected int thresholdPercent = THRESHOLD_PERCENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConditionalityRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.CONDITIONALITY_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConditionality() {
		return conditionality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConditionality(String newConditionality) {
		String oldConditionality = conditionality;
		conditionality = newConditionality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.CONDITIONALITY_RULE__CONDITIONALITY, oldConditionality, conditionality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentKind getComponent() {
		return component;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComponent(ComponentKind newComponent) {
		ComponentKind oldComponent = component;
		component = newComponent == null ? COMPONENT_EDEFAULT : newComponent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.CONDITIONALITY_RULE__COMPONENT, oldComponent, component));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVerificationMonths() {
		return verificationMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerificationMonths(int newVerificationMonths) {
		int oldVerificationMonths = verificationMonths;
		verificationMonths = newVerificationMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.CONDITIONALITY_RULE__VERIFICATION_MONTHS, oldVerificationMonths, verificationMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getThresholdPercent() {
		return thresholdPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThresholdPercent(int newThresholdPercent) {
		int oldThresholdPercent = thresholdPercent;
		thresholdPercent = newThresholdPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.CONDITIONALITY_RULE__THRESHOLD_PERCENT, oldThresholdPercent, thresholdPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProgrammePackage.CONDITIONALITY_RULE__CONDITIONALITY:
				return getConditionality();
			case ProgrammePackage.CONDITIONALITY_RULE__COMPONENT:
				return getComponent();
			case ProgrammePackage.CONDITIONALITY_RULE__VERIFICATION_MONTHS:
				return getVerificationMonths();
			case ProgrammePackage.CONDITIONALITY_RULE__THRESHOLD_PERCENT:
				return getThresholdPercent();
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
			case ProgrammePackage.CONDITIONALITY_RULE__CONDITIONALITY:
				setConditionality((String)newValue);
				return;
			case ProgrammePackage.CONDITIONALITY_RULE__COMPONENT:
				setComponent((ComponentKind)newValue);
				return;
			case ProgrammePackage.CONDITIONALITY_RULE__VERIFICATION_MONTHS:
				setVerificationMonths((Integer)newValue);
				return;
			case ProgrammePackage.CONDITIONALITY_RULE__THRESHOLD_PERCENT:
				setThresholdPercent((Integer)newValue);
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
			case ProgrammePackage.CONDITIONALITY_RULE__CONDITIONALITY:
				setConditionality(CONDITIONALITY_EDEFAULT);
				return;
			case ProgrammePackage.CONDITIONALITY_RULE__COMPONENT:
				setComponent(COMPONENT_EDEFAULT);
				return;
			case ProgrammePackage.CONDITIONALITY_RULE__VERIFICATION_MONTHS:
				setVerificationMonths(VERIFICATION_MONTHS_EDEFAULT);
				return;
			case ProgrammePackage.CONDITIONALITY_RULE__THRESHOLD_PERCENT:
				setThresholdPercent(THRESHOLD_PERCENT_EDEFAULT);
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
			case ProgrammePackage.CONDITIONALITY_RULE__CONDITIONALITY:
				return CONDITIONALITY_EDEFAULT == null ? conditionality != null : !CONDITIONALITY_EDEFAULT.equals(conditionality);
			case ProgrammePackage.CONDITIONALITY_RULE__COMPONENT:
				return component != COMPONENT_EDEFAULT;
			case ProgrammePackage.CONDITIONALITY_RULE__VERIFICATION_MONTHS:
				return verificationMonths != VERIFICATION_MONTHS_EDEFAULT;
			case ProgrammePackage.CONDITIONALITY_RULE__THRESHOLD_PERCENT:
				return thresholdPercent != THRESHOLD_PERCENT_EDEFAULT;
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
		result.append(" (conditionality: ");
		result.append(conditionality);
		result.append(", component: ");
		result.append(component);
		result.append(", verificationMonths: ");
		result.append(verificationMonths);
		result.append(", thresholdPercent: ");
		result.append(thresholdPercent);
		result.append(')');
		return result.toString();
	}

} //ConditionalityRuleImpl
