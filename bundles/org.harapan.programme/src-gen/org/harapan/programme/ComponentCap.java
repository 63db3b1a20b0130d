/**
 */
package org.harapan.programme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Component Cap</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * At most maxCount members of a household are paid for this component.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.ComponentCap#getComponent <em>Component</em>}</li>
 *   <li>{@link org.harapan.programme.ComponentCap#getMaxCount <em>Max Count</em>}</li>
 * </ul>
 *
 * @see org.harapan.programme.ProgrammePackage#getComponentCap()
 * @model
 * @generated
 */
public interface ComponentCap extends EObject {
	/**
	 * Returns the value of the '<em><b>Component</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.programme.ComponentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Component</em>' attribute.
	 * @see org.harapan.programme.ComponentKind
	 * @see #setComponent(ComponentKind)
	 * @see org.harapan.programme.ProgrammePackage#getComponentCap_Component()
	 * @model
	 * @generated
	 */
	ComponentKind getComponent();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ComponentCap#getComponent <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Component</em>' attribute.
	 * @see org.harapan.programme.ComponentKind
	 * @see #getComponent()
	 * @generated
	 */
	void setComponent(ComponentKind value);

	/**
	 * Returns the value of the '<em><b>Max Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Count</em>' attribute.
	 * @see #setMaxCount(int)
	 * @see org.harapan.programme.ProgrammePackage#getComponentCap_MaxCount()
	 * @model
	 * @generated
	 */
	int getMaxCount();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ComponentCap#getMaxCount <em>Max Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Count</em>' attribute.
	 * @see #getMaxCount()
	 * @generated
	 */
	void setMaxCount(int value);

} // ComponentCap
