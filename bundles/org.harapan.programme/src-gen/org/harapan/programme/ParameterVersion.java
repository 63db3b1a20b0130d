/**
 */
package org.harapan.programme;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parameter Version</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The programme parameters effective from a date (not only a year) until the next version.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.ParameterVersion#getEffectiveFrom <em>Effective From</em>}</li>
 *   <li>{@link org.harapan.programme.ParameterVersion#getNote <em>Note</em>}</li>
 *   <li>{@link org.harapan.programme.ParameterVersion#getComponents <em>Components</em>}</li>
 *   <li>{@link org.harapan.programme.ParameterVersion#getCaps <em>Caps</em>}</li>
 *   <li>{@link org.harapan.programme.ParameterVersion#getMaxComponents <em>Max Components</em>}</li>
 *   <li>{@link org.harapan.programme.ParameterVersion#getFixedPerFamilyRp <em>Fixed Per Family Rp</em>}</li>
 *   <li>{@link org.harapan.programme.ParameterVersion#getFixedPaidInTahap <em>Fixed Paid In Tahap</em>}</li>
 *   <li>{@link org.harapan.programme.ParameterVersion#getTahaps <em>Tahaps</em>}</li>
 *   <li>{@link org.harapan.programme.ParameterVersion#getConditionalities <em>Conditionalities</em>}</li>
 *   <li>{@link org.harapan.programme.ParameterVersion#getSanction <em>Sanction</em>}</li>
 *   <li>{@link org.harapan.programme.ParameterVersion#getGraduation <em>Graduation</em>}</li>
 *   <li>{@link org.harapan.programme.ParameterVersion#getAids <em>Aids</em>}</li>
 *   <li>{@link org.harapan.programme.ParameterVersion#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.harapan.programme.ParameterVersion#getOverrides <em>Overrides</em>}</li>
 * </ul>
 *
 * @see org.harapan.programme.ProgrammePackage#getParameterVersion()
 * @model
 * @generated
 */
public interface ParameterVersion extends EObject {
	/**
	 * Returns the value of the '<em><b>Effective From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effective From</em>' attribute.
	 * @see #setEffectiveFrom(LocalDate)
	 * @see org.harapan.programme.ProgrammePackage#getParameterVersion_EffectiveFrom()
	 * @model dataType="org.harapan.programme.LocalDate"
	 * @generated
	 */
	LocalDate getEffectiveFrom();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ParameterVersion#getEffectiveFrom <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective From</em>' attribute.
	 * @see #getEffectiveFrom()
	 * @generated
	 */
	void setEffectiveFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.harapan.programme.ProgrammePackage#getParameterVersion_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ParameterVersion#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.programme.ComponentBenefit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see org.harapan.programme.ProgrammePackage#getParameterVersion_Components()
	 * @model containment="true"
	 * @generated
	 */
	EList<ComponentBenefit> getComponents();

	/**
	 * Returns the value of the '<em><b>Caps</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.programme.ComponentCap}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caps</em>' containment reference list.
	 * @see org.harapan.programme.ProgrammePackage#getParameterVersion_Caps()
	 * @model containment="true"
	 * @generated
	 */
	EList<ComponentCap> getCaps();

	/**
	 * Returns the value of the '<em><b>Max Components</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At most this many components (persons) are paid per household; 0: no cap.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Components</em>' attribute.
	 * @see #setMaxComponents(int)
	 * @see org.harapan.programme.ProgrammePackage#getParameterVersion_MaxComponents()
	 * @model
	 * @generated
	 */
	int getMaxComponents();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ParameterVersion#getMaxComponents <em>Max Components</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Components</em>' attribute.
	 * @see #getMaxComponents()
	 * @generated
	 */
	void setMaxComponents(int value);

	/**
	 * Returns the value of the '<em><b>Fixed Per Family Rp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A fixed amount per family per year (bantuan tetap), 0 when none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fixed Per Family Rp</em>' attribute.
	 * @see #setFixedPerFamilyRp(long)
	 * @see org.harapan.programme.ProgrammePackage#getParameterVersion_FixedPerFamilyRp()
	 * @model
	 * @generated
	 */
	long getFixedPerFamilyRp();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ParameterVersion#getFixedPerFamilyRp <em>Fixed Per Family Rp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fixed Per Family Rp</em>' attribute.
	 * @see #getFixedPerFamilyRp()
	 * @generated
	 */
	void setFixedPerFamilyRp(long value);

	/**
	 * Returns the value of the '<em><b>Fixed Paid In Tahap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tahap in which the fixed amount is paid (1-4); 0: spread evenly over every tahap.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fixed Paid In Tahap</em>' attribute.
	 * @see #setFixedPaidInTahap(int)
	 * @see org.harapan.programme.ProgrammePackage#getParameterVersion_FixedPaidInTahap()
	 * @model
	 * @generated
	 */
	int getFixedPaidInTahap();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ParameterVersion#getFixedPaidInTahap <em>Fixed Paid In Tahap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fixed Paid In Tahap</em>' attribute.
	 * @see #getFixedPaidInTahap()
	 * @generated
	 */
	void setFixedPaidInTahap(int value);

	/**
	 * Returns the value of the '<em><b>Tahaps</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.programme.Tahap}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The payment stages of a year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tahaps</em>' containment reference list.
	 * @see org.harapan.programme.ProgrammePackage#getParameterVersion_Tahaps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tahap> getTahaps();

	/**
	 * Returns the value of the '<em><b>Conditionalities</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.programme.ConditionalityRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditionalities</em>' containment reference list.
	 * @see org.harapan.programme.ProgrammePackage#getParameterVersion_Conditionalities()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionalityRule> getConditionalities();

	/**
	 * Returns the value of the '<em><b>Sanction</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sanction</em>' containment reference.
	 * @see #setSanction(SanctionPolicy)
	 * @see org.harapan.programme.ProgrammePackage#getParameterVersion_Sanction()
	 * @model containment="true"
	 * @generated
	 */
	SanctionPolicy getSanction();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ParameterVersion#getSanction <em>Sanction</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sanction</em>' containment reference.
	 * @see #getSanction()
	 * @generated
	 */
	void setSanction(SanctionPolicy value);

	/**
	 * Returns the value of the '<em><b>Graduation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Graduation</em>' containment reference.
	 * @see #setGraduation(GraduationCriteria)
	 * @see org.harapan.programme.ProgrammePackage#getParameterVersion_Graduation()
	 * @model containment="true"
	 * @generated
	 */
	GraduationCriteria getGraduation();

	/**
	 * Sets the value of the '{@link org.harapan.programme.ParameterVersion#getGraduation <em>Graduation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Graduation</em>' containment reference.
	 * @see #getGraduation()
	 * @generated
	 */
	void setGraduation(GraduationCriteria value);

	/**
	 * Returns the value of the '<em><b>Aids</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.programme.AidBenefit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Aid (cash, food packages, supplementary feeding, referrals) the programme gives.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aids</em>' containment reference list.
	 * @see org.harapan.programme.ProgrammePackage#getParameterVersion_Aids()
	 * @model containment="true"
	 * @generated
	 */
	EList<AidBenefit> getAids();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.programme.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further named parameters, e.g. thresholds a regional rule set reads.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.harapan.programme.ProgrammePackage#getParameterVersion_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link org.harapan.programme.ParameterOverride}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Values this (regional) programme sets for parameters of another programme that marks them overridable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overrides</em>' containment reference list.
	 * @see org.harapan.programme.ProgrammePackage#getParameterVersion_Overrides()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterOverride> getOverrides();

} // ParameterVersion
