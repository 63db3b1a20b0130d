/**
 */
package org.harapan.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Household</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A KPM (Keluarga Penerima Manfaat), the PKH beneficiary household. Not to be confused with Kader Pembangunan Manusia (village cadre).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.model.Household#getKpmId <em>Kpm Id</em>}</li>
 *   <li>{@link org.harapan.model.Household#getNoKK <em>No KK</em>}</li>
 *   <li>{@link org.harapan.model.Household#getAddress <em>Address</em>}</li>
 *   <li>{@link org.harapan.model.Household#getDesaCode <em>Desa Code</em>}</li>
 *   <li>{@link org.harapan.model.Household#getFacilitator <em>Facilitator</em>}</li>
 *   <li>{@link org.harapan.model.Household#getStatus <em>Status</em>}</li>
 *   <li>{@link org.harapan.model.Household#getJoinedDate <em>Joined Date</em>}</li>
 *   <li>{@link org.harapan.model.Household#getWelfareDecile <em>Welfare Decile</em>}</li>
 *   <li>{@link org.harapan.model.Household#getP2k2Group <em>P2k2 Group</em>}</li>
 *   <li>{@link org.harapan.model.Household#isOwnIncome <em>Own Income</em>}</li>
 *   <li>{@link org.harapan.model.Household#getVersion <em>Version</em>}</li>
 *   <li>{@link org.harapan.model.Household#getMembers <em>Members</em>}</li>
 *   <li>{@link org.harapan.model.Household#getAttendances <em>Attendances</em>}</li>
 *   <li>{@link org.harapan.model.Household#getComplianceRecords <em>Compliance Records</em>}</li>
 *   <li>{@link org.harapan.model.Household#getDisbursements <em>Disbursements</em>}</li>
 *   <li>{@link org.harapan.model.Household#getReferrals <em>Referrals</em>}</li>
 *   <li>{@link org.harapan.model.Household#getEvents <em>Events</em>}</li>
 * </ul>
 *
 * @see org.harapan.model.HarapanPackage#getHousehold()
 * @model
 * @generated
 */
public interface Household extends EObject {
	/**
	 * Returns the value of the '<em><b>Kpm Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Programme identifier of the KPM (household).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kpm Id</em>' attribute.
	 * @see #setKpmId(String)
	 * @see org.harapan.model.HarapanPackage#getHousehold_KpmId()
	 * @model id="true"
	 * @generated
	 */
	String getKpmId();

	/**
	 * Sets the value of the '{@link org.harapan.model.Household#getKpmId <em>Kpm Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kpm Id</em>' attribute.
	 * @see #getKpmId()
	 * @generated
	 */
	void setKpmId(String value);

	/**
	 * Returns the value of the '<em><b>No KK</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nomor Kartu Keluarga: the 16-digit family card number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>No KK</em>' attribute.
	 * @see #setNoKK(String)
	 * @see org.harapan.model.HarapanPackage#getHousehold_NoKK()
	 * @model
	 * @generated
	 */
	String getNoKK();

	/**
	 * Sets the value of the '{@link org.harapan.model.Household#getNoKK <em>No KK</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No KK</em>' attribute.
	 * @see #getNoKK()
	 * @generated
	 */
	void setNoKK(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.harapan.model.HarapanPackage#getHousehold_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.harapan.model.Household#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Desa Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kemendagri code of the desa/kelurahan, e.g. 31.71.07.1002.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Desa Code</em>' attribute.
	 * @see #setDesaCode(String)
	 * @see org.harapan.model.HarapanPackage#getHousehold_DesaCode()
	 * @model
	 * @generated
	 */
	String getDesaCode();

	/**
	 * Sets the value of the '{@link org.harapan.model.Household#getDesaCode <em>Desa Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Desa Code</em>' attribute.
	 * @see #getDesaCode()
	 * @generated
	 */
	void setDesaCode(String value);

	/**
	 * Returns the value of the '<em><b>Facilitator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User id of the pendamping PKH (facilitator) who follows the household.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Facilitator</em>' attribute.
	 * @see #setFacilitator(String)
	 * @see org.harapan.model.HarapanPackage#getHousehold_Facilitator()
	 * @model
	 * @generated
	 */
	String getFacilitator();

	/**
	 * Sets the value of the '{@link org.harapan.model.Household#getFacilitator <em>Facilitator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Facilitator</em>' attribute.
	 * @see #getFacilitator()
	 * @generated
	 */
	void setFacilitator(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.model.HouseholdStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.harapan.model.HouseholdStatus
	 * @see #setStatus(HouseholdStatus)
	 * @see org.harapan.model.HarapanPackage#getHousehold_Status()
	 * @model
	 * @generated
	 */
	HouseholdStatus getStatus();

	/**
	 * Sets the value of the '{@link org.harapan.model.Household#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.harapan.model.HouseholdStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(HouseholdStatus value);

	/**
	 * Returns the value of the '<em><b>Joined Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Joined Date</em>' attribute.
	 * @see #setJoinedDate(LocalDate)
	 * @see org.harapan.model.HarapanPackage#getHousehold_JoinedDate()
	 * @model dataType="org.harapan.model.LocalDate"
	 * @generated
	 */
	LocalDate getJoinedDate();

	/**
	 * Sets the value of the '{@link org.harapan.model.Household#getJoinedDate <em>Joined Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Joined Date</em>' attribute.
	 * @see #getJoinedDate()
	 * @generated
	 */
	void setJoinedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Welfare Decile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DTSEN welfare decile 1-10; 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Welfare Decile</em>' attribute.
	 * @see #setWelfareDecile(int)
	 * @see org.harapan.model.HarapanPackage#getHousehold_WelfareDecile()
	 * @model
	 * @generated
	 */
	int getWelfareDecile();

	/**
	 * Sets the value of the '{@link org.harapan.model.Household#getWelfareDecile <em>Welfare Decile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Welfare Decile</em>' attribute.
	 * @see #getWelfareDecile()
	 * @generated
	 */
	void setWelfareDecile(int value);

	/**
	 * Returns the value of the '<em><b>P2k2 Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the P2K2 group (kelompok, 10-30 KPM) the household meets with every month; empty when none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>P2k2 Group</em>' attribute.
	 * @see #setP2k2Group(String)
	 * @see org.harapan.model.HarapanPackage#getHousehold_P2k2Group()
	 * @model
	 * @generated
	 */
	String getP2k2Group();

	/**
	 * Sets the value of the '{@link org.harapan.model.Household#getP2k2Group <em>P2k2 Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>P2k2 Group</em>' attribute.
	 * @see #getP2k2Group()
	 * @generated
	 */
	void setP2k2Group(String value);

	/**
	 * Returns the value of the '<em><b>Own Income</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A business or wage income of the family has been recorded (a self-reliance criterion).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Own Income</em>' attribute.
	 * @see #setOwnIncome(boolean)
	 * @see org.harapan.model.HarapanPackage#getHousehold_OwnIncome()
	 * @model
	 * @generated
	 */
	boolean isOwnIncome();

	/**
	 * Sets the value of the '{@link org.harapan.model.Household#isOwnIncome <em>Own Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Own Income</em>' attribute.
	 * @see #isOwnIncome()
	 * @generated
	 */
	void setOwnIncome(boolean value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optimistic-locking version, managed by the case store (kept in its own column, never serialized with the tree).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(long)
	 * @see org.harapan.model.HarapanPackage#getHousehold_Version()
	 * @model transient="true"
	 * @generated
	 */
	long getVersion();

	/**
	 * Sets the value of the '{@link org.harapan.model.Household#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(long value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.model.Member}.
	 * It is bidirectional and its opposite is '{@link org.harapan.model.Member#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see org.harapan.model.HarapanPackage#getHousehold_Members()
	 * @see org.harapan.model.Member#getHousehold
	 * @model opposite="household" containment="true"
	 * @generated
	 */
	EList<Member> getMembers();

	/**
	 * Returns the value of the '<em><b>Attendances</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.model.Attendance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendances</em>' containment reference list.
	 * @see org.harapan.model.HarapanPackage#getHousehold_Attendances()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attendance> getAttendances();

	/**
	 * Returns the value of the '<em><b>Compliance Records</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.model.ComplianceRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Compliance Records</em>' containment reference list.
	 * @see org.harapan.model.HarapanPackage#getHousehold_ComplianceRecords()
	 * @model containment="true"
	 * @generated
	 */
	EList<ComplianceRecord> getComplianceRecords();

	/**
	 * Returns the value of the '<em><b>Disbursements</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.model.Disbursement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disbursements</em>' containment reference list.
	 * @see org.harapan.model.HarapanPackage#getHousehold_Disbursements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Disbursement> getDisbursements();

	/**
	 * Returns the value of the '<em><b>Referrals</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.model.Referral}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Referrals</em>' containment reference list.
	 * @see org.harapan.model.HarapanPackage#getHousehold_Referrals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Referral> getReferrals();

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.model.CaseEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes and the audit trail of the household, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see org.harapan.model.HarapanPackage#getHousehold_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<CaseEvent> getEvents();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member recorded as head of the family (kepala keluarga), or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Member head();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member with this NIK, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Member findMember(String nik);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kecamatan part of the desa code (e.g. 18.07.01), or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String kecamatanCode();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kabupaten/kota part of the desa code (e.g. 18.07), or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String kabupatenCode();

} // Household
