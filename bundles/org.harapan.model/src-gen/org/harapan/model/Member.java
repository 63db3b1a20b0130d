/**
 */
package org.harapan.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.model.Member#getNik <em>Nik</em>}</li>
 *   <li>{@link org.harapan.model.Member#getName <em>Name</em>}</li>
 *   <li>{@link org.harapan.model.Member#getSex <em>Sex</em>}</li>
 *   <li>{@link org.harapan.model.Member#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.harapan.model.Member#getRelationToHead <em>Relation To Head</em>}</li>
 *   <li>{@link org.harapan.model.Member#isPregnant <em>Pregnant</em>}</li>
 *   <li>{@link org.harapan.model.Member#getExpectedDeliveryDate <em>Expected Delivery Date</em>}</li>
 *   <li>{@link org.harapan.model.Member#getSchoolLevel <em>School Level</em>}</li>
 *   <li>{@link org.harapan.model.Member#isEnrolled <em>Enrolled</em>}</li>
 *   <li>{@link org.harapan.model.Member#getDisability <em>Disability</em>}</li>
 *   <li>{@link org.harapan.model.Member#getHousehold <em>Household</em>}</li>
 *   <li>{@link org.harapan.model.Member#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @see org.harapan.model.HarapanPackage#getMember()
 * @model
 * @generated
 */
public interface Member extends EObject {
	/**
	 * Returns the value of the '<em><b>Nik</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nomor Induk Kependudukan: 16 digits; 1-6 region, 7-12 birth date DDMMYY (day + 40 for women), 13-16 serial.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nik</em>' attribute.
	 * @see #setNik(String)
	 * @see org.harapan.model.HarapanPackage#getMember_Nik()
	 * @model
	 * @generated
	 */
	String getNik();

	/**
	 * Sets the value of the '{@link org.harapan.model.Member#getNik <em>Nik</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nik</em>' attribute.
	 * @see #getNik()
	 * @generated
	 */
	void setNik(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.harapan.model.HarapanPackage#getMember_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.harapan.model.Member#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Sex</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.model.Sex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sex</em>' attribute.
	 * @see org.harapan.model.Sex
	 * @see #setSex(Sex)
	 * @see org.harapan.model.HarapanPackage#getMember_Sex()
	 * @model
	 * @generated
	 */
	Sex getSex();

	/**
	 * Sets the value of the '{@link org.harapan.model.Member#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex</em>' attribute.
	 * @see org.harapan.model.Sex
	 * @see #getSex()
	 * @generated
	 */
	void setSex(Sex value);

	/**
	 * Returns the value of the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birth Date</em>' attribute.
	 * @see #setBirthDate(LocalDate)
	 * @see org.harapan.model.HarapanPackage#getMember_BirthDate()
	 * @model dataType="org.harapan.model.LocalDate"
	 * @generated
	 */
	LocalDate getBirthDate();

	/**
	 * Sets the value of the '{@link org.harapan.model.Member#getBirthDate <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Date</em>' attribute.
	 * @see #getBirthDate()
	 * @generated
	 */
	void setBirthDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Relation To Head</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.model.RelationToHead}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relation To Head</em>' attribute.
	 * @see org.harapan.model.RelationToHead
	 * @see #setRelationToHead(RelationToHead)
	 * @see org.harapan.model.HarapanPackage#getMember_RelationToHead()
	 * @model
	 * @generated
	 */
	RelationToHead getRelationToHead();

	/**
	 * Sets the value of the '{@link org.harapan.model.Member#getRelationToHead <em>Relation To Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relation To Head</em>' attribute.
	 * @see org.harapan.model.RelationToHead
	 * @see #getRelationToHead()
	 * @generated
	 */
	void setRelationToHead(RelationToHead value);

	/**
	 * Returns the value of the '<em><b>Pregnant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pregnant</em>' attribute.
	 * @see #setPregnant(boolean)
	 * @see org.harapan.model.HarapanPackage#getMember_Pregnant()
	 * @model
	 * @generated
	 */
	boolean isPregnant();

	/**
	 * Sets the value of the '{@link org.harapan.model.Member#isPregnant <em>Pregnant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pregnant</em>' attribute.
	 * @see #isPregnant()
	 * @generated
	 */
	void setPregnant(boolean value);

	/**
	 * Returns the value of the '<em><b>Expected Delivery Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected Delivery Date</em>' attribute.
	 * @see #setExpectedDeliveryDate(LocalDate)
	 * @see org.harapan.model.HarapanPackage#getMember_ExpectedDeliveryDate()
	 * @model dataType="org.harapan.model.LocalDate"
	 * @generated
	 */
	LocalDate getExpectedDeliveryDate();

	/**
	 * Sets the value of the '{@link org.harapan.model.Member#getExpectedDeliveryDate <em>Expected Delivery Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Delivery Date</em>' attribute.
	 * @see #getExpectedDeliveryDate()
	 * @generated
	 */
	void setExpectedDeliveryDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>School Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.model.SchoolLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>School Level</em>' attribute.
	 * @see org.harapan.model.SchoolLevel
	 * @see #setSchoolLevel(SchoolLevel)
	 * @see org.harapan.model.HarapanPackage#getMember_SchoolLevel()
	 * @model
	 * @generated
	 */
	SchoolLevel getSchoolLevel();

	/**
	 * Sets the value of the '{@link org.harapan.model.Member#getSchoolLevel <em>School Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>School Level</em>' attribute.
	 * @see org.harapan.model.SchoolLevel
	 * @see #getSchoolLevel()
	 * @generated
	 */
	void setSchoolLevel(SchoolLevel value);

	/**
	 * Returns the value of the '<em><b>Enrolled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Currently enrolled at the school level given by schoolLevel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enrolled</em>' attribute.
	 * @see #setEnrolled(boolean)
	 * @see org.harapan.model.HarapanPackage#getMember_Enrolled()
	 * @model
	 * @generated
	 */
	boolean isEnrolled();

	/**
	 * Sets the value of the '{@link org.harapan.model.Member#isEnrolled <em>Enrolled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enrolled</em>' attribute.
	 * @see #isEnrolled()
	 * @generated
	 */
	void setEnrolled(boolean value);

	/**
	 * Returns the value of the '<em><b>Disability</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.model.DisabilityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disability</em>' attribute.
	 * @see org.harapan.model.DisabilityLevel
	 * @see #setDisability(DisabilityLevel)
	 * @see org.harapan.model.HarapanPackage#getMember_Disability()
	 * @model
	 * @generated
	 */
	DisabilityLevel getDisability();

	/**
	 * Sets the value of the '{@link org.harapan.model.Member#getDisability <em>Disability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disability</em>' attribute.
	 * @see org.harapan.model.DisabilityLevel
	 * @see #getDisability()
	 * @generated
	 */
	void setDisability(DisabilityLevel value);

	/**
	 * Returns the value of the '<em><b>Household</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.harapan.model.Household#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Household</em>' container reference.
	 * @see org.harapan.model.HarapanPackage#getMember_Household()
	 * @see org.harapan.model.Household#getMembers
	 * @model opposite="members" changeable="false"
	 * @generated
	 */
	Household getHousehold();

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.model.Measurement}.
	 * It is bidirectional and its opposite is '{@link org.harapan.model.Measurement#getMember <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see org.harapan.model.HarapanPackage#getMember_Measurements()
	 * @see org.harapan.model.Measurement#getMember
	 * @model opposite="member" containment="true"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Completed days of age at the given date; -1 when the birth date is unknown or after the date.
	 * <!-- end-model-doc -->
	 * @model atDataType="org.harapan.model.LocalDate"
	 * @generated
	 */
	int ageInDays(LocalDate at);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Completed calendar months of age at the given date; -1 when unknown.
	 * <!-- end-model-doc -->
	 * @model atDataType="org.harapan.model.LocalDate"
	 * @generated
	 */
	int ageInMonths(LocalDate at);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Completed years of age at the given date; -1 when unknown.
	 * <!-- end-model-doc -->
	 * @model atDataType="org.harapan.model.LocalDate"
	 * @generated
	 */
	int ageInYears(LocalDate at);

} // Member
