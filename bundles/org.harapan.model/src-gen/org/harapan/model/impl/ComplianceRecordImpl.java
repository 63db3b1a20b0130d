/**
 */
package org.harapan.model.impl;

import java.time.YearMonth;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Conditionality;
import org.harapan.model.HarapanPackage;
import org.harapan.model.Member;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Compliance Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.model.impl.ComplianceRecordImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link org.harapan.model.impl.ComplianceRecordImpl#getConditionality <em>Conditionality</em>}</li>
 *   <li>{@link org.harapan.model.impl.ComplianceRecordImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.harapan.model.impl.ComplianceRecordImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.harapan.model.impl.ComplianceRecordImpl#getMember <em>Member</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComplianceRecordImpl extends MinimalEObjectImpl.Container implements ComplianceRecord {
	/**
	 * The default value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected static final YearMonth MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected YearMonth month = MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getConditionality() <em>Conditionality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionality()
	 * @generated
	 * @ordered
	 */
	protected static final Conditionality CONDITIONALITY_EDEFAULT = Conditionality.ANTENATAL_CARE;

	/**
	 * The cached value of the '{@link #getConditionality() <em>Conditionality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionality()
	 * @generated
	 * @ordered
	 */
	protected Conditionality conditionality = CONDITIONALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ComplianceStatus STATUS_EDEFAULT = ComplianceStatus.MET;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ComplianceStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected String evidence = EVIDENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMember() <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMember()
	 * @generated
	 * @ordered
	 */
	protected Member member;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComplianceRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HarapanPackage.Literals.COMPLIANCE_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearMonth getMonth() {
		return month;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonth(YearMonth newMonth) {
		YearMonth oldMonth = month;
		month = newMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.COMPLIANCE_RECORD__MONTH, oldMonth, month));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Conditionality getConditionality() {
		return conditionality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConditionality(Conditionality newConditionality) {
		Conditionality oldConditionality = conditionality;
		conditionality = newConditionality == null ? CONDITIONALITY_EDEFAULT : newConditionality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.COMPLIANCE_RECORD__CONDITIONALITY, oldConditionality, conditionality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplianceStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ComplianceStatus newStatus) {
		ComplianceStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.COMPLIANCE_RECORD__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(String newEvidence) {
		String oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.COMPLIANCE_RECORD__EVIDENCE, oldEvidence, evidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getMember() {
		if (member != null && member.eIsProxy()) {
			InternalEObject oldMember = (InternalEObject)member;
			member = (Member)eResolveProxy(oldMember);
			if (member != oldMember) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HarapanPackage.COMPLIANCE_RECORD__MEMBER, oldMember, member));
			}
		}
		return member;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetMember() {
		return member;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMember(Member newMember) {
		Member oldMember = member;
		member = newMember;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.COMPLIANCE_RECORD__MEMBER, oldMember, member));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HarapanPackage.COMPLIANCE_RECORD__MONTH:
				return getMonth();
			case HarapanPackage.COMPLIANCE_RECORD__CONDITIONALITY:
				return getConditionality();
			case HarapanPackage.COMPLIANCE_RECORD__STATUS:
				return getStatus();
			case HarapanPackage.COMPLIANCE_RECORD__EVIDENCE:
				return getEvidence();
			case HarapanPackage.COMPLIANCE_RECORD__MEMBER:
				if (resolve) return getMember();
				return basicGetMember();
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
			case HarapanPackage.COMPLIANCE_RECORD__MONTH:
				setMonth((YearMonth)newValue);
				return;
			case HarapanPackage.COMPLIANCE_RECORD__CONDITIONALITY:
				setConditionality((Conditionality)newValue);
				return;
			case HarapanPackage.COMPLIANCE_RECORD__STATUS:
				setStatus((ComplianceStatus)newValue);
				return;
			case HarapanPackage.COMPLIANCE_RECORD__EVIDENCE:
				setEvidence((String)newValue);
				return;
			case HarapanPackage.COMPLIANCE_RECORD__MEMBER:
				setMember((Member)newValue);
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
			case HarapanPackage.COMPLIANCE_RECORD__MONTH:
				setMonth(MONTH_EDEFAULT);
				return;
			case HarapanPackage.COMPLIANCE_RECORD__CONDITIONALITY:
				setConditionality(CONDITIONALITY_EDEFAULT);
				return;
			case HarapanPackage.COMPLIANCE_RECORD__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case HarapanPackage.COMPLIANCE_RECORD__EVIDENCE:
				setEvidence(EVIDENCE_EDEFAULT);
				return;
			case HarapanPackage.COMPLIANCE_RECORD__MEMBER:
				setMember((Member)null);
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
			case HarapanPackage.COMPLIANCE_RECORD__MONTH:
				return MONTH_EDEFAULT == null ? month != null : !MONTH_EDEFAULT.equals(month);
			case HarapanPackage.COMPLIANCE_RECORD__CONDITIONALITY:
				return conditionality != CONDITIONALITY_EDEFAULT;
			case HarapanPackage.COMPLIANCE_RECORD__STATUS:
				return status != STATUS_EDEFAULT;
			case HarapanPackage.COMPLIANCE_RECORD__EVIDENCE:
				return EVIDENCE_EDEFAULT == null ? evidence != null : !EVIDENCE_EDEFAULT.equals(evidence);
			case HarapanPackage.COMPLIANCE_RECORD__MEMBER:
				return member != null;
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
		result.append(" (month: ");
		result.append(month);
		result.append(", conditionality: ");
		result.append(conditionality);
		result.append(", status: ");
		result.append(status);
		result.append(", evidence: ");
		result.append(evidence);
		result.append(')');
		return result.toString();
	}

} //ComplianceRecordImpl
