/**
 */
package org.harapan.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.harapan.model.Attendance;
import org.harapan.model.CaseEvent;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.Disbursement;
import org.harapan.model.HarapanPackage;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.Member;
import org.harapan.model.Referral;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Household</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getKpmId <em>Kpm Id</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getNoKK <em>No KK</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getDesaCode <em>Desa Code</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getFacilitator <em>Facilitator</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getJoinedDate <em>Joined Date</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getWelfareDecile <em>Welfare Decile</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getP2k2Group <em>P2k2 Group</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#isOwnIncome <em>Own Income</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getAttendances <em>Attendances</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getComplianceRecords <em>Compliance Records</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getDisbursements <em>Disbursements</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getReferrals <em>Referrals</em>}</li>
 *   <li>{@link org.harapan.model.impl.HouseholdImpl#getEvents <em>Events</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HouseholdImpl extends MinimalEObjectImpl.Container implements Household {
	/**
	 * The default value of the '{@link #getKpmId() <em>Kpm Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpmId()
	 * @generated
	 * @ordered
	 */
	protected static final String KPM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKpmId() <em>Kpm Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpmId()
	 * @generated
	 * @ordered
	 */
	protected String kpmId = KPM_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoKK() <em>No KK</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoKK()
	 * @generated
	 * @ordered
	 */
	protected static final String NO_KK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNoKK() <em>No KK</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoKK()
	 * @generated
	 * @ordered
	 */
	protected String noKK = NO_KK_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

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
	 * The default value of the '{@link #getFacilitator() <em>Facilitator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacilitator()
	 * @generated
	 * @ordered
	 */
	protected static final String FACILITATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFacilitator() <em>Facilitator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacilitator()
	 * @generated
	 * @ordered
	 */
	protected String facilitator = FACILITATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final HouseholdStatus STATUS_EDEFAULT = HouseholdStatus.ACTIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected HouseholdStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getJoinedDate() <em>Joined Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoinedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate JOINED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJoinedDate() <em>Joined Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoinedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate joinedDate = JOINED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWelfareDecile() <em>Welfare Decile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWelfareDecile()
	 * @generated
	 * @ordered
	 */
	protected static final int WELFARE_DECILE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWelfareDecile() <em>Welfare Decile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWelfareDecile()
	 * @generated
	 * @ordered
	 */
	protected int welfareDecile = WELFARE_DECILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getP2k2Group() <em>P2k2 Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP2k2Group()
	 * @generated
	 * @ordered
	 */
	protected static final String P2K2_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getP2k2Group() <em>P2k2 Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP2k2Group()
	 * @generated
	 * @ordered
	 */
	protected String p2k2Group = P2K2_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #isOwnIncome() <em>Own Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOwnIncome()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OWN_INCOME_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOwnIncome() <em>Own Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOwnIncome()
	 * @generated
	 * @ordered
	 */
	protected boolean ownIncome = OWN_INCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final long VERSION_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected long version = VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Member> members;

	/**
	 * The cached value of the '{@link #getAttendances() <em>Attendances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendances()
	 * @generated
	 * @ordered
	 */
	protected EList<Attendance> attendances;

	/**
	 * The cached value of the '{@link #getComplianceRecords() <em>Compliance Records</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplianceRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<ComplianceRecord> complianceRecords;

	/**
	 * The cached value of the '{@link #getDisbursements() <em>Disbursements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisbursements()
	 * @generated
	 * @ordered
	 */
	protected EList<Disbursement> disbursements;

	/**
	 * The cached value of the '{@link #getReferrals() <em>Referrals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferrals()
	 * @generated
	 * @ordered
	 */
	protected EList<Referral> referrals;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<CaseEvent> events;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HouseholdImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HarapanPackage.Literals.HOUSEHOLD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKpmId() {
		return kpmId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKpmId(String newKpmId) {
		String oldKpmId = kpmId;
		kpmId = newKpmId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.HOUSEHOLD__KPM_ID, oldKpmId, kpmId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNoKK() {
		return noKK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoKK(String newNoKK) {
		String oldNoKK = noKK;
		noKK = newNoKK;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.HOUSEHOLD__NO_KK, oldNoKK, noKK));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.HOUSEHOLD__ADDRESS, oldAddress, address));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.HOUSEHOLD__DESA_CODE, oldDesaCode, desaCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFacilitator() {
		return facilitator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFacilitator(String newFacilitator) {
		String oldFacilitator = facilitator;
		facilitator = newFacilitator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.HOUSEHOLD__FACILITATOR, oldFacilitator, facilitator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HouseholdStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(HouseholdStatus newStatus) {
		HouseholdStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.HOUSEHOLD__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getJoinedDate() {
		return joinedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJoinedDate(LocalDate newJoinedDate) {
		LocalDate oldJoinedDate = joinedDate;
		joinedDate = newJoinedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.HOUSEHOLD__JOINED_DATE, oldJoinedDate, joinedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWelfareDecile() {
		return welfareDecile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWelfareDecile(int newWelfareDecile) {
		int oldWelfareDecile = welfareDecile;
		welfareDecile = newWelfareDecile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.HOUSEHOLD__WELFARE_DECILE, oldWelfareDecile, welfareDecile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getP2k2Group() {
		return p2k2Group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setP2k2Group(String newP2k2Group) {
		String oldP2k2Group = p2k2Group;
		p2k2Group = newP2k2Group;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.HOUSEHOLD__P2K2_GROUP, oldP2k2Group, p2k2Group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOwnIncome() {
		return ownIncome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnIncome(boolean newOwnIncome) {
		boolean oldOwnIncome = ownIncome;
		ownIncome = newOwnIncome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.HOUSEHOLD__OWN_INCOME, oldOwnIncome, ownIncome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(long newVersion) {
		long oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.HOUSEHOLD__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Member> getMembers() {
		if (members == null) {
			members = new EObjectContainmentWithInverseEList<Member>(Member.class, this, HarapanPackage.HOUSEHOLD__MEMBERS, HarapanPackage.MEMBER__HOUSEHOLD);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attendance> getAttendances() {
		if (attendances == null) {
			attendances = new EObjectContainmentEList<Attendance>(Attendance.class, this, HarapanPackage.HOUSEHOLD__ATTENDANCES);
		}
		return attendances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ComplianceRecord> getComplianceRecords() {
		if (complianceRecords == null) {
			complianceRecords = new EObjectContainmentEList<ComplianceRecord>(ComplianceRecord.class, this, HarapanPackage.HOUSEHOLD__COMPLIANCE_RECORDS);
		}
		return complianceRecords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Disbursement> getDisbursements() {
		if (disbursements == null) {
			disbursements = new EObjectContainmentEList<Disbursement>(Disbursement.class, this, HarapanPackage.HOUSEHOLD__DISBURSEMENTS);
		}
		return disbursements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Referral> getReferrals() {
		if (referrals == null) {
			referrals = new EObjectContainmentEList<Referral>(Referral.class, this, HarapanPackage.HOUSEHOLD__REFERRALS);
		}
		return referrals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CaseEvent> getEvents() {
		if (events == null) {
			events = new EObjectContainmentEList<CaseEvent>(CaseEvent.class, this, HarapanPackage.HOUSEHOLD__EVENTS);
		}
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member head() {
		return org.harapan.model.operations.HouseholdOperations.head(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member findMember(final String nik) {
		return org.harapan.model.operations.HouseholdOperations.findMember(this, nik);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String kecamatanCode() {
		return org.harapan.model.operations.HouseholdOperations.regionPrefix(getDesaCode(), 3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String kabupatenCode() {
		return org.harapan.model.operations.HouseholdOperations.regionPrefix(getDesaCode(), 2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HarapanPackage.HOUSEHOLD__MEMBERS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getMembers()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HarapanPackage.HOUSEHOLD__MEMBERS:
				return ((InternalEList<?>)getMembers()).basicRemove(otherEnd, msgs);
			case HarapanPackage.HOUSEHOLD__ATTENDANCES:
				return ((InternalEList<?>)getAttendances()).basicRemove(otherEnd, msgs);
			case HarapanPackage.HOUSEHOLD__COMPLIANCE_RECORDS:
				return ((InternalEList<?>)getComplianceRecords()).basicRemove(otherEnd, msgs);
			case HarapanPackage.HOUSEHOLD__DISBURSEMENTS:
				return ((InternalEList<?>)getDisbursements()).basicRemove(otherEnd, msgs);
			case HarapanPackage.HOUSEHOLD__REFERRALS:
				return ((InternalEList<?>)getReferrals()).basicRemove(otherEnd, msgs);
			case HarapanPackage.HOUSEHOLD__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HarapanPackage.HOUSEHOLD__KPM_ID:
				return getKpmId();
			case HarapanPackage.HOUSEHOLD__NO_KK:
				return getNoKK();
			case HarapanPackage.HOUSEHOLD__ADDRESS:
				return getAddress();
			case HarapanPackage.HOUSEHOLD__DESA_CODE:
				return getDesaCode();
			case HarapanPackage.HOUSEHOLD__FACILITATOR:
				return getFacilitator();
			case HarapanPackage.HOUSEHOLD__STATUS:
				return getStatus();
			case HarapanPackage.HOUSEHOLD__JOINED_DATE:
				return getJoinedDate();
			case HarapanPackage.HOUSEHOLD__WELFARE_DECILE:
				return getWelfareDecile();
			case HarapanPackage.HOUSEHOLD__P2K2_GROUP:
				return getP2k2Group();
			case HarapanPackage.HOUSEHOLD__OWN_INCOME:
				return isOwnIncome();
			case HarapanPackage.HOUSEHOLD__VERSION:
				return getVersion();
			case HarapanPackage.HOUSEHOLD__MEMBERS:
				return getMembers();
			case HarapanPackage.HOUSEHOLD__ATTENDANCES:
				return getAttendances();
			case HarapanPackage.HOUSEHOLD__COMPLIANCE_RECORDS:
				return getComplianceRecords();
			case HarapanPackage.HOUSEHOLD__DISBURSEMENTS:
				return getDisbursements();
			case HarapanPackage.HOUSEHOLD__REFERRALS:
				return getReferrals();
			case HarapanPackage.HOUSEHOLD__EVENTS:
				return getEvents();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HarapanPackage.HOUSEHOLD__KPM_ID:
				setKpmId((String)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__NO_KK:
				setNoKK((String)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__ADDRESS:
				setAddress((String)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__DESA_CODE:
				setDesaCode((String)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__FACILITATOR:
				setFacilitator((String)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__STATUS:
				setStatus((HouseholdStatus)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__JOINED_DATE:
				setJoinedDate((LocalDate)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__WELFARE_DECILE:
				setWelfareDecile((Integer)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__P2K2_GROUP:
				setP2k2Group((String)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__OWN_INCOME:
				setOwnIncome((Boolean)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__VERSION:
				setVersion((Long)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Member>)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__ATTENDANCES:
				getAttendances().clear();
				getAttendances().addAll((Collection<? extends Attendance>)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__COMPLIANCE_RECORDS:
				getComplianceRecords().clear();
				getComplianceRecords().addAll((Collection<? extends ComplianceRecord>)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__DISBURSEMENTS:
				getDisbursements().clear();
				getDisbursements().addAll((Collection<? extends Disbursement>)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__REFERRALS:
				getReferrals().clear();
				getReferrals().addAll((Collection<? extends Referral>)newValue);
				return;
			case HarapanPackage.HOUSEHOLD__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends CaseEvent>)newValue);
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
			case HarapanPackage.HOUSEHOLD__KPM_ID:
				setKpmId(KPM_ID_EDEFAULT);
				return;
			case HarapanPackage.HOUSEHOLD__NO_KK:
				setNoKK(NO_KK_EDEFAULT);
				return;
			case HarapanPackage.HOUSEHOLD__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case HarapanPackage.HOUSEHOLD__DESA_CODE:
				setDesaCode(DESA_CODE_EDEFAULT);
				return;
			case HarapanPackage.HOUSEHOLD__FACILITATOR:
				setFacilitator(FACILITATOR_EDEFAULT);
				return;
			case HarapanPackage.HOUSEHOLD__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case HarapanPackage.HOUSEHOLD__JOINED_DATE:
				setJoinedDate(JOINED_DATE_EDEFAULT);
				return;
			case HarapanPackage.HOUSEHOLD__WELFARE_DECILE:
				setWelfareDecile(WELFARE_DECILE_EDEFAULT);
				return;
			case HarapanPackage.HOUSEHOLD__P2K2_GROUP:
				setP2k2Group(P2K2_GROUP_EDEFAULT);
				return;
			case HarapanPackage.HOUSEHOLD__OWN_INCOME:
				setOwnIncome(OWN_INCOME_EDEFAULT);
				return;
			case HarapanPackage.HOUSEHOLD__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case HarapanPackage.HOUSEHOLD__MEMBERS:
				getMembers().clear();
				return;
			case HarapanPackage.HOUSEHOLD__ATTENDANCES:
				getAttendances().clear();
				return;
			case HarapanPackage.HOUSEHOLD__COMPLIANCE_RECORDS:
				getComplianceRecords().clear();
				return;
			case HarapanPackage.HOUSEHOLD__DISBURSEMENTS:
				getDisbursements().clear();
				return;
			case HarapanPackage.HOUSEHOLD__REFERRALS:
				getReferrals().clear();
				return;
			case HarapanPackage.HOUSEHOLD__EVENTS:
				getEvents().clear();
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
			case HarapanPackage.HOUSEHOLD__KPM_ID:
				return KPM_ID_EDEFAULT == null ? kpmId != null : !KPM_ID_EDEFAULT.equals(kpmId);
			case HarapanPackage.HOUSEHOLD__NO_KK:
				return NO_KK_EDEFAULT == null ? noKK != null : !NO_KK_EDEFAULT.equals(noKK);
			case HarapanPackage.HOUSEHOLD__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case HarapanPackage.HOUSEHOLD__DESA_CODE:
				return DESA_CODE_EDEFAULT == null ? desaCode != null : !DESA_CODE_EDEFAULT.equals(desaCode);
			case HarapanPackage.HOUSEHOLD__FACILITATOR:
				return FACILITATOR_EDEFAULT == null ? facilitator != null : !FACILITATOR_EDEFAULT.equals(facilitator);
			case HarapanPackage.HOUSEHOLD__STATUS:
				return status != STATUS_EDEFAULT;
			case HarapanPackage.HOUSEHOLD__JOINED_DATE:
				return JOINED_DATE_EDEFAULT == null ? joinedDate != null : !JOINED_DATE_EDEFAULT.equals(joinedDate);
			case HarapanPackage.HOUSEHOLD__WELFARE_DECILE:
				return welfareDecile != WELFARE_DECILE_EDEFAULT;
			case HarapanPackage.HOUSEHOLD__P2K2_GROUP:
				return P2K2_GROUP_EDEFAULT == null ? p2k2Group != null : !P2K2_GROUP_EDEFAULT.equals(p2k2Group);
			case HarapanPackage.HOUSEHOLD__OWN_INCOME:
				return ownIncome != OWN_INCOME_EDEFAULT;
			case HarapanPackage.HOUSEHOLD__VERSION:
				return version != VERSION_EDEFAULT;
			case HarapanPackage.HOUSEHOLD__MEMBERS:
				return members != null && !members.isEmpty();
			case HarapanPackage.HOUSEHOLD__ATTENDANCES:
				return attendances != null && !attendances.isEmpty();
			case HarapanPackage.HOUSEHOLD__COMPLIANCE_RECORDS:
				return complianceRecords != null && !complianceRecords.isEmpty();
			case HarapanPackage.HOUSEHOLD__DISBURSEMENTS:
				return disbursements != null && !disbursements.isEmpty();
			case HarapanPackage.HOUSEHOLD__REFERRALS:
				return referrals != null && !referrals.isEmpty();
			case HarapanPackage.HOUSEHOLD__EVENTS:
				return events != null && !events.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case HarapanPackage.HOUSEHOLD___HEAD:
				return head();
			case HarapanPackage.HOUSEHOLD___FIND_MEMBER__STRING:
				return findMember((String)arguments.get(0));
			case HarapanPackage.HOUSEHOLD___KECAMATAN_CODE:
				return kecamatanCode();
			case HarapanPackage.HOUSEHOLD___KABUPATEN_CODE:
				return kabupatenCode();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (kpmId: ");
		result.append(kpmId);
		result.append(", noKK: ");
		result.append(noKK);
		result.append(", address: ");
		result.append(address);
		result.append(", desaCode: ");
		result.append(desaCode);
		result.append(", facilitator: ");
		result.append(facilitator);
		result.append(", status: ");
		result.append(status);
		result.append(", joinedDate: ");
		result.append(joinedDate);
		result.append(", welfareDecile: ");
		result.append(welfareDecile);
		result.append(", p2k2Group: ");
		result.append(p2k2Group);
		result.append(", ownIncome: ");
		result.append(ownIncome);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //HouseholdImpl
