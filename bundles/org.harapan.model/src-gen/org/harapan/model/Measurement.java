/**
 */
package org.harapan.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One anthropometric measurement. Z-scores and WHO flags are computed by the growth bundle, not stored here. Zero means not measured.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.model.Measurement#getDate <em>Date</em>}</li>
 *   <li>{@link org.harapan.model.Measurement#getWeightKg <em>Weight Kg</em>}</li>
 *   <li>{@link org.harapan.model.Measurement#getHeightCm <em>Height Cm</em>}</li>
 *   <li>{@link org.harapan.model.Measurement#getPosition <em>Position</em>}</li>
 *   <li>{@link org.harapan.model.Measurement#getHeadCircumferenceCm <em>Head Circumference Cm</em>}</li>
 *   <li>{@link org.harapan.model.Measurement#getArmCircumferenceCm <em>Arm Circumference Cm</em>}</li>
 *   <li>{@link org.harapan.model.Measurement#isOedema <em>Oedema</em>}</li>
 *   <li>{@link org.harapan.model.Measurement#getPlace <em>Place</em>}</li>
 *   <li>{@link org.harapan.model.Measurement#getMember <em>Member</em>}</li>
 * </ul>
 *
 * @see org.harapan.model.HarapanPackage#getMeasurement()
 * @model
 * @generated
 */
public interface Measurement extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.harapan.model.HarapanPackage#getMeasurement_Date()
	 * @model dataType="org.harapan.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.harapan.model.Measurement#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Weight Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight Kg</em>' attribute.
	 * @see #setWeightKg(double)
	 * @see org.harapan.model.HarapanPackage#getMeasurement_WeightKg()
	 * @model
	 * @generated
	 */
	double getWeightKg();

	/**
	 * Sets the value of the '{@link org.harapan.model.Measurement#getWeightKg <em>Weight Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Kg</em>' attribute.
	 * @see #getWeightKg()
	 * @generated
	 */
	void setWeightKg(double value);

	/**
	 * Returns the value of the '<em><b>Height Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recumbent length or standing height in cm, as given by position.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Height Cm</em>' attribute.
	 * @see #setHeightCm(double)
	 * @see org.harapan.model.HarapanPackage#getMeasurement_HeightCm()
	 * @model
	 * @generated
	 */
	double getHeightCm();

	/**
	 * Sets the value of the '{@link org.harapan.model.Measurement#getHeightCm <em>Height Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height Cm</em>' attribute.
	 * @see #getHeightCm()
	 * @generated
	 */
	void setHeightCm(double value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.model.MeasurementPosition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see org.harapan.model.MeasurementPosition
	 * @see #setPosition(MeasurementPosition)
	 * @see org.harapan.model.HarapanPackage#getMeasurement_Position()
	 * @model
	 * @generated
	 */
	MeasurementPosition getPosition();

	/**
	 * Sets the value of the '{@link org.harapan.model.Measurement#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see org.harapan.model.MeasurementPosition
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(MeasurementPosition value);

	/**
	 * Returns the value of the '<em><b>Head Circumference Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Head Circumference Cm</em>' attribute.
	 * @see #setHeadCircumferenceCm(double)
	 * @see org.harapan.model.HarapanPackage#getMeasurement_HeadCircumferenceCm()
	 * @model
	 * @generated
	 */
	double getHeadCircumferenceCm();

	/**
	 * Sets the value of the '{@link org.harapan.model.Measurement#getHeadCircumferenceCm <em>Head Circumference Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Head Circumference Cm</em>' attribute.
	 * @see #getHeadCircumferenceCm()
	 * @generated
	 */
	void setHeadCircumferenceCm(double value);

	/**
	 * Returns the value of the '<em><b>Arm Circumference Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mid-upper arm circumference (MUAC / LiLA) in cm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arm Circumference Cm</em>' attribute.
	 * @see #setArmCircumferenceCm(double)
	 * @see org.harapan.model.HarapanPackage#getMeasurement_ArmCircumferenceCm()
	 * @model
	 * @generated
	 */
	double getArmCircumferenceCm();

	/**
	 * Sets the value of the '{@link org.harapan.model.Measurement#getArmCircumferenceCm <em>Arm Circumference Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arm Circumference Cm</em>' attribute.
	 * @see #getArmCircumferenceCm()
	 * @generated
	 */
	void setArmCircumferenceCm(double value);

	/**
	 * Returns the value of the '<em><b>Oedema</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Oedema</em>' attribute.
	 * @see #setOedema(boolean)
	 * @see org.harapan.model.HarapanPackage#getMeasurement_Oedema()
	 * @model
	 * @generated
	 */
	boolean isOedema();

	/**
	 * Sets the value of the '{@link org.harapan.model.Measurement#isOedema <em>Oedema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Oedema</em>' attribute.
	 * @see #isOedema()
	 * @generated
	 */
	void setOedema(boolean value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.model.MeasurementPlace}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see org.harapan.model.MeasurementPlace
	 * @see #setPlace(MeasurementPlace)
	 * @see org.harapan.model.HarapanPackage#getMeasurement_Place()
	 * @model
	 * @generated
	 */
	MeasurementPlace getPlace();

	/**
	 * Sets the value of the '{@link org.harapan.model.Measurement#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see org.harapan.model.MeasurementPlace
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(MeasurementPlace value);

	/**
	 * Returns the value of the '<em><b>Member</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.harapan.model.Member#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member</em>' container reference.
	 * @see org.harapan.model.HarapanPackage#getMeasurement_Member()
	 * @see org.harapan.model.Member#getMeasurements
	 * @model opposite="measurements" changeable="false"
	 * @generated
	 */
	Member getMember();

} // Measurement
