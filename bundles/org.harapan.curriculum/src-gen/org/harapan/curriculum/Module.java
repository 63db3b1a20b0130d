/**
 */
package org.harapan.curriculum;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Module</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A module of sessions on one theme.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.curriculum.Module#getNumber <em>Number</em>}</li>
 *   <li>{@link org.harapan.curriculum.Module#getCode <em>Code</em>}</li>
 *   <li>{@link org.harapan.curriculum.Module#getTitle <em>Title</em>}</li>
 *   <li>{@link org.harapan.curriculum.Module#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.harapan.curriculum.Module#isExtendsNational <em>Extends National</em>}</li>
 *   <li>{@link org.harapan.curriculum.Module#getSessions <em>Sessions</em>}</li>
 * </ul>
 *
 * @see org.harapan.curriculum.CurriculumPackage#getModule()
 * @model
 * @generated
 */
public interface Module extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Module number (M1 ... M5), unique in the curriculum.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.harapan.curriculum.CurriculumPackage#getModule_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Module#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short code, e.g. M1 or STUNTING; optional modules are included by it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.harapan.curriculum.CurriculumPackage#getModule_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Module#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title in Bahasa Indonesia.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.harapan.curriculum.CurriculumPackage#getModule_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Module#getTitle <em>Title</em>}' attribute.
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
	 * @see org.harapan.curriculum.CurriculumPackage#getModule_TitleEn()
	 * @model
	 * @generated
	 */
	String getTitleEn();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Module#getTitleEn <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title En</em>' attribute.
	 * @see #getTitleEn()
	 * @generated
	 */
	void setTitleEn(String value);

	/**
	 * Returns the value of the '<em><b>Extends National</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In a regional variant: the sessions are added to the national module of the same number instead of a new module.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extends National</em>' attribute.
	 * @see #setExtendsNational(boolean)
	 * @see org.harapan.curriculum.CurriculumPackage#getModule_ExtendsNational()
	 * @model
	 * @generated
	 */
	boolean isExtendsNational();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Module#isExtendsNational <em>Extends National</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extends National</em>' attribute.
	 * @see #isExtendsNational()
	 * @generated
	 */
	void setExtendsNational(boolean value);

	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.curriculum.Session}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sessions of the module, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sessions</em>' containment reference list.
	 * @see org.harapan.curriculum.CurriculumPackage#getModule_Sessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Session> getSessions();

} // Module
