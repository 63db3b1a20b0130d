/**
 */
package org.harapan.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.harapan.model.HarapanPackage;
import org.harapan.model.Measurement;
import org.harapan.model.MeasurementPlace;
import org.harapan.model.MeasurementPosition;
import org.harapan.model.Member;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.model.impl.MeasurementImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.harapan.model.impl.MeasurementImpl#getWeightKg <em>Weight Kg</em>}</li>
 *   <li>{@link org.harapan.model.impl.MeasurementImpl#getHeightCm <em>Height Cm</em>}</li>
 *   <li>{@link org.harapan.model.impl.MeasurementImpl#getPosition <em>Position</em>}</li>
 *   <li>{@link org.harapan.model.impl.MeasurementImpl#getHeadCircumferenceCm <em>Head Circumference Cm</em>}</li>
 *   <li>{@link org.harapan.model.impl.MeasurementImpl#getArmCircumferenceCm <em>Arm Circumference Cm</em>}</li>
 *   <li>{@link org.harapan.model.impl.MeasurementImpl#isOedema <em>Oedema</em>}</li>
 *   <li>{@link org.harapan.model.impl.MeasurementImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link org.harapan.model.impl.MeasurementImpl#getMember <em>Member</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasurementImpl extends MinimalEObjectImpl.Container implements Measurement {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightKg() <em>Weight Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightKg()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_KG_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeightKg() <em>Weight Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightKg()
	 * @generated
	 * @ordered
	 */
	protected double weightKg = WEIGHT_KG_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeightCm() <em>Height Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightCm()
	 * @generated
	 * @ordered
	 */
	protected static final double HEIGHT_CM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHeightCm() <em>Height Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightCm()
	 * @generated
	 * @ordered
	 */
	protected double heightCm = HEIGHT_CM_EDEFAULT;

	/**
	 * The default value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected static final MeasurementPosition POSITION_EDEFAULT = MeasurementPosition.UNKNOWN;

	/**
	 * The cached value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected MeasurementPosition position = POSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeadCircumferenceCm() <em>Head Circumference Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadCircumferenceCm()
	 * @generated
	 * @ordered
	 */
	protected static final double HEAD_CIRCUMFERENCE_CM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHeadCircumferenceCm() <em>Head Circumference Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadCircumferenceCm()
	 * @generated
	 * @ordered
	 */
	protected double headCircumferenceCm = HEAD_CIRCUMFERENCE_CM_EDEFAULT;

	/**
	 * The default value of the '{@link #getArmCircumferenceCm() <em>Arm Circumference Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArmCircumferenceCm()
	 * @generated
	 * @ordered
	 */
	protected static final double ARM_CIRCUMFERENCE_CM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getArmCircumferenceCm() <em>Arm Circumference Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArmCircumferenceCm()
	 * @generated
	 * @ordered
	 */
	protected double armCircumferenceCm = ARM_CIRCUMFERENCE_CM_EDEFAULT;

	/**
	 * The default value of the '{@link #isOedema() <em>Oedema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOedema()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OEDEMA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOedema() <em>Oedema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOedema()
	 * @generated
	 * @ordered
	 */
	protected boolean oedema = OEDEMA_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected static final MeasurementPlace PLACE_EDEFAULT = MeasurementPlace.POSYANDU;

	/**
	 * The cached value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected MeasurementPlace place = PLACE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasurementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HarapanPackage.Literals.MEASUREMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEASUREMENT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeightKg() {
		return weightKg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightKg(double newWeightKg) {
		double oldWeightKg = weightKg;
		weightKg = newWeightKg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEASUREMENT__WEIGHT_KG, oldWeightKg, weightKg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHeightCm() {
		return heightCm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeightCm(double newHeightCm) {
		double oldHeightCm = heightCm;
		heightCm = newHeightCm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEASUREMENT__HEIGHT_CM, oldHeightCm, heightCm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasurementPosition getPosition() {
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosition(MeasurementPosition newPosition) {
		MeasurementPosition oldPosition = position;
		position = newPosition == null ? POSITION_EDEFAULT : newPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEASUREMENT__POSITION, oldPosition, position));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHeadCircumferenceCm() {
		return headCircumferenceCm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeadCircumferenceCm(double newHeadCircumferenceCm) {
		double oldHeadCircumferenceCm = headCircumferenceCm;
		headCircumferenceCm = newHeadCircumferenceCm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEASUREMENT__HEAD_CIRCUMFERENCE_CM, oldHeadCircumferenceCm, headCircumferenceCm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getArmCircumferenceCm() {
		return armCircumferenceCm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArmCircumferenceCm(double newArmCircumferenceCm) {
		double oldArmCircumferenceCm = armCircumferenceCm;
		armCircumferenceCm = newArmCircumferenceCm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEASUREMENT__ARM_CIRCUMFERENCE_CM, oldArmCircumferenceCm, armCircumferenceCm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOedema() {
		return oedema;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOedema(boolean newOedema) {
		boolean oldOedema = oedema;
		oedema = newOedema;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEASUREMENT__OEDEMA, oldOedema, oedema));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasurementPlace getPlace() {
		return place;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlace(MeasurementPlace newPlace) {
		MeasurementPlace oldPlace = place;
		place = newPlace == null ? PLACE_EDEFAULT : newPlace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEASUREMENT__PLACE, oldPlace, place));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getMember() {
		if (eContainerFeatureID() != HarapanPackage.MEASUREMENT__MEMBER) return null;
		return (Member)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HarapanPackage.MEASUREMENT__MEMBER:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, HarapanPackage.MEASUREMENT__MEMBER, msgs);
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
			case HarapanPackage.MEASUREMENT__MEMBER:
				return eBasicSetContainer(null, HarapanPackage.MEASUREMENT__MEMBER, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case HarapanPackage.MEASUREMENT__MEMBER:
				return eInternalContainer().eInverseRemove(this, HarapanPackage.MEMBER__MEASUREMENTS, Member.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HarapanPackage.MEASUREMENT__DATE:
				return getDate();
			case HarapanPackage.MEASUREMENT__WEIGHT_KG:
				return getWeightKg();
			case HarapanPackage.MEASUREMENT__HEIGHT_CM:
				return getHeightCm();
			case HarapanPackage.MEASUREMENT__POSITION:
				return getPosition();
			case HarapanPackage.MEASUREMENT__HEAD_CIRCUMFERENCE_CM:
				return getHeadCircumferenceCm();
			case HarapanPackage.MEASUREMENT__ARM_CIRCUMFERENCE_CM:
				return getArmCircumferenceCm();
			case HarapanPackage.MEASUREMENT__OEDEMA:
				return isOedema();
			case HarapanPackage.MEASUREMENT__PLACE:
				return getPlace();
			case HarapanPackage.MEASUREMENT__MEMBER:
				return getMember();
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
			case HarapanPackage.MEASUREMENT__DATE:
				setDate((LocalDate)newValue);
				return;
			case HarapanPackage.MEASUREMENT__WEIGHT_KG:
				setWeightKg((Double)newValue);
				return;
			case HarapanPackage.MEASUREMENT__HEIGHT_CM:
				setHeightCm((Double)newValue);
				return;
			case HarapanPackage.MEASUREMENT__POSITION:
				setPosition((MeasurementPosition)newValue);
				return;
			case HarapanPackage.MEASUREMENT__HEAD_CIRCUMFERENCE_CM:
				setHeadCircumferenceCm((Double)newValue);
				return;
			case HarapanPackage.MEASUREMENT__ARM_CIRCUMFERENCE_CM:
				setArmCircumferenceCm((Double)newValue);
				return;
			case HarapanPackage.MEASUREMENT__OEDEMA:
				setOedema((Boolean)newValue);
				return;
			case HarapanPackage.MEASUREMENT__PLACE:
				setPlace((MeasurementPlace)newValue);
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
			case HarapanPackage.MEASUREMENT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case HarapanPackage.MEASUREMENT__WEIGHT_KG:
				setWeightKg(WEIGHT_KG_EDEFAULT);
				return;
			case HarapanPackage.MEASUREMENT__HEIGHT_CM:
				setHeightCm(HEIGHT_CM_EDEFAULT);
				return;
			case HarapanPackage.MEASUREMENT__POSITION:
				setPosition(POSITION_EDEFAULT);
				return;
			case HarapanPackage.MEASUREMENT__HEAD_CIRCUMFERENCE_CM:
				setHeadCircumferenceCm(HEAD_CIRCUMFERENCE_CM_EDEFAULT);
				return;
			case HarapanPackage.MEASUREMENT__ARM_CIRCUMFERENCE_CM:
				setArmCircumferenceCm(ARM_CIRCUMFERENCE_CM_EDEFAULT);
				return;
			case HarapanPackage.MEASUREMENT__OEDEMA:
				setOedema(OEDEMA_EDEFAULT);
				return;
			case HarapanPackage.MEASUREMENT__PLACE:
				setPlace(PLACE_EDEFAULT);
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
			case HarapanPackage.MEASUREMENT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case HarapanPackage.MEASUREMENT__WEIGHT_KG:
				return weightKg != WEIGHT_KG_EDEFAULT;
			case HarapanPackage.MEASUREMENT__HEIGHT_CM:
				return heightCm != HEIGHT_CM_EDEFAULT;
			case HarapanPackage.MEASUREMENT__POSITION:
				return position != POSITION_EDEFAULT;
			case HarapanPackage.MEASUREMENT__HEAD_CIRCUMFERENCE_CM:
				return headCircumferenceCm != HEAD_CIRCUMFERENCE_CM_EDEFAULT;
			case HarapanPackage.MEASUREMENT__ARM_CIRCUMFERENCE_CM:
				return armCircumferenceCm != ARM_CIRCUMFERENCE_CM_EDEFAULT;
			case HarapanPackage.MEASUREMENT__OEDEMA:
				return oedema != OEDEMA_EDEFAULT;
			case HarapanPackage.MEASUREMENT__PLACE:
				return place != PLACE_EDEFAULT;
			case HarapanPackage.MEASUREMENT__MEMBER:
				return getMember() != null;
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
		result.append(" (date: ");
		result.append(date);
		result.append(", weightKg: ");
		result.append(weightKg);
		result.append(", heightCm: ");
		result.append(heightCm);
		result.append(", position: ");
		result.append(position);
		result.append(", headCircumferenceCm: ");
		result.append(headCircumferenceCm);
		result.append(", armCircumferenceCm: ");
		result.append(armCircumferenceCm);
		result.append(", oedema: ");
		result.append(oedema);
		result.append(", place: ");
		result.append(place);
		result.append(')');
		return result.toString();
	}

} //MeasurementImpl
