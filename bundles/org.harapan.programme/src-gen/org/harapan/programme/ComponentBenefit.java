/**
 */
package org.harapan.programme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Component Benefit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A PKH component with its benefit index (Rp per year) and the ages it covers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.ComponentBenefit#getComponent <em>Component</em>}</li>
 *   <li>{@link org.harapan.programme.ComponentBenefit#getGroup <em>Group</em>}</li>
 *   <li>{@link org.harapan.programme.ComponentBenefit#getAnnualIndexRp <em>Annual Index Rp</em>}</li>
 *   <li>{@link org.harapan.programme.ComponentBenefit#getMinAgeYears <em>Min Age Years</em>}</li>
 *   <li>{@link org.harapan.programme.ComponentBenefit#getMaxAgeYears <em>Max Age Years</em>}</li>
 * </ul>
 *
 * @see org.harapan.programme.ProgrammePackage#getComponentBenefit()
 * @model
 * @generated
 */
public interface ComponentBenefit extends EObject {
	/**
	 * Returns the value of the '<em><b>Component</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.programme.ComponentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Component</em>' attribute.
	 * @see org.harapan.programme.ComponentKind
	 * @see #setComponent(ComponentKind)
	 * @see org.harapan.programme.ProgrammePackage#getComponentBenefit_Component()
	 * @model
	 * @generated
	 */
	ComponentKind getComponent();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ComponentBenefit#getComponent <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Component</em>' attribute.
	 * @see org.harapan.programme.ComponentKind
	 * @see #getComponent()
	 * @generated
	 */
	void setComponent(ComponentKind value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.programme.ComponentGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see org.harapan.programme.ComponentGroup
	 * @see #setGroup(ComponentGroup)
	 * @see org.harapan.programme.ProgrammePackage#getComponentBenefit_Group()
	 * @model
	 * @generated
	 */
	ComponentGroup getGroup();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ComponentBenefit#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see org.harapan.programme.ComponentGroup
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(ComponentGroup value);

	/**
	 * Returns the value of the '<em><b>Annual Index Rp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Benefit index in whole Rupiah per year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annual Index Rp</em>' attribute.
	 * @see #setAnnualIndexRp(long)
	 * @see org.harapan.programme.ProgrammePackage#getComponentBenefit_AnnualIndexRp()
	 * @model
	 * @generated
	 */
	long getAnnualIndexRp();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ComponentBenefit#getAnnualIndexRp <em>Annual Index Rp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Index Rp</em>' attribute.
	 * @see #getAnnualIndexRp()
	 * @generated
	 */
	void setAnnualIndexRp(long value);

	/**
	 * Returns the value of the '<em><b>Min Age Years</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Youngest age in completed years, -1 when age does not matter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Age Years</em>' attribute.
	 * @see #setMinAgeYears(int)
	 * @see org.harapan.programme.ProgrammePackage#getComponentBenefit_MinAgeYears()
	 * @model default="-1"
	 * @generated
	 */
	int getMinAgeYears();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ComponentBenefit#getMinAgeYears <em>Min Age Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Age Years</em>' attribute.
	 * @see #getMinAgeYears()
	 * @generated
	 */
	void setMinAgeYears(int value);

	/**
	 * Returns the value of the '<em><b>Max Age Years</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Oldest age in completed years (inclusive), -1 when there is no upper limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Age Years</em>' attribute.
	 * @see #setMaxAgeYears(int)
	 * @see org.harapan.programme.ProgrammePackage#getComponentBenefit_MaxAgeYears()
	 * @model default="-1"
	 * @generated
	 */
	int getMaxAgeYears();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ComponentBenefit#getMaxAgeYears <em>Max Age Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Age Years</em>' attribute.
	 * @see #getMaxAgeYears()
	 * @generated
	 */
	void setMaxAgeYears(int value);

} // ComponentBenefit
