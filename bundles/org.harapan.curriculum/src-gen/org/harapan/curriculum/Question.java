/**
 */
package org.harapan.curriculum;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A question of the session evaluation sheet, asked before or after the session.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.curriculum.Question#getTiming <em>Timing</em>}</li>
 *   <li>{@link org.harapan.curriculum.Question#getText <em>Text</em>}</li>
 *   <li>{@link org.harapan.curriculum.Question#getTextEn <em>Text En</em>}</li>
 * </ul>
 *
 * @see org.harapan.curriculum.CurriculumPackage#getQuestion()
 * @model
 * @generated
 */
public interface Question extends EObject {
	/**
	 * Returns the value of the '<em><b>Timing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.curriculum.QuestionTiming}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timing</em>' attribute.
	 * @see org.harapan.curriculum.QuestionTiming
	 * @see #setTiming(QuestionTiming)
	 * @see org.harapan.curriculum.CurriculumPackage#getQuestion_Timing()
	 * @model
	 * @generated
	 */
	QuestionTiming getTiming();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Question#getTiming <em>Timing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timing</em>' attribute.
	 * @see org.harapan.curriculum.QuestionTiming
	 * @see #getTiming()
	 * @generated
	 */
	void setTiming(QuestionTiming value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In Bahasa Indonesia.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.harapan.curriculum.CurriculumPackage#getQuestion_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Question#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text En</em>' attribute.
	 * @see #setTextEn(String)
	 * @see org.harapan.curriculum.CurriculumPackage#getQuestion_TextEn()
	 * @model
	 * @generated
	 */
	String getTextEn();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Question#getTextEn <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text En</em>' attribute.
	 * @see #getTextEn()
	 * @generated
	 */
	void setTextEn(String value);

} // Question
