/**
 */
package org.harapan.curriculum;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A monthly group meeting of 90-140 minutes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.curriculum.Session#getNumber <em>Number</em>}</li>
 *   <li>{@link org.harapan.curriculum.Session#getTitle <em>Title</em>}</li>
 *   <li>{@link org.harapan.curriculum.Session#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.harapan.curriculum.Session#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.harapan.curriculum.Session#getHomePractice <em>Home Practice</em>}</li>
 *   <li>{@link org.harapan.curriculum.Session#getHomePracticeEn <em>Home Practice En</em>}</li>
 *   <li>{@link org.harapan.curriculum.Session#getPrerequisites <em>Prerequisites</em>}</li>
 *   <li>{@link org.harapan.curriculum.Session#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.harapan.curriculum.Session#getMaterials <em>Materials</em>}</li>
 *   <li>{@link org.harapan.curriculum.Session#getQuestions <em>Questions</em>}</li>
 *   <li>{@link org.harapan.curriculum.Session#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.harapan.curriculum.CurriculumPackage#getSession()
 * @model
 * @generated
 */
public interface Session extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Session number, counted across modules and unique in the curriculum.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.harapan.curriculum.CurriculumPackage#getSession_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Session#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title in Bahasa Indonesia.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.harapan.curriculum.CurriculumPackage#getSession_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Session#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title En</em>' attribute.
	 * @see #setTitleEn(String)
	 * @see org.harapan.curriculum.CurriculumPackage#getSession_TitleEn()
	 * @model
	 * @generated
	 */
	String getTitleEn();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Session#getTitleEn <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title En</em>' attribute.
	 * @see #getTitleEn()
	 * @generated
	 */
	void setTitleEn(String value);

	/**
	 * Returns the value of the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the session in minutes; the steps add up to it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Minutes</em>' attribute.
	 * @see #setDurationMinutes(int)
	 * @see org.harapan.curriculum.CurriculumPackage#getSession_DurationMinutes()
	 * @model
	 * @generated
	 */
	int getDurationMinutes();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Session#getDurationMinutes <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Minutes</em>' attribute.
	 * @see #getDurationMinutes()
	 * @generated
	 */
	void setDurationMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Home Practice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Home practice (praktik rumah) in Bahasa Indonesia, reviewed at the next session.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Home Practice</em>' attribute.
	 * @see #setHomePractice(String)
	 * @see org.harapan.curriculum.CurriculumPackage#getSession_HomePractice()
	 * @model
	 * @generated
	 */
	String getHomePractice();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Session#getHomePractice <em>Home Practice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Home Practice</em>' attribute.
	 * @see #getHomePractice()
	 * @generated
	 */
	void setHomePractice(String value);

	/**
	 * Returns the value of the '<em><b>Home Practice En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Home practice in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Home Practice En</em>' attribute.
	 * @see #setHomePracticeEn(String)
	 * @see org.harapan.curriculum.CurriculumPackage#getSession_HomePracticeEn()
	 * @model
	 * @generated
	 */
	String getHomePracticeEn();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Session#getHomePracticeEn <em>Home Practice En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Home Practice En</em>' attribute.
	 * @see #getHomePracticeEn()
	 * @generated
	 */
	void setHomePracticeEn(String value);

	/**
	 * Returns the value of the '<em><b>Prerequisites</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Numbers of sessions a group must have had before this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prerequisites</em>' attribute list.
	 * @see org.harapan.curriculum.CurriculumPackage#getSession_Prerequisites()
	 * @model
	 * @generated
	 */
	EList<Integer> getPrerequisites();

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.curriculum.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Learning objectives.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see org.harapan.curriculum.CurriculumPackage#getSession_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Objective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Materials</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.curriculum.Material}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Materials used or handed out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Materials</em>' containment reference list.
	 * @see org.harapan.curriculum.CurriculumPackage#getSession_Materials()
	 * @model containment="true"
	 * @generated
	 */
	EList<Material> getMaterials();

	/**
	 * Returns the value of the '<em><b>Questions</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.curriculum.Question}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pre and post questions of the session evaluation sheet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Questions</em>' containment reference list.
	 * @see org.harapan.curriculum.CurriculumPackage#getSession_Questions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Question> getQuestions();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.curriculum.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Timed steps of the session, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.harapan.curriculum.CurriculumPackage#getSession_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

} // Session
