/**
 */
package org.harapan.curriculum.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.harapan.curriculum.CurriculumPackage;
import org.harapan.curriculum.Material;
import org.harapan.curriculum.Objective;
import org.harapan.curriculum.Question;
import org.harapan.curriculum.Session;
import org.harapan.curriculum.Step;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.curriculum.impl.SessionImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.SessionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.SessionImpl#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.SessionImpl#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.SessionImpl#getHomePractice <em>Home Practice</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.SessionImpl#getHomePracticeEn <em>Home Practice En</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.SessionImpl#getPrerequisites <em>Prerequisites</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.SessionImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.SessionImpl#getMaterials <em>Materials</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.SessionImpl#getQuestions <em>Questions</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.SessionImpl#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionImpl extends MinimalEObjectImpl.Container implements Session {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

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
	 * The default value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected int durationMinutes = DURATION_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getHomePractice() <em>Home Practice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomePractice()
	 * @generated
	 * @ordered
	 */
	protected static final String HOME_PRACTICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHomePractice() <em>Home Practice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomePractice()
	 * @generated
	 * @ordered
	 */
	protected String homePractice = HOME_PRACTICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHomePracticeEn() <em>Home Practice En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomePracticeEn()
	 * @generated
	 * @ordered
	 */
	protected static final String HOME_PRACTICE_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHomePracticeEn() <em>Home Practice En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomePracticeEn()
	 * @generated
	 * @ordered
	 */
	protected String homePracticeEn = HOME_PRACTICE_EN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPrerequisites() <em>Prerequisites</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrerequisites()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> prerequisites;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<Objective> objectives;

	/**
	 * The cached value of the '{@link #getMaterials() <em>Materials</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterials()
	 * @generated
	 * @ordered
	 */
	protected EList<Material> materials;

	/**
	 * The cached value of the '{@link #getQuestions() <em>Questions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestions()
	 * @generated
	 * @ordered
	 */
	protected EList<Question> questions;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> steps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.SESSION__NUMBER, oldNumber, number));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.SESSION__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.SESSION__TITLE_EN, oldTitleEn, titleEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationMinutes() {
		return durationMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMinutes(int newDurationMinutes) {
		int oldDurationMinutes = durationMinutes;
		durationMinutes = newDurationMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.SESSION__DURATION_MINUTES, oldDurationMinutes, durationMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHomePractice() {
		return homePractice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHomePractice(String newHomePractice) {
		String oldHomePractice = homePractice;
		homePractice = newHomePractice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.SESSION__HOME_PRACTICE, oldHomePractice, homePractice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHomePracticeEn() {
		return homePracticeEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHomePracticeEn(String newHomePracticeEn) {
		String oldHomePracticeEn = homePracticeEn;
		homePracticeEn = newHomePracticeEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.SESSION__HOME_PRACTICE_EN, oldHomePracticeEn, homePracticeEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getPrerequisites() {
		if (prerequisites == null) {
			prerequisites = new EDataTypeUniqueEList<Integer>(Integer.class, this, CurriculumPackage.SESSION__PREREQUISITES);
		}
		return prerequisites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objective> getObjectives() {
		if (objectives == null) {
			objectives = new EObjectContainmentEList<Objective>(Objective.class, this, CurriculumPackage.SESSION__OBJECTIVES);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Material> getMaterials() {
		if (materials == null) {
			materials = new EObjectContainmentEList<Material>(Material.class, this, CurriculumPackage.SESSION__MATERIALS);
		}
		return materials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Question> getQuestions() {
		if (questions == null) {
			questions = new EObjectContainmentEList<Question>(Question.class, this, CurriculumPackage.SESSION__QUESTIONS);
		}
		return questions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<Step>(Step.class, this, CurriculumPackage.SESSION__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CurriculumPackage.SESSION__OBJECTIVES:
				return ((InternalEList<?>)getObjectives()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.SESSION__MATERIALS:
				return ((InternalEList<?>)getMaterials()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.SESSION__QUESTIONS:
				return ((InternalEList<?>)getQuestions()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.SESSION__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
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
			case CurriculumPackage.SESSION__NUMBER:
				return getNumber();
			case CurriculumPackage.SESSION__TITLE:
				return getTitle();
			case CurriculumPackage.SESSION__TITLE_EN:
				return getTitleEn();
			case CurriculumPackage.SESSION__DURATION_MINUTES:
				return getDurationMinutes();
			case CurriculumPackage.SESSION__HOME_PRACTICE:
				return getHomePractice();
			case CurriculumPackage.SESSION__HOME_PRACTICE_EN:
				return getHomePracticeEn();
			case CurriculumPackage.SESSION__PREREQUISITES:
				return getPrerequisites();
			case CurriculumPackage.SESSION__OBJECTIVES:
				return getObjectives();
			case CurriculumPackage.SESSION__MATERIALS:
				return getMaterials();
			case CurriculumPackage.SESSION__QUESTIONS:
				return getQuestions();
			case CurriculumPackage.SESSION__STEPS:
				return getSteps();
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
			case CurriculumPackage.SESSION__NUMBER:
				setNumber((Integer)newValue);
				return;
			case CurriculumPackage.SESSION__TITLE:
				setTitle((String)newValue);
				return;
			case CurriculumPackage.SESSION__TITLE_EN:
				setTitleEn((String)newValue);
				return;
			case CurriculumPackage.SESSION__DURATION_MINUTES:
				setDurationMinutes((Integer)newValue);
				return;
			case CurriculumPackage.SESSION__HOME_PRACTICE:
				setHomePractice((String)newValue);
				return;
			case CurriculumPackage.SESSION__HOME_PRACTICE_EN:
				setHomePracticeEn((String)newValue);
				return;
			case CurriculumPackage.SESSION__PREREQUISITES:
				getPrerequisites().clear();
				getPrerequisites().addAll((Collection<? extends Integer>)newValue);
				return;
			case CurriculumPackage.SESSION__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends Objective>)newValue);
				return;
			case CurriculumPackage.SESSION__MATERIALS:
				getMaterials().clear();
				getMaterials().addAll((Collection<? extends Material>)newValue);
				return;
			case CurriculumPackage.SESSION__QUESTIONS:
				getQuestions().clear();
				getQuestions().addAll((Collection<? extends Question>)newValue);
				return;
			case CurriculumPackage.SESSION__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends Step>)newValue);
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
			case CurriculumPackage.SESSION__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CurriculumPackage.SESSION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CurriculumPackage.SESSION__TITLE_EN:
				setTitleEn(TITLE_EN_EDEFAULT);
				return;
			case CurriculumPackage.SESSION__DURATION_MINUTES:
				setDurationMinutes(DURATION_MINUTES_EDEFAULT);
				return;
			case CurriculumPackage.SESSION__HOME_PRACTICE:
				setHomePractice(HOME_PRACTICE_EDEFAULT);
				return;
			case CurriculumPackage.SESSION__HOME_PRACTICE_EN:
				setHomePracticeEn(HOME_PRACTICE_EN_EDEFAULT);
				return;
			case CurriculumPackage.SESSION__PREREQUISITES:
				getPrerequisites().clear();
				return;
			case CurriculumPackage.SESSION__OBJECTIVES:
				getObjectives().clear();
				return;
			case CurriculumPackage.SESSION__MATERIALS:
				getMaterials().clear();
				return;
			case CurriculumPackage.SESSION__QUESTIONS:
				getQuestions().clear();
				return;
			case CurriculumPackage.SESSION__STEPS:
				getSteps().clear();
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
			case CurriculumPackage.SESSION__NUMBER:
				return number != NUMBER_EDEFAULT;
			case CurriculumPackage.SESSION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CurriculumPackage.SESSION__TITLE_EN:
				return TITLE_EN_EDEFAULT == null ? titleEn != null : !TITLE_EN_EDEFAULT.equals(titleEn);
			case CurriculumPackage.SESSION__DURATION_MINUTES:
				return durationMinutes != DURATION_MINUTES_EDEFAULT;
			case CurriculumPackage.SESSION__HOME_PRACTICE:
				return HOME_PRACTICE_EDEFAULT == null ? homePractice != null : !HOME_PRACTICE_EDEFAULT.equals(homePractice);
			case CurriculumPackage.SESSION__HOME_PRACTICE_EN:
				return HOME_PRACTICE_EN_EDEFAULT == null ? homePracticeEn != null : !HOME_PRACTICE_EN_EDEFAULT.equals(homePracticeEn);
			case CurriculumPackage.SESSION__PREREQUISITES:
				return prerequisites != null && !prerequisites.isEmpty();
			case CurriculumPackage.SESSION__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case CurriculumPackage.SESSION__MATERIALS:
				return materials != null && !materials.isEmpty();
			case CurriculumPackage.SESSION__QUESTIONS:
				return questions != null && !questions.isEmpty();
			case CurriculumPackage.SESSION__STEPS:
				return steps != null && !steps.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", title: ");
		result.append(title);
		result.append(", titleEn: ");
		result.append(titleEn);
		result.append(", durationMinutes: ");
		result.append(durationMinutes);
		result.append(", homePractice: ");
		result.append(homePractice);
		result.append(", homePracticeEn: ");
		result.append(homePracticeEn);
		result.append(", prerequisites: ");
		result.append(prerequisites);
		result.append(')');
		return result.toString();
	}

} //SessionImpl
