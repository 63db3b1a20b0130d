/**
 */
package org.harapan.curriculum;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Curriculum</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A P2K2 curriculum as a versioned document: modules of sessions of timed steps. A regional variant (regionCode set, basedOnId naming the national curriculum) holds only what the kabupaten adds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.curriculum.Curriculum#getId <em>Id</em>}</li>
 *   <li>{@link org.harapan.curriculum.Curriculum#getTitle <em>Title</em>}</li>
 *   <li>{@link org.harapan.curriculum.Curriculum#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.harapan.curriculum.Curriculum#getVersion <em>Version</em>}</li>
 *   <li>{@link org.harapan.curriculum.Curriculum#getStatus <em>Status</em>}</li>
 *   <li>{@link org.harapan.curriculum.Curriculum#getEffectiveFrom <em>Effective From</em>}</li>
 *   <li>{@link org.harapan.curriculum.Curriculum#getAuthority <em>Authority</em>}</li>
 *   <li>{@link org.harapan.curriculum.Curriculum#getSource <em>Source</em>}</li>
 *   <li>{@link org.harapan.curriculum.Curriculum#getRegionCode <em>Region Code</em>}</li>
 *   <li>{@link org.harapan.curriculum.Curriculum#getBasedOnId <em>Based On Id</em>}</li>
 *   <li>{@link org.harapan.curriculum.Curriculum#getBasedOnVersion <em>Based On Version</em>}</li>
 *   <li>{@link org.harapan.curriculum.Curriculum#getIncludeOptional <em>Include Optional</em>}</li>
 *   <li>{@link org.harapan.curriculum.Curriculum#getMonthsBetweenSessions <em>Months Between Sessions</em>}</li>
 *   <li>{@link org.harapan.curriculum.Curriculum#getModules <em>Modules</em>}</li>
 *   <li>{@link org.harapan.curriculum.Curriculum#getOptionalModules <em>Optional Modules</em>}</li>
 * </ul>
 *
 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum()
 * @model
 * @generated
 */
public interface Curriculum extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier of the document, e.g. p2k2; every version of it shares the id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Curriculum#getId <em>Id</em>}' attribute.
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
	 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Curriculum#getTitle <em>Title</em>}' attribute.
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
	 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum_TitleEn()
	 * @model
	 * @generated
	 */
	String getTitleEn();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Curriculum#getTitleEn <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title En</em>' attribute.
	 * @see #getTitleEn()
	 * @generated
	 */
	void setTitleEn(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version number, 1 for the first; a new version starts as a copy of the latest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum_Version()
	 * @model default="1"
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Curriculum#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.curriculum.DocumentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Draft (editable) or published (read-only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.harapan.curriculum.DocumentStatus
	 * @see #setStatus(DocumentStatus)
	 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum_Status()
	 * @model
	 * @generated
	 */
	DocumentStatus getStatus();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Curriculum#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.harapan.curriculum.DocumentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(DocumentStatus value);

	/**
	 * Returns the value of the '<em><b>Effective From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date a published version applies from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effective From</em>' attribute.
	 * @see #setEffectiveFrom(LocalDate)
	 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum_EffectiveFrom()
	 * @model dataType="org.harapan.curriculum.LocalDate"
	 * @generated
	 */
	LocalDate getEffectiveFrom();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Curriculum#getEffectiveFrom <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective From</em>' attribute.
	 * @see #getEffectiveFrom()
	 * @generated
	 */
	void setEffectiveFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Authority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who authors the curriculum (Kementerian Sosial, Dinas Sosial Kabupaten ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Authority</em>' attribute.
	 * @see #setAuthority(String)
	 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum_Authority()
	 * @model
	 * @generated
	 */
	String getAuthority();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Curriculum#getAuthority <em>Authority</em>}' attribute.
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
	 * Where the facts come from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Curriculum#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Region Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kemendagri code of the region of a regional variant; empty for the national curriculum.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region Code</em>' attribute.
	 * @see #setRegionCode(String)
	 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum_RegionCode()
	 * @model
	 * @generated
	 */
	String getRegionCode();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Curriculum#getRegionCode <em>Region Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region Code</em>' attribute.
	 * @see #getRegionCode()
	 * @generated
	 */
	void setRegionCode(String value);

	/**
	 * Returns the value of the '<em><b>Based On Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a regional variant: the id of the national curriculum it extends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Based On Id</em>' attribute.
	 * @see #setBasedOnId(String)
	 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum_BasedOnId()
	 * @model
	 * @generated
	 */
	String getBasedOnId();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Curriculum#getBasedOnId <em>Based On Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Based On Id</em>' attribute.
	 * @see #getBasedOnId()
	 * @generated
	 */
	void setBasedOnId(String value);

	/**
	 * Returns the value of the '<em><b>Based On Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a regional variant: the national version it extends (0: the latest published).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Based On Version</em>' attribute.
	 * @see #setBasedOnVersion(int)
	 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum_BasedOnVersion()
	 * @model
	 * @generated
	 */
	int getBasedOnVersion();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Curriculum#getBasedOnVersion <em>Based On Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Based On Version</em>' attribute.
	 * @see #getBasedOnVersion()
	 * @generated
	 */
	void setBasedOnVersion(int value);

	/**
	 * Returns the value of the '<em><b>Include Optional</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a regional variant: codes of optional modules of the national curriculum it delivers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Include Optional</em>' attribute list.
	 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum_IncludeOptional()
	 * @model
	 * @generated
	 */
	EList<String> getIncludeOptional();

	/**
	 * Returns the value of the '<em><b>Months Between Sessions</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sessions are delivered in number order, one every this many months.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Months Between Sessions</em>' attribute.
	 * @see #setMonthsBetweenSessions(int)
	 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum_MonthsBetweenSessions()
	 * @model default="1"
	 * @generated
	 */
	int getMonthsBetweenSessions();

	/**
	 * Sets the value of the '{@link org.harapan.curriculum.Curriculum#getMonthsBetweenSessions <em>Months Between Sessions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Months Between Sessions</em>' attribute.
	 * @see #getMonthsBetweenSessions()
	 * @generated
	 */
	void setMonthsBetweenSessions(int value);

	/**
	 * Returns the value of the '<em><b>Modules</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.curriculum.Module}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The modules delivered to every group, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modules</em>' containment reference list.
	 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum_Modules()
	 * @model containment="true"
	 * @generated
	 */
	EList<org.harapan.curriculum.Module> getModules();

	/**
	 * Returns the value of the '<em><b>Optional Modules</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.curriculum.Module}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Modules a regional variant may add (e.g. the 2021 stunting module).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Optional Modules</em>' containment reference list.
	 * @see org.harapan.curriculum.CurriculumPackage#getCurriculum_OptionalModules()
	 * @model containment="true"
	 * @generated
	 */
	EList<org.harapan.curriculum.Module> getOptionalModules();

} // Curriculum
