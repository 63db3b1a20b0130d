/**
 */
package org.harapan.programme;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Programme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An aid programme. Rules read its parameters; no rule code repeats a figure that belongs here.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.Programme#getId <em>Id</em>}</li>
 *   <li>{@link org.harapan.programme.Programme#getTitle <em>Title</em>}</li>
 *   <li>{@link org.harapan.programme.Programme#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.harapan.programme.Programme#getKind <em>Kind</em>}</li>
 *   <li>{@link org.harapan.programme.Programme#getRegionCode <em>Region Code</em>}</li>
 *   <li>{@link org.harapan.programme.Programme#getAuthority <em>Authority</em>}</li>
 *   <li>{@link org.harapan.programme.Programme#getSource <em>Source</em>}</li>
 *   <li>{@link org.harapan.programme.Programme#getVersions <em>Versions</em>}</li>
 *   <li>{@link org.harapan.programme.Programme#getSponsors <em>Sponsors</em>}</li>
 * </ul>
 *
 * @see org.harapan.programme.ProgrammePackage#getProgramme()
 * @model
 * @generated
 */
public interface Programme extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier, e.g. pkh.national.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.harapan.programme.ProgrammePackage#getProgramme_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.harapan.programme.Programme#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title in Bahasa Indonesia.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.harapan.programme.ProgrammePackage#getProgramme_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.harapan.programme.Programme#getTitle <em>Title</em>}' attribute.
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
	 * @see org.harapan.programme.ProgrammePackage#getProgramme_TitleEn()
	 * @model
	 * @generated
	 */
	String getTitleEn();

	/**
	 * Sets the value of the '{@link org.harapan.programme.Programme#getTitleEn <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title En</em>' attribute.
	 * @see #getTitleEn()
	 * @generated
	 */
	void setTitleEn(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.programme.ProgrammeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.harapan.programme.ProgrammeKind
	 * @see #setKind(ProgrammeKind)
	 * @see org.harapan.programme.ProgrammePackage#getProgramme_Kind()
	 * @model
	 * @generated
	 */
	ProgrammeKind getKind();

	/**
	 * Sets the value of the '{@link org.harapan.programme.Programme#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.harapan.programme.ProgrammeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ProgrammeKind value);

	/**
	 * Returns the value of the '<em><b>Region Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kemendagri code of the region the programme covers: empty for national, 18 a province, 18.07 a kabupaten/kota.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region Code</em>' attribute.
	 * @see #setRegionCode(String)
	 * @see org.harapan.programme.ProgrammePackage#getProgramme_RegionCode()
	 * @model
	 * @generated
	 */
	String getRegionCode();

	/**
	 * Sets the value of the '{@link org.harapan.programme.Programme#getRegionCode <em>Region Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region Code</em>' attribute.
	 * @see #getRegionCode()
	 * @generated
	 */
	void setRegionCode(String value);

	/**
	 * Returns the value of the '<em><b>Authority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who runs the programme (Kemensos, Dinas Sosial Kabupaten ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Authority</em>' attribute.
	 * @see #setAuthority(String)
	 * @see org.harapan.programme.ProgrammePackage#getProgramme_Authority()
	 * @model
	 * @generated
	 */
	String getAuthority();

	/**
	 * Sets the value of the '{@link org.harapan.programme.Programme#getAuthority <em>Authority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authority</em>' attribute.
	 * @see #getAuthority()
	 * @generated
	 */
	void setAuthority(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the figures come from (regulation, decree, published source).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.harapan.programme.ProgrammePackage#getProgramme_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.harapan.programme.Programme#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Versions</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.programme.ParameterVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parameter versions, each effective from a date until the next one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Versions</em>' containment reference list.
	 * @see org.harapan.programme.ProgrammePackage#getProgramme_Versions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterVersion> getVersions();

	/**
	 * Returns the value of the '<em><b>Sponsors</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.programme.Sponsor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sponsors (orang tua asuh) and the desa/kelurahan each adopted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sponsors</em>' containment reference list.
	 * @see org.harapan.programme.ProgrammePackage#getProgramme_Sponsors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Sponsor> getSponsors();

} // Programme
