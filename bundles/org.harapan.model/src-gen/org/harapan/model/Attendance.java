/**
 */
package org.harapan.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attendance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Attendance of the household (optionally one member) at a P2K2 / FDS session.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.model.Attendance#getSessionId <em>Session Id</em>}</li>
 *   <li>{@link org.harapan.model.Attendance#getGroupId <em>Group Id</em>}</li>
 *   <li>{@link org.harapan.model.Attendance#getSessionNumber <em>Session Number</em>}</li>
 *   <li>{@link org.harapan.model.Attendance#getSessionDate <em>Session Date</em>}</li>
 *   <li>{@link org.harapan.model.Attendance#getModule <em>Module</em>}</li>
 *   <li>{@link org.harapan.model.Attendance#getStatus <em>Status</em>}</li>
 *   <li>{@link org.harapan.model.Attendance#getMember <em>Member</em>}</li>
 *   <li>{@link org.harapan.model.Attendance#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.harapan.model.HarapanPackage#getAttendance()
 * @model
 * @generated
 */
public interface Attendance extends EObject {
	/**
	 * Returns the value of the '<em><b>Session Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Session Id</em>' attribute.
	 * @see #setSessionId(String)
	 * @see org.harapan.model.HarapanPackage#getAttendance_SessionId()
	 * @model
	 * @generated
	 */
	String getSessionId();

	/**
	 * Sets the value of the '{@link org.harapan.model.Attendance#getSessionId <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Id</em>' attribute.
	 * @see #getSessionId()
	 * @generated
	 */
	void setSessionId(String value);

	/**
	 * Returns the value of the '<em><b>Group Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The P2K2 group (kelompok) the session was held for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group Id</em>' attribute.
	 * @see #setGroupId(String)
	 * @see org.harapan.model.HarapanPackage#getAttendance_GroupId()
	 * @model
	 * @generated
	 */
	String getGroupId();

	/**
	 * Sets the value of the '{@link org.harapan.model.Attendance#getGroupId <em>Group Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Id</em>' attribute.
	 * @see #getGroupId()
	 * @generated
	 */
	void setGroupId(String value);

	/**
	 * Returns the value of the '<em><b>Session Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of the curriculum session (1-14 in the national P2K2 curriculum), 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Session Number</em>' attribute.
	 * @see #setSessionNumber(int)
	 * @see org.harapan.model.HarapanPackage#getAttendance_SessionNumber()
	 * @model
	 * @generated
	 */
	int getSessionNumber();

	/**
	 * Sets the value of the '{@link org.harapan.model.Attendance#getSessionNumber <em>Session Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Number</em>' attribute.
	 * @see #getSessionNumber()
	 * @generated
	 */
	void setSessionNumber(int value);

	/**
	 * Returns the value of the '<em><b>Session Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Session Date</em>' attribute.
	 * @see #setSessionDate(LocalDate)
	 * @see org.harapan.model.HarapanPackage#getAttendance_SessionDate()
	 * @model dataType="org.harapan.model.LocalDate"
	 * @generated
	 */
	LocalDate getSessionDate();

	/**
	 * Sets the value of the '{@link org.harapan.model.Attendance#getSessionDate <em>Session Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Date</em>' attribute.
	 * @see #getSessionDate()
	 * @generated
	 */
	void setSessionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Module</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of the P2K2 curriculum module of the session.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Module</em>' attribute.
	 * @see #setModule(String)
	 * @see org.harapan.model.HarapanPackage#getAttendance_Module()
	 * @model
	 * @generated
	 */
	String getModule();

	/**
	 * Sets the value of the '{@link org.harapan.model.Attendance#getModule <em>Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Module</em>' attribute.
	 * @see #getModule()
	 * @generated
	 */
	void setModule(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.model.AttendanceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.harapan.model.AttendanceStatus
	 * @see #setStatus(AttendanceStatus)
	 * @see org.harapan.model.HarapanPackage#getAttendance_Status()
	 * @model
	 * @generated
	 */
	AttendanceStatus getStatus();

	/**
	 * Sets the value of the '{@link org.harapan.model.Attendance#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.harapan.model.AttendanceStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AttendanceStatus value);

	/**
	 * Returns the value of the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member</em>' reference.
	 * @see #setMember(Member)
	 * @see org.harapan.model.HarapanPackage#getAttendance_Member()
	 * @model
	 * @generated
	 */
	Member getMember();

	/**
	 * Sets the value of the '{@link org.harapan.model.Attendance#getMember <em>Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member</em>' reference.
	 * @see #getMember()
	 * @generated
	 */
	void setMember(Member value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the household was excused (izin), as the case worker recorded it; empty otherwise. Optional: files stored before it existed have none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.harapan.model.HarapanPackage#getAttendance_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.harapan.model.Attendance#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // Attendance
