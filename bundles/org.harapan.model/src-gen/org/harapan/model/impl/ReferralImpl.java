/**
 */
package org.harapan.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.harapan.model.HarapanPackage;
import org.harapan.model.Member;
import org.harapan.model.Referral;
import org.harapan.model.ReferralOutcome;
import org.harapan.model.ReferralService;
import org.harapan.model.ReferralState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Referral</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.model.impl.ReferralImpl#getService <em>Service</em>}</li>
 *   <li>{@link org.harapan.model.impl.ReferralImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.harapan.model.impl.ReferralImpl#getReferredDate <em>Referred Date</em>}</li>
 *   <li>{@link org.harapan.model.impl.ReferralImpl#getStartedDate <em>Started Date</em>}</li>
 *   <li>{@link org.harapan.model.impl.ReferralImpl#getEndedDate <em>Ended Date</em>}</li>
 *   <li>{@link org.harapan.model.impl.ReferralImpl#getState <em>State</em>}</li>
 *   <li>{@link org.harapan.model.impl.ReferralImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.harapan.model.impl.ReferralImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.harapan.model.impl.ReferralImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.harapan.model.impl.ReferralImpl#getMember <em>Member</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReferralImpl extends MinimalEObjectImpl.Container implements Referral {
	/**
	 * The default value of the '{@link #getService() <em>Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected static final ReferralService SERVICE_EDEFAULT = ReferralService.PMT_LOKAL;

	/**
	 * The cached value of the '{@link #getService() <em>Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected ReferralService service = SERVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected String provider = PROVIDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferredDate() <em>Referred Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferredDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REFERRED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferredDate() <em>Referred Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferredDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate referredDate = REFERRED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartedDate() <em>Started Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate STARTED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedDate() <em>Started Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startedDate = STARTED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndedDate() <em>Ended Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ENDED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndedDate() <em>Ended Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endedDate = ENDED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final ReferralState STATE_EDEFAULT = ReferralState.OPEN;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected ReferralState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final ReferralOutcome OUTCOME_EDEFAULT = ReferralOutcome.PENDING;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected ReferralOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

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
	protected ReferralImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HarapanPackage.Literals.REFERRAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferralService getService() {
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setService(ReferralService newService) {
		ReferralService oldService = service;
		service = newService == null ? SERVICE_EDEFAULT : newService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.REFERRAL__SERVICE, oldService, service));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(String newProvider) {
		String oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.REFERRAL__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReferredDate() {
		return referredDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferredDate(LocalDate newReferredDate) {
		LocalDate oldReferredDate = referredDate;
		referredDate = newReferredDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.REFERRAL__REFERRED_DATE, oldReferredDate, referredDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartedDate() {
		return startedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedDate(LocalDate newStartedDate) {
		LocalDate oldStartedDate = startedDate;
		startedDate = newStartedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.REFERRAL__STARTED_DATE, oldStartedDate, startedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndedDate() {
		return endedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndedDate(LocalDate newEndedDate) {
		LocalDate oldEndedDate = endedDate;
		endedDate = newEndedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.REFERRAL__ENDED_DATE, oldEndedDate, endedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferralState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(ReferralState newState) {
		ReferralState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.REFERRAL__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferralOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(ReferralOutcome newOutcome) {
		ReferralOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.REFERRAL__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.REFERRAL__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.REFERRAL__NOTE, oldNote, note));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HarapanPackage.REFERRAL__MEMBER, oldMember, member));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.REFERRAL__MEMBER, oldMember, member));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HarapanPackage.REFERRAL__SERVICE:
				return getService();
			case HarapanPackage.REFERRAL__PROVIDER:
				return getProvider();
			case HarapanPackage.REFERRAL__REFERRED_DATE:
				return getReferredDate();
			case HarapanPackage.REFERRAL__STARTED_DATE:
				return getStartedDate();
			case HarapanPackage.REFERRAL__ENDED_DATE:
				return getEndedDate();
			case HarapanPackage.REFERRAL__STATE:
				return getState();
			case HarapanPackage.REFERRAL__OUTCOME:
				return getOutcome();
			case HarapanPackage.REFERRAL__SOURCE:
				return getSource();
			case HarapanPackage.REFERRAL__NOTE:
				return getNote();
			case HarapanPackage.REFERRAL__MEMBER:
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
			case HarapanPackage.REFERRAL__SERVICE:
				setService((ReferralService)newValue);
				return;
			case HarapanPackage.REFERRAL__PROVIDER:
				setProvider((String)newValue);
				return;
			case HarapanPackage.REFERRAL__REFERRED_DATE:
				setReferredDate((LocalDate)newValue);
				return;
			case HarapanPackage.REFERRAL__STARTED_DATE:
				setStartedDate((LocalDate)newValue);
				return;
			case HarapanPackage.REFERRAL__ENDED_DATE:
				setEndedDate((LocalDate)newValue);
				return;
			case HarapanPackage.REFERRAL__STATE:
				setState((ReferralState)newValue);
				return;
			case HarapanPackage.REFERRAL__OUTCOME:
				setOutcome((ReferralOutcome)newValue);
				return;
			case HarapanPackage.REFERRAL__SOURCE:
				setSource((String)newValue);
				return;
			case HarapanPackage.REFERRAL__NOTE:
				setNote((String)newValue);
				return;
			case HarapanPackage.REFERRAL__MEMBER:
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
			case HarapanPackage.REFERRAL__SERVICE:
				setService(SERVICE_EDEFAULT);
				return;
			case HarapanPackage.REFERRAL__PROVIDER:
				setProvider(PROVIDER_EDEFAULT);
				return;
			case HarapanPackage.REFERRAL__REFERRED_DATE:
				setReferredDate(REFERRED_DATE_EDEFAULT);
				return;
			case HarapanPackage.REFERRAL__STARTED_DATE:
				setStartedDate(STARTED_DATE_EDEFAULT);
				return;
			case HarapanPackage.REFERRAL__ENDED_DATE:
				setEndedDate(ENDED_DATE_EDEFAULT);
				return;
			case HarapanPackage.REFERRAL__STATE:
				setState(STATE_EDEFAULT);
				return;
			case HarapanPackage.REFERRAL__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case HarapanPackage.REFERRAL__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case HarapanPackage.REFERRAL__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case HarapanPackage.REFERRAL__MEMBER:
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
			case HarapanPackage.REFERRAL__SERVICE:
				return service != SERVICE_EDEFAULT;
			case HarapanPackage.REFERRAL__PROVIDER:
				return PROVIDER_EDEFAULT == null ? provider != null : !PROVIDER_EDEFAULT.equals(provider);
			case HarapanPackage.REFERRAL__REFERRED_DATE:
				return REFERRED_DATE_EDEFAULT == null ? referredDate != null : !REFERRED_DATE_EDEFAULT.equals(referredDate);
			case HarapanPackage.REFERRAL__STARTED_DATE:
				return STARTED_DATE_EDEFAULT == null ? startedDate != null : !STARTED_DATE_EDEFAULT.equals(startedDate);
			case HarapanPackage.REFERRAL__ENDED_DATE:
				return ENDED_DATE_EDEFAULT == null ? endedDate != null : !ENDED_DATE_EDEFAULT.equals(endedDate);
			case HarapanPackage.REFERRAL__STATE:
				return state != STATE_EDEFAULT;
			case HarapanPackage.REFERRAL__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case HarapanPackage.REFERRAL__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case HarapanPackage.REFERRAL__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case HarapanPackage.REFERRAL__MEMBER:
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
		result.append(" (service: ");
		result.append(service);
		result.append(", provider: ");
		result.append(provider);
		result.append(", referredDate: ");
		result.append(referredDate);
		result.append(", startedDate: ");
		result.append(startedDate);
		result.append(", endedDate: ");
		result.append(endedDate);
		result.append(", state: ");
		result.append(state);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", source: ");
		result.append(source);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //ReferralImpl
