/**
 */
package org.harapan.programme;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sponsor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sponsor (orang tua asuh) that adopted the stunted toddlers of a desa/kelurahan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.Sponsor#getName <em>Name</em>}</li>
 *   <li>{@link org.harapan.programme.Sponsor#getDesaCode <em>Desa Code</em>}</li>
 *   <li>{@link org.harapan.programme.Sponsor#getDesaName <em>Desa Name</em>}</li>
 *   <li>{@link org.harapan.programme.Sponsor#getAid <em>Aid</em>}</li>
 * </ul>
 *
 * @see org.harapan.programme.ProgrammePackage#getSponsor()
 * @model
 * @generated
 */
public interface Sponsor extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.harapan.programme.ProgrammePackage#getSponsor_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.harapan.programme.Sponsor#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Desa Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Desa Code</em>' attribute.
	 * @see #setDesaCode(String)
	 * @see org.harapan.programme.ProgrammePackage#getSponsor_DesaCode()
	 * @model
	 * @generated
	 */
	String getDesaCode();

	/**
	 * Sets the value of the '{@link org.harapan.programme.Sponsor#getDesaCode <em>Desa Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Desa Code</em>' attribute.
	 * @see #getDesaCode()
	 * @generated
	 */
	void setDesaCode(String value);

	/**
	 * Returns the value of the '<em><b>Desa Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Desa Name</em>' attribute.
	 * @see #setDesaName(String)
	 * @see org.harapan.programme.ProgrammePackage#getSponsor_DesaName()
	 * @model
	 * @generated
	 */
	String getDesaName();

	/**
	 * Sets the value of the '{@link org.harapan.programme.Sponsor#getDesaName <em>Desa Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Desa Name</em>' attribute.
	 * @see #getDesaName()
	 * @generated
	 */
	void setDesaName(String value);

	/**
	 * Returns the value of the '<em><b>Aid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the sponsor gives (food, water, education ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aid</em>' attribute.
	 * @see #setAid(String)
	 * @see org.harapan.programme.ProgrammePackage#getSponsor_Aid()
	 * @model
	 * @generated
	 */
	String getAid();

	/**
	 * Sets the value of the '{@link org.harapan.programme.Sponsor#getAid <em>Aid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aid</em>' attribute.
	 * @see #getAid()
	 * @generated
	 */
	void setAid(String value);

} // Sponsor
