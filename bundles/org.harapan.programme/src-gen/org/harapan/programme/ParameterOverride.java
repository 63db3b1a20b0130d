/**
 */
package org.harapan.programme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parameter Override</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A value for a parameter of another programme, for this programme's region.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.ParameterOverride#getProgrammeId <em>Programme Id</em>}</li>
 *   <li>{@link org.harapan.programme.ParameterOverride#getKey <em>Key</em>}</li>
 *   <li>{@link org.harapan.programme.ParameterOverride#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.harapan.programme.ProgrammePackage#getParameterOverride()
 * @model
 * @generated
 */
public interface ParameterOverride extends EObject {
	/**
	 * Returns the value of the '<em><b>Programme Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Programme Id</em>' attribute.
	 * @see #setProgrammeId(String)
	 * @see org.harapan.programme.ProgrammePackage#getParameterOverride_ProgrammeId()
	 * @model
	 * @generated
	 */
	String getProgrammeId();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ParameterOverride#getProgrammeId <em>Programme Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Programme Id</em>' attribute.
	 * @see #getProgrammeId()
	 * @generated
	 */
	void setProgrammeId(String value);

	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.harapan.programme.ProgrammePackage#getParameterOverride_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ParameterOverride#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.harapan.programme.ProgrammePackage#getParameterOverride_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ParameterOverride#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

} // ParameterOverride
