/**
 */
package org.harapan.programme.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.harapan.programme.ComponentBenefit;
import org.harapan.programme.ComponentGroup;
import org.harapan.programme.ComponentKind;
import org.harapan.programme.ProgrammePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Component Benefit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.impl.ComponentBenefitImpl#getComponent <em>Component</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ComponentBenefitImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ComponentBenefitImpl#getAnnualIndexRp <em>Annual Index Rp</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ComponentBenefitImpl#getMinAgeYears <em>Min Age Years</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ComponentBenefitImpl#getMaxAgeYears <em>Max Age Years</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComponentBenefitImpl extends MinimalEObjectImpl.Container implements ComponentBenefit {
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
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final ComponentGroup GROUP_EDEFAULT = ComponentGroup.HEALTH;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected ComponentGroup group = GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnualIndexRp() <em>Annual Index Rp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualIndexRp()
	 * @generated
	 * @ordered
	 */
	protected static final long ANNUAL_INDEX_RP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAnnualIndexRp() <em>Annual Index Rp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualIndexRp()
	 * @generated
	 * @ordered
	 */
	protected long annualIndexRp = ANNUAL_INDEX_RP_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinAgeYears() <em>Min Age Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAgeYears()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_AGE_YEARS_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getMinAgeYears() <em>Min Age Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAgeYears()
	 * @generated
	 * @ordered
	 */
	protected int minAgeYears = MIN_AGE_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxAgeYears() <em>Max Age Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAgeYears()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_AGE_YEARS_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getMaxAgeYears() <em>Max Age Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAgeYears()
	 * @generated
	 * @ordered
	 */
	protected int maxAgeYears = MAX_AGE_YEARS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComponentBenefitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.COMPONENT_BENEFIT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.COMPONENT_BENEFIT__COMPONENT, oldComponent, component));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentGroup getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(ComponentGroup newGroup) {
		ComponentGroup oldGroup = group;
		group = newGroup == null ? GROUP_EDEFAULT : newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.COMPONENT_BENEFIT__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAnnualIndexRp() {
		return annualIndexRp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualIndexRp(long newAnnualIndexRp) {
		long oldAnnualIndexRp = annualIndexRp;
		annualIndexRp = newAnnualIndexRp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.COMPONENT_BENEFIT__ANNUAL_INDEX_RP, oldAnnualIndexRp, annualIndexRp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinAgeYears() {
		return minAgeYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinAgeYears(int newMinAgeYears) {
		int oldMinAgeYears = minAgeYears;
		minAgeYears = newMinAgeYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.COMPONENT_BENEFIT__MIN_AGE_YEARS, oldMinAgeYears, minAgeYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxAgeYears() {
		return maxAgeYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxAgeYears(int newMaxAgeYears) {
		int oldMaxAgeYears = maxAgeYears;
		maxAgeYears = newMaxAgeYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.COMPONENT_BENEFIT__MAX_AGE_YEARS, oldMaxAgeYears, maxAgeYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProgrammePackage.COMPONENT_BENEFIT__COMPONENT:
				return getComponent();
			case ProgrammePackage.COMPONENT_BENEFIT__GROUP:
				return getGroup();
			case ProgrammePackage.COMPONENT_BENEFIT__ANNUAL_INDEX_RP:
				return getAnnualIndexRp();
			case ProgrammePackage.COMPONENT_BENEFIT__MIN_AGE_YEARS:
				return getMinAgeYears();
			case ProgrammePackage.COMPONENT_BENEFIT__MAX_AGE_YEARS:
				return getMaxAgeYears();
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
			case ProgrammePackage.COMPONENT_BENEFIT__COMPONENT:
				setComponent((ComponentKind)newValue);
				return;
			case ProgrammePackage.COMPONENT_BENEFIT__GROUP:
				setGroup((ComponentGroup)newValue);
				return;
			case ProgrammePackage.COMPONENT_BENEFIT__ANNUAL_INDEX_RP:
				setAnnualIndexRp((Long)newValue);
				return;
			case ProgrammePackage.COMPONENT_BENEFIT__MIN_AGE_YEARS:
				setMinAgeYears((Integer)newValue);
				return;
			case ProgrammePackage.COMPONENT_BENEFIT__MAX_AGE_YEARS:
				setMaxAgeYears((Integer)newValue);
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
			case ProgrammePackage.COMPONENT_BENEFIT__COMPONENT:
				setComponent(COMPONENT_EDEFAULT);
				return;
			case ProgrammePackage.COMPONENT_BENEFIT__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case ProgrammePackage.COMPONENT_BENEFIT__ANNUAL_INDEX_RP:
				setAnnualIndexRp(ANNUAL_INDEX_RP_EDEFAULT);
				return;
			case ProgrammePackage.COMPONENT_BENEFIT__MIN_AGE_YEARS:
				setMinAgeYears(MIN_AGE_YEARS_EDEFAULT);
				return;
			case ProgrammePackage.COMPONENT_BENEFIT__MAX_AGE_YEARS:
				setMaxAgeYears(MAX_AGE_YEARS_EDEFAULT);
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
			case ProgrammePackage.COMPONENT_BENEFIT__COMPONENT:
				return component != COMPONENT_EDEFAULT;
			case ProgrammePackage.COMPONENT_BENEFIT__GROUP:
				return group != GROUP_EDEFAULT;
			case ProgrammePackage.COMPONENT_BENEFIT__ANNUAL_INDEX_RP:
				return annualIndexRp != ANNUAL_INDEX_RP_EDEFAULT;
			case ProgrammePackage.COMPONENT_BENEFIT__MIN_AGE_YEARS:
				return minAgeYears != MIN_AGE_YEARS_EDEFAULT;
			case ProgrammePackage.COMPONENT_BENEFIT__MAX_AGE_YEARS:
				return maxAgeYears != MAX_AGE_YEARS_EDEFAULT;
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
		result.append(" (component: ");
		result.append(component);
		result.append(", group: ");
		result.append(group);
		result.append(", annualIndexRp: ");
		result.append(annualIndexRp);
		result.append(", minAgeYears: ");
		result.append(minAgeYears);
		result.append(", maxAgeYears: ");
		result.append(maxAgeYears);
		result.append(')');
		return result.toString();
	}

} //ComponentBenefitImpl
