/**
 */
package org.harapan.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.HarapanPackage;
import org.harapan.model.Member;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attendance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.model.impl.AttendanceImpl#getSessionId <em>Session Id</em>}</li>
 *   <li>{@link org.harapan.model.impl.AttendanceImpl#getGroupId <em>Group Id</em>}</li>
 *   <li>{@link org.harapan.model.impl.AttendanceImpl#getSessionNumber <em>Session Number</em>}</li>
 *   <li>{@link org.harapan.model.impl.AttendanceImpl#getSessionDate <em>Session Date</em>}</li>
 *   <li>{@link org.harapan.model.impl.AttendanceImpl#getModule <em>Module</em>}</li>
 *   <li>{@link org.harapan.model.impl.AttendanceImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.harapan.model.impl.AttendanceImpl#getMember <em>Member</em>}</li>
 *   <li>{@link org.harapan.model.impl.AttendanceImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttendanceImpl extends MinimalEObjectImpl.Container implements Attendance {
	/**
	 * The default value of the '{@link #getSessionId() <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionId()
	 * @generated
	 * @ordered
	 */
	protected static final String SESSION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSessionId() <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionId()
	 * @generated
	 * @ordered
	 */
	protected String sessionId = SESSION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroupId() <em>Group Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupId()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroupId() <em>Group Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupId()
	 * @generated
	 * @ordered
	 */
	protected String groupId = GROUP_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSessionNumber() <em>Session Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int SESSION_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSessionNumber() <em>Session Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionNumber()
	 * @generated
	 * @ordered
	 */
	protected int sessionNumber = SESSION_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSessionDate() <em>Session Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SESSION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSessionDate() <em>Session Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate sessionDate = SESSION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getModule() <em>Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModule()
	 * @generated
	 * @ordered
	 */
	protected static final String MODULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModule() <em>Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModule()
	 * @generated
	 * @ordered
	 */
	protected String module = MODULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AttendanceStatus STATUS_EDEFAULT = AttendanceStatus.PRESENT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AttendanceStatus status = STATUS_EDEFAULT;

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
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttendanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HarapanPackage.Literals.ATTENDANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSessionId() {
		return sessionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionId(String newSessionId) {
		String oldSessionId = sessionId;
		sessionId = newSessionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.ATTENDANCE__SESSION_ID, oldSessionId, sessionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroupId() {
		return groupId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupId(String newGroupId) {
		String oldGroupId = groupId;
		groupId = newGroupId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.ATTENDANCE__GROUP_ID, oldGroupId, groupId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSessionNumber() {
		return sessionNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionNumber(int newSessionNumber) {
		int oldSessionNumber = sessionNumber;
		sessionNumber = newSessionNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.ATTENDANCE__SESSION_NUMBER, oldSessionNumber, sessionNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSessionDate() {
		return sessionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionDate(LocalDate newSessionDate) {
		LocalDate oldSessionDate = sessionDate;
		sessionDate = newSessionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.ATTENDANCE__SESSION_DATE, oldSessionDate, sessionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModule() {
		return module;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModule(String newModule) {
		String oldModule = module;
		module = newModule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.ATTENDANCE__MODULE, oldModule, module));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttendanceStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AttendanceStatus newStatus) {
		AttendanceStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.ATTENDANCE__STATUS, oldStatus, status));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HarapanPackage.ATTENDANCE__MEMBER, oldMember, member));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.ATTENDANCE__MEMBER, oldMember, member));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.ATTENDANCE__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HarapanPackage.ATTENDANCE__SESSION_ID:
				return getSessionId();
			case HarapanPackage.ATTENDANCE__GROUP_ID:
				return getGroupId();
			case HarapanPackage.ATTENDANCE__SESSION_NUMBER:
				return getSessionNumber();
			case HarapanPackage.ATTENDANCE__SESSION_DATE:
				return getSessionDate();
			case HarapanPackage.ATTENDANCE__MODULE:
				return getModule();
			case HarapanPackage.ATTENDANCE__STATUS:
				return getStatus();
			case HarapanPackage.ATTENDANCE__MEMBER:
				if (resolve) return getMember();
				return basicGetMember();
			case HarapanPackage.ATTENDANCE__REASON:
				return getReason();
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
			case HarapanPackage.ATTENDANCE__SESSION_ID:
				setSessionId((String)newValue);
				return;
			case HarapanPackage.ATTENDANCE__GROUP_ID:
				setGroupId((String)newValue);
				return;
			case HarapanPackage.ATTENDANCE__SESSION_NUMBER:
				setSessionNumber((Integer)newValue);
				return;
			case HarapanPackage.ATTENDANCE__SESSION_DATE:
				setSessionDate((LocalDate)newValue);
				return;
			case HarapanPackage.ATTENDANCE__MODULE:
				setModule((String)newValue);
				return;
			case HarapanPackage.ATTENDANCE__STATUS:
				setStatus((AttendanceStatus)newValue);
				return;
			case HarapanPackage.ATTENDANCE__MEMBER:
				setMember((Member)newValue);
				return;
			case HarapanPackage.ATTENDANCE__REASON:
				setReason((String)newValue);
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
			case HarapanPackage.ATTENDANCE__SESSION_ID:
				setSessionId(SESSION_ID_EDEFAULT);
				return;
			case HarapanPackage.ATTENDANCE__GROUP_ID:
				setGroupId(GROUP_ID_EDEFAULT);
				return;
			case HarapanPackage.ATTENDANCE__SESSION_NUMBER:
				setSessionNumber(SESSION_NUMBER_EDEFAULT);
				return;
			case HarapanPackage.ATTENDANCE__SESSION_DATE:
				setSessionDate(SESSION_DATE_EDEFAULT);
				return;
			case HarapanPackage.ATTENDANCE__MODULE:
				setModule(MODULE_EDEFAULT);
				return;
			case HarapanPackage.ATTENDANCE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case HarapanPackage.ATTENDANCE__MEMBER:
				setMember((Member)null);
				return;
			case HarapanPackage.ATTENDANCE__REASON:
				setReason(REASON_EDEFAULT);
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
			case HarapanPackage.ATTENDANCE__SESSION_ID:
				return SESSION_ID_EDEFAULT == null ? sessionId != null : !SESSION_ID_EDEFAULT.equals(sessionId);
			case HarapanPackage.ATTENDANCE__GROUP_ID:
				return GROUP_ID_EDEFAULT == null ? groupId != null : !GROUP_ID_EDEFAULT.equals(groupId);
			case HarapanPackage.ATTENDANCE__SESSION_NUMBER:
				return sessionNumber != SESSION_NUMBER_EDEFAULT;
			case HarapanPackage.ATTENDANCE__SESSION_DATE:
				return SESSION_DATE_EDEFAULT == null ? sessionDate != null : !SESSION_DATE_EDEFAULT.equals(sessionDate);
			case HarapanPackage.ATTENDANCE__MODULE:
				return MODULE_EDEFAULT == null ? module != null : !MODULE_EDEFAULT.equals(module);
			case HarapanPackage.ATTENDANCE__STATUS:
				return status != STATUS_EDEFAULT;
			case HarapanPackage.ATTENDANCE__MEMBER:
				return member != null;
			case HarapanPackage.ATTENDANCE__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
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
		result.append(" (sessionId: ");
		result.append(sessionId);
		result.append(", groupId: ");
		result.append(groupId);
		result.append(", sessionNumber: ");
		result.append(sessionNumber);
		result.append(", sessionDate: ");
		result.append(sessionDate);
		result.append(", module: ");
		result.append(module);
		result.append(", status: ");
		result.append(status);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //AttendanceImpl
