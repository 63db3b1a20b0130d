/**
 */
package org.harapan.programme.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.harapan.programme.ProgrammePackage;
import org.harapan.programme.Sponsor;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sponsor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.impl.SponsorImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.harapan.programme.impl.SponsorImpl#getDesaCode <em>Desa Code</em>}</li>
 *   <li>{@link org.harapan.programme.impl.SponsorImpl#getDesaName <em>Desa Name</em>}</li>
 *   <li>{@link org.harapan.programme.impl.SponsorImpl#getAid <em>Aid</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SponsorImpl extends MinimalEObjectImpl.Container implements Sponsor {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDesaCode() <em>Desa Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesaCode()
	 * @generated
	 * @ordered
	 */
	protected static final String DESA_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDesaCode() <em>Desa Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesaCode()
	 * @generated
	 * @ordered
	 */
	protected String desaCode = DESA_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDesaName() <em>Desa Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesaName()
	 * @generated
	 * @ordered
	 */
	protected static final String DESA_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDesaName() <em>Desa Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesaName()
	 * @generated
	 * @ordered
	 */
	protected String desaName = DESA_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAid() <em>Aid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAid()
	 * @generated
	 * @ordered
	 */
	protected static final String AID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAid() <em>Aid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAid()
	 * @generated
	 * @ordered
	 */
	protected String aid = AID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SponsorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.SPONSOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.SPONSOR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDesaCode() {
		return desaCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesaCode(String newDesaCode) {
		String oldDesaCode = desaCode;
		desaCode = newDesaCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.SPONSOR__DESA_CODE, oldDesaCode, desaCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDesaName() {
		return desaName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesaName(String newDesaName) {
		String oldDesaName = desaName;
		desaName = newDesaName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.SPONSOR__DESA_NAME, oldDesaName, desaName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAid() {
		return aid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAid(String newAid) {
		String oldAid = aid;
		aid = newAid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.SPONSOR__AID, oldAid, aid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProgrammePackage.SPONSOR__NAME:
				return getName();
			case ProgrammePackage.SPONSOR__DESA_CODE:
				return getDesaCode();
			case ProgrammePackage.SPONSOR__DESA_NAME:
				return getDesaName();
			case ProgrammePackage.SPONSOR__AID:
				return getAid();
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
			case ProgrammePackage.SPONSOR__NAME:
				setName((String)newValue);
				return;
			case ProgrammePackage.SPONSOR__DESA_CODE:
				setDesaCode((String)newValue);
				return;
			case ProgrammePackage.SPONSOR__DESA_NAME:
				setDesaName((String)newValue);
				return;
			case ProgrammePackage.SPONSOR__AID:
				setAid((String)newValue);
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
			case ProgrammePackage.SPONSOR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ProgrammePackage.SPONSOR__DESA_CODE:
				setDesaCode(DESA_CODE_EDEFAULT);
				return;
			case ProgrammePackage.SPONSOR__DESA_NAME:
				setDesaName(DESA_NAME_EDEFAULT);
				return;
			case ProgrammePackage.SPONSOR__AID:
				setAid(AID_EDEFAULT);
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
			case ProgrammePackage.SPONSOR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ProgrammePackage.SPONSOR__DESA_CODE:
				return DESA_CODE_EDEFAULT == null ? desaCode != null : !DESA_CODE_EDEFAULT.equals(desaCode);
			case ProgrammePackage.SPONSOR__DESA_NAME:
				return DESA_NAME_EDEFAULT == null ? desaName != null : !DESA_NAME_EDEFAULT.equals(desaName);
			case ProgrammePackage.SPONSOR__AID:
				return AID_EDEFAULT == null ? aid != null : !AID_EDEFAULT.equals(aid);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", desaCode: ");
		result.append(desaCode);
		result.append(", desaName: ");
		result.append(desaName);
		result.append(", aid: ");
		result.append(aid);
		result.append(')');
		return result.toString();
	}

} //SponsorImpl
