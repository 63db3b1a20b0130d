/**
 */
package org.harapan.programme.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.harapan.programme.AidBenefit;
import org.harapan.programme.ProgrammePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Aid Benefit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.impl.AidBenefitImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.harapan.programme.impl.AidBenefitImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.harapan.programme.impl.AidBenefitImpl#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.harapan.programme.impl.AidBenefitImpl#getAmountRp <em>Amount Rp</em>}</li>
 *   <li>{@link org.harapan.programme.impl.AidBenefitImpl#getDurationDays <em>Duration Days</em>}</li>
 *   <li>{@link org.harapan.programme.impl.AidBenefitImpl#getReviewMonths <em>Review Months</em>}</li>
 *   <li>{@link org.harapan.programme.impl.AidBenefitImpl#isOneOff <em>One Off</em>}</li>
 *   <li>{@link org.harapan.programme.impl.AidBenefitImpl#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AidBenefitImpl extends MinimalEObjectImpl.Container implements AidBenefit {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitleEn() <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEn()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleEn() <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEn()
	 * @generated
	 * @ordered
	 */
	protected String titleEn = TITLE_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmountRp() <em>Amount Rp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmountRp()
	 * @generated
	 * @ordered
	 */
	protected static final long AMOUNT_RP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAmountRp() <em>Amount Rp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmountRp()
	 * @generated
	 * @ordered
	 */
	protected long amountRp = AMOUNT_RP_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationDays() <em>Duration Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationDays()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationDays() <em>Duration Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationDays()
	 * @generated
	 * @ordered
	 */
	protected int durationDays = DURATION_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewMonths() <em>Review Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int REVIEW_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReviewMonths() <em>Review Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewMonths()
	 * @generated
	 * @ordered
	 */
	protected int reviewMonths = REVIEW_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #isOneOff() <em>One Off</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOneOff()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ONE_OFF_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOneOff() <em>One Off</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOneOff()
	 * @generated
	 * @ordered
	 */
	protected boolean oneOff = ONE_OFF_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AidBenefitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.AID_BENEFIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.AID_BENEFIT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.AID_BENEFIT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleEn() {
		return titleEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleEn(String newTitleEn) {
		String oldTitleEn = titleEn;
		titleEn = newTitleEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.AID_BENEFIT__TITLE_EN, oldTitleEn, titleEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAmountRp() {
		return amountRp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmountRp(long newAmountRp) {
		long oldAmountRp = amountRp;
		amountRp = newAmountRp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.AID_BENEFIT__AMOUNT_RP, oldAmountRp, amountRp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationDays() {
		return durationDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationDays(int newDurationDays) {
		int oldDurationDays = durationDays;
		durationDays = newDurationDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.AID_BENEFIT__DURATION_DAYS, oldDurationDays, durationDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReviewMonths() {
		return reviewMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewMonths(int newReviewMonths) {
		int oldReviewMonths = reviewMonths;
		reviewMonths = newReviewMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.AID_BENEFIT__REVIEW_MONTHS, oldReviewMonths, reviewMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOneOff() {
		return oneOff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOneOff(boolean newOneOff) {
		boolean oldOneOff = oneOff;
		oneOff = newOneOff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.AID_BENEFIT__ONE_OFF, oldOneOff, oneOff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.AID_BENEFIT__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProgrammePackage.AID_BENEFIT__ID:
				return getId();
			case ProgrammePackage.AID_BENEFIT__TITLE:
				return getTitle();
			case ProgrammePackage.AID_BENEFIT__TITLE_EN:
				return getTitleEn();
			case ProgrammePackage.AID_BENEFIT__AMOUNT_RP:
				return getAmountRp();
			case ProgrammePackage.AID_BENEFIT__DURATION_DAYS:
				return getDurationDays();
			case ProgrammePackage.AID_BENEFIT__REVIEW_MONTHS:
				return getReviewMonths();
			case ProgrammePackage.AID_BENEFIT__ONE_OFF:
				return isOneOff();
			case ProgrammePackage.AID_BENEFIT__TARGET:
				return getTarget();
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
			case ProgrammePackage.AID_BENEFIT__ID:
				setId((String)newValue);
				return;
			case ProgrammePackage.AID_BENEFIT__TITLE:
				setTitle((String)newValue);
				return;
			case ProgrammePackage.AID_BENEFIT__TITLE_EN:
				setTitleEn((String)newValue);
				return;
			case ProgrammePackage.AID_BENEFIT__AMOUNT_RP:
				setAmountRp((Long)newValue);
				return;
			case ProgrammePackage.AID_BENEFIT__DURATION_DAYS:
				setDurationDays((Integer)newValue);
				return;
			case ProgrammePackage.AID_BENEFIT__REVIEW_MONTHS:
				setReviewMonths((Integer)newValue);
				return;
			case ProgrammePackage.AID_BENEFIT__ONE_OFF:
				setOneOff((Boolean)newValue);
				return;
			case ProgrammePackage.AID_BENEFIT__TARGET:
				setTarget((String)newValue);
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
			case ProgrammePackage.AID_BENEFIT__ID:
				setId(ID_EDEFAULT);
				return;
			case ProgrammePackage.AID_BENEFIT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ProgrammePackage.AID_BENEFIT__TITLE_EN:
				setTitleEn(TITLE_EN_EDEFAULT);
				return;
			case ProgrammePackage.AID_BENEFIT__AMOUNT_RP:
				setAmountRp(AMOUNT_RP_EDEFAULT);
				return;
			case ProgrammePackage.AID_BENEFIT__DURATION_DAYS:
				setDurationDays(DURATION_DAYS_EDEFAULT);
				return;
			case ProgrammePackage.AID_BENEFIT__REVIEW_MONTHS:
				setReviewMonths(REVIEW_MONTHS_EDEFAULT);
				return;
			case ProgrammePackage.AID_BENEFIT__ONE_OFF:
				setOneOff(ONE_OFF_EDEFAULT);
				return;
			case ProgrammePackage.AID_BENEFIT__TARGET:
				setTarget(TARGET_EDEFAULT);
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
			case ProgrammePackage.AID_BENEFIT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ProgrammePackage.AID_BENEFIT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ProgrammePackage.AID_BENEFIT__TITLE_EN:
				return TITLE_EN_EDEFAULT == null ? titleEn != null : !TITLE_EN_EDEFAULT.equals(titleEn);
			case ProgrammePackage.AID_BENEFIT__AMOUNT_RP:
				return amountRp != AMOUNT_RP_EDEFAULT;
			case ProgrammePackage.AID_BENEFIT__DURATION_DAYS:
				return durationDays != DURATION_DAYS_EDEFAULT;
			case ProgrammePackage.AID_BENEFIT__REVIEW_MONTHS:
				return reviewMonths != REVIEW_MONTHS_EDEFAULT;
			case ProgrammePackage.AID_BENEFIT__ONE_OFF:
				return oneOff != ONE_OFF_EDEFAULT;
			case ProgrammePackage.AID_BENEFIT__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", titleEn: ");
		result.append(titleEn);
		result.append(", amountRp: ");
		result.append(amountRp);
		result.append(", durationDays: ");
		result.append(durationDays);
		result.append(", reviewMonths: ");
		result.append(reviewMonths);
		result.append(", oneOff: ");
		result.append(oneOff);
		result.append(", target: ");
		result.append(target);
		result.append(')');
		return result.toString();
	}

} //AidBenefitImpl
