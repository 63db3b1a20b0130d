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

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.harapan.model.DisabilityLevel;
import org.harapan.model.HarapanPackage;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.model.PkhComponent;
import org.harapan.model.RelationToHead;
import org.harapan.model.SchoolLevel;
import org.harapan.model.Sex;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Member</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.model.impl.MemberImpl#getNik <em>Nik</em>}</li>
 *   <li>{@link org.harapan.model.impl.MemberImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.harapan.model.impl.MemberImpl#getSex <em>Sex</em>}</li>
 *   <li>{@link org.harapan.model.impl.MemberImpl#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.harapan.model.impl.MemberImpl#getRelationToHead <em>Relation To Head</em>}</li>
 *   <li>{@link org.harapan.model.impl.MemberImpl#isPregnant <em>Pregnant</em>}</li>
 *   <li>{@link org.harapan.model.impl.MemberImpl#getExpectedDeliveryDate <em>Expected Delivery Date</em>}</li>
 *   <li>{@link org.harapan.model.impl.MemberImpl#getSchoolLevel <em>School Level</em>}</li>
 *   <li>{@link org.harapan.model.impl.MemberImpl#isEnrolled <em>Enrolled</em>}</li>
 *   <li>{@link org.harapan.model.impl.MemberImpl#getDisability <em>Disability</em>}</li>
 *   <li>{@link org.harapan.model.impl.MemberImpl#getHousehold <em>Household</em>}</li>
 *   <li>{@link org.harapan.model.impl.MemberImpl#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MemberImpl extends MinimalEObjectImpl.Container implements Member {
	/**
	 * The default value of the '{@link #getNik() <em>Nik</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNik()
	 * @generated
	 * @ordered
	 */
	protected static final String NIK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNik() <em>Nik</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNik()
	 * @generated
	 * @ordered
	 */
	protected String nik = NIK_EDEFAULT;

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
	 * The default value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected static final Sex SEX_EDEFAULT = Sex.MALE;

	/**
	 * The cached value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected Sex sex = SEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BIRTH_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate birthDate = BIRTH_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRelationToHead() <em>Relation To Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationToHead()
	 * @generated
	 * @ordered
	 */
	protected static final RelationToHead RELATION_TO_HEAD_EDEFAULT = RelationToHead.HEAD;

	/**
	 * The cached value of the '{@link #getRelationToHead() <em>Relation To Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationToHead()
	 * @generated
	 * @ordered
	 */
	protected RelationToHead relationToHead = RELATION_TO_HEAD_EDEFAULT;

	/**
	 * The default value of the '{@link #isPregnant() <em>Pregnant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPregnant()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PREGNANT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPregnant() <em>Pregnant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPregnant()
	 * @generated
	 * @ordered
	 */
	protected boolean pregnant = PREGNANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedDeliveryDate() <em>Expected Delivery Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedDeliveryDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EXPECTED_DELIVERY_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectedDeliveryDate() <em>Expected Delivery Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedDeliveryDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate expectedDeliveryDate = EXPECTED_DELIVERY_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSchoolLevel() <em>School Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchoolLevel()
	 * @generated
	 * @ordered
	 */
	protected static final SchoolLevel SCHOOL_LEVEL_EDEFAULT = SchoolLevel.NONE;

	/**
	 * The cached value of the '{@link #getSchoolLevel() <em>School Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchoolLevel()
	 * @generated
	 * @ordered
	 */
	protected SchoolLevel schoolLevel = SCHOOL_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnrolled() <em>Enrolled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnrolled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENROLLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEnrolled() <em>Enrolled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnrolled()
	 * @generated
	 * @ordered
	 */
	protected boolean enrolled = ENROLLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisability() <em>Disability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisability()
	 * @generated
	 * @ordered
	 */
	protected static final DisabilityLevel DISABILITY_EDEFAULT = DisabilityLevel.NONE;

	/**
	 * The cached value of the '{@link #getDisability() <em>Disability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisability()
	 * @generated
	 * @ordered
	 */
	protected DisabilityLevel disability = DISABILITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeasurements() <em>Measurements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<Measurement> measurements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MemberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HarapanPackage.Literals.MEMBER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNik() {
		return nik;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNik(String newNik) {
		String oldNik = nik;
		nik = newNik;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEMBER__NIK, oldNik, nik));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEMBER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sex getSex() {
		return sex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSex(Sex newSex) {
		Sex oldSex = sex;
		sex = newSex == null ? SEX_EDEFAULT : newSex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEMBER__SEX, oldSex, sex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBirthDate() {
		return birthDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthDate(LocalDate newBirthDate) {
		LocalDate oldBirthDate = birthDate;
		birthDate = newBirthDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEMBER__BIRTH_DATE, oldBirthDate, birthDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationToHead getRelationToHead() {
		return relationToHead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelationToHead(RelationToHead newRelationToHead) {
		RelationToHead oldRelationToHead = relationToHead;
		relationToHead = newRelationToHead == null ? RELATION_TO_HEAD_EDEFAULT : newRelationToHead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEMBER__RELATION_TO_HEAD, oldRelationToHead, relationToHead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPregnant() {
		return pregnant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPregnant(boolean newPregnant) {
		boolean oldPregnant = pregnant;
		pregnant = newPregnant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEMBER__PREGNANT, oldPregnant, pregnant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getExpectedDeliveryDate() {
		return expectedDeliveryDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedDeliveryDate(LocalDate newExpectedDeliveryDate) {
		LocalDate oldExpectedDeliveryDate = expectedDeliveryDate;
		expectedDeliveryDate = newExpectedDeliveryDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEMBER__EXPECTED_DELIVERY_DATE, oldExpectedDeliveryDate, expectedDeliveryDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SchoolLevel getSchoolLevel() {
		return schoolLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchoolLevel(SchoolLevel newSchoolLevel) {
		SchoolLevel oldSchoolLevel = schoolLevel;
		schoolLevel = newSchoolLevel == null ? SCHOOL_LEVEL_EDEFAULT : newSchoolLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEMBER__SCHOOL_LEVEL, oldSchoolLevel, schoolLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnrolled() {
		return enrolled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnrolled(boolean newEnrolled) {
		boolean oldEnrolled = enrolled;
		enrolled = newEnrolled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEMBER__ENROLLED, oldEnrolled, enrolled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DisabilityLevel getDisability() {
		return disability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisability(DisabilityLevel newDisability) {
		DisabilityLevel oldDisability = disability;
		disability = newDisability == null ? DISABILITY_EDEFAULT : newDisability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HarapanPackage.MEMBER__DISABILITY, oldDisability, disability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Household getHousehold() {
		if (eContainerFeatureID() != HarapanPackage.MEMBER__HOUSEHOLD) return null;
		return (Household)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measurement> getMeasurements() {
		if (measurements == null) {
			measurements = new EObjectContainmentWithInverseEList<Measurement>(Measurement.class, this, HarapanPackage.MEMBER__MEASUREMENTS, HarapanPackage.MEASUREMENT__MEMBER);
		}
		return measurements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int ageInDays(final LocalDate at) {
		return org.harapan.model.operations.MemberOperations.ageInDays(this, at);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int ageInMonths(final LocalDate at) {
		return org.harapan.model.operations.MemberOperations.ageInMonths(this, at);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int ageInYears(final LocalDate at) {
		return org.harapan.model.operations.MemberOperations.ageInYears(this, at);
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
			case HarapanPackage.MEMBER__HOUSEHOLD:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, HarapanPackage.MEMBER__HOUSEHOLD, msgs);
			case HarapanPackage.MEMBER__MEASUREMENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getMeasurements()).basicAdd(otherEnd, msgs);
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
			case HarapanPackage.MEMBER__HOUSEHOLD:
				return eBasicSetContainer(null, HarapanPackage.MEMBER__HOUSEHOLD, msgs);
			case HarapanPackage.MEMBER__MEASUREMENTS:
				return ((InternalEList<?>)getMeasurements()).basicRemove(otherEnd, msgs);
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
			case HarapanPackage.MEMBER__HOUSEHOLD:
				return eInternalContainer().eInverseRemove(this, HarapanPackage.HOUSEHOLD__MEMBERS, Household.class, msgs);
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
			case HarapanPackage.MEMBER__NIK:
				return getNik();
			case HarapanPackage.MEMBER__NAME:
				return getName();
			case HarapanPackage.MEMBER__SEX:
				return getSex();
			case HarapanPackage.MEMBER__BIRTH_DATE:
				return getBirthDate();
			case HarapanPackage.MEMBER__RELATION_TO_HEAD:
				return getRelationToHead();
			case HarapanPackage.MEMBER__PREGNANT:
				return isPregnant();
			case HarapanPackage.MEMBER__EXPECTED_DELIVERY_DATE:
				return getExpectedDeliveryDate();
			case HarapanPackage.MEMBER__SCHOOL_LEVEL:
				return getSchoolLevel();
			case HarapanPackage.MEMBER__ENROLLED:
				return isEnrolled();
			case HarapanPackage.MEMBER__DISABILITY:
				return getDisability();
			case HarapanPackage.MEMBER__HOUSEHOLD:
				return getHousehold();
			case HarapanPackage.MEMBER__MEASUREMENTS:
				return getMeasurements();
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
			case HarapanPackage.MEMBER__NIK:
				setNik((String)newValue);
				return;
			case HarapanPackage.MEMBER__NAME:
				setName((String)newValue);
				return;
			case HarapanPackage.MEMBER__SEX:
				setSex((Sex)newValue);
				return;
			case HarapanPackage.MEMBER__BIRTH_DATE:
				setBirthDate((LocalDate)newValue);
				return;
			case HarapanPackage.MEMBER__RELATION_TO_HEAD:
				setRelationToHead((RelationToHead)newValue);
				return;
			case HarapanPackage.MEMBER__PREGNANT:
				setPregnant((Boolean)newValue);
				return;
			case HarapanPackage.MEMBER__EXPECTED_DELIVERY_DATE:
				setExpectedDeliveryDate((LocalDate)newValue);
				return;
			case HarapanPackage.MEMBER__SCHOOL_LEVEL:
				setSchoolLevel((SchoolLevel)newValue);
				return;
			case HarapanPackage.MEMBER__ENROLLED:
				setEnrolled((Boolean)newValue);
				return;
			case HarapanPackage.MEMBER__DISABILITY:
				setDisability((DisabilityLevel)newValue);
				return;
			case HarapanPackage.MEMBER__MEASUREMENTS:
				getMeasurements().clear();
				getMeasurements().addAll((Collection<? extends Measurement>)newValue);
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
			case HarapanPackage.MEMBER__NIK:
				setNik(NIK_EDEFAULT);
				return;
			case HarapanPackage.MEMBER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case HarapanPackage.MEMBER__SEX:
				setSex(SEX_EDEFAULT);
				return;
			case HarapanPackage.MEMBER__BIRTH_DATE:
				setBirthDate(BIRTH_DATE_EDEFAULT);
				return;
			case HarapanPackage.MEMBER__RELATION_TO_HEAD:
				setRelationToHead(RELATION_TO_HEAD_EDEFAULT);
				return;
			case HarapanPackage.MEMBER__PREGNANT:
				setPregnant(PREGNANT_EDEFAULT);
				return;
			case HarapanPackage.MEMBER__EXPECTED_DELIVERY_DATE:
				setExpectedDeliveryDate(EXPECTED_DELIVERY_DATE_EDEFAULT);
				return;
			case HarapanPackage.MEMBER__SCHOOL_LEVEL:
				setSchoolLevel(SCHOOL_LEVEL_EDEFAULT);
				return;
			case HarapanPackage.MEMBER__ENROLLED:
				setEnrolled(ENROLLED_EDEFAULT);
				return;
			case HarapanPackage.MEMBER__DISABILITY:
				setDisability(DISABILITY_EDEFAULT);
				return;
			case HarapanPackage.MEMBER__MEASUREMENTS:
				getMeasurements().clear();
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
			case HarapanPackage.MEMBER__NIK:
				return NIK_EDEFAULT == null ? nik != null : !NIK_EDEFAULT.equals(nik);
			case HarapanPackage.MEMBER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case HarapanPackage.MEMBER__SEX:
				return sex != SEX_EDEFAULT;
			case HarapanPackage.MEMBER__BIRTH_DATE:
				return BIRTH_DATE_EDEFAULT == null ? birthDate != null : !BIRTH_DATE_EDEFAULT.equals(birthDate);
			case HarapanPackage.MEMBER__RELATION_TO_HEAD:
				return relationToHead != RELATION_TO_HEAD_EDEFAULT;
			case HarapanPackage.MEMBER__PREGNANT:
				return pregnant != PREGNANT_EDEFAULT;
			case HarapanPackage.MEMBER__EXPECTED_DELIVERY_DATE:
				return EXPECTED_DELIVERY_DATE_EDEFAULT == null ? expectedDeliveryDate != null : !EXPECTED_DELIVERY_DATE_EDEFAULT.equals(expectedDeliveryDate);
			case HarapanPackage.MEMBER__SCHOOL_LEVEL:
				return schoolLevel != SCHOOL_LEVEL_EDEFAULT;
			case HarapanPackage.MEMBER__ENROLLED:
				return enrolled != ENROLLED_EDEFAULT;
			case HarapanPackage.MEMBER__DISABILITY:
				return disability != DISABILITY_EDEFAULT;
			case HarapanPackage.MEMBER__HOUSEHOLD:
				return getHousehold() != null;
			case HarapanPackage.MEMBER__MEASUREMENTS:
				return measurements != null && !measurements.isEmpty();
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
			case HarapanPackage.MEMBER___AGE_IN_DAYS__LOCALDATE:
				return ageInDays((LocalDate)arguments.get(0));
			case HarapanPackage.MEMBER___AGE_IN_MONTHS__LOCALDATE:
				return ageInMonths((LocalDate)arguments.get(0));
			case HarapanPackage.MEMBER___AGE_IN_YEARS__LOCALDATE:
				return ageInYears((LocalDate)arguments.get(0));
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
		result.append(" (nik: ");
		result.append(nik);
		result.append(", name: ");
		result.append(name);
		result.append(", sex: ");
		result.append(sex);
		result.append(", birthDate: ");
		result.append(birthDate);
		result.append(", relationToHead: ");
		result.append(relationToHead);
		result.append(", pregnant: ");
		result.append(pregnant);
		result.append(", expectedDeliveryDate: ");
		result.append(expectedDeliveryDate);
		result.append(", schoolLevel: ");
		result.append(schoolLevel);
		result.append(", enrolled: ");
		result.append(enrolled);
		result.append(", disability: ");
		result.append(disability);
		result.append(')');
		return result.toString();
	}

} //MemberImpl
