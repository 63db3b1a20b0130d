/**
 */
package org.harapan.curriculum;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A learning objective.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.curriculum.Objective#getText <em>Text</em>}</li>
 *   <li>{@link org.harapan.curriculum.Objective#getTextEn <em>Text En</em>}</li>
 * </ul>
 *
 * @see org.harapan.curriculum.CurriculumPackage#getObjective()
 * @model
 * @generated
 */
public interface Objective extends EObject {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In Bahasa Indonesia.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.harapan.curriculum.CurriculumPackage#getObjective_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Objective#getText <em>Text</em>}' attribute.
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
	 * @see org.harapan.curriculum.CurriculumPackage#getObjective_TextEn()
	 * @model
	 * @generated
	 */
	String getTextEn();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Objective#getTextEn <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text En</em>' attribute.
	 * @see #getTextEn()
	 * @generated
	 */
	void setTextEn(String value);

} // Objective
