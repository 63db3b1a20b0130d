/**
 */
package org.harapan.programme;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Component Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The PKH components.
 * <!-- end-model-doc -->
 * @see org.harapan.programme.ProgrammePackage#getComponentKind()
 * @model
 * @generated
 */
public enum ComponentKind implements Enumerator {
	/**
	 * The '<em><b>Pregnant</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREGNANT_VALUE
	 * @generated
	 * @ordered
	 */
	PREGNANT(0, "pregnant", "pregnant"),

	/**
	 * The '<em><b>Early Childhood</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EARLY_CHILDHOOD_VALUE
	 * @generated
	 * @ordered
	 */
	EARLY_CHILDHOOD(1, "earlyChildhood", "earlyChildhood"),

	/**
	 * The '<em><b>Primary School</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY_SCHOOL_VALUE
	 * @generated
	 * @ordered
	 */
	PRIMARY_SCHOOL(2, "primarySchool", "primarySchool"),

	/**
	 * The '<em><b>Junior Secondary School</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUNIOR_SECONDARY_SCHOOL_VALUE
	 * @generated
	 * @ordered
	 */
	JUNIOR_SECONDARY_SCHOOL(3, "juniorSecondarySchool", "juniorSecondarySchool"),

	/**
	 * The '<em><b>Senior Secondary School</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_SECONDARY_SCHOOL_VALUE
	 * @generated
	 * @ordered
	 */
	SENIOR_SECONDARY_SCHOOL(4, "seniorSecondarySchool", "seniorSecondarySchool"),

	/**
	 * The '<em><b>Severe Disability</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEVERE_DISABILITY_VALUE
	 * @generated
	 * @ordered
	 */
	SEVERE_DISABILITY(5, "severeDisability", "severeDisability"),

	/**
	 * The '<em><b>Elderly</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELDERLY_VALUE
	 * @generated
	 * @ordered
	 */
	ELDERLY(6, "elderly", "elderly");

	/**
	 * The '<em><b>Pregnant</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREGNANT
	 * @model name="pregnant"
	 * @generated
	 * @ordered
	 */
	public static final int PREGNANT_VALUE = 0;

	/**
	 * The '<em><b>Early Childhood</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EARLY_CHILDHOOD
	 * @model name="earlyChildhood"
	 * @generated
	 * @ordered
	 */
	public static final int EARLY_CHILDHOOD_VALUE = 1;

	/**
	 * The '<em><b>Primary School</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY_SCHOOL
	 * @model name="primarySchool"
	 * @generated
	 * @ordered
	 */
	public static final int PRIMARY_SCHOOL_VALUE = 2;

	/**
	 * The '<em><b>Junior Secondary School</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUNIOR_SECONDARY_SCHOOL
	 * @model name="juniorSecondarySchool"
	 * @generated
	 * @ordered
	 */
	public static final int JUNIOR_SECONDARY_SCHOOL_VALUE = 3;

	/**
	 * The '<em><b>Senior Secondary School</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_SECONDARY_SCHOOL
	 * @model name="seniorSecondarySchool"
	 * @generated
	 * @ordered
	 */
	public static final int SENIOR_SECONDARY_SCHOOL_VALUE = 4;

	/**
	 * The '<em><b>Severe Disability</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEVERE_DISABILITY
	 * @model name="severeDisability"
	 * @generated
	 * @ordered
	 */
	public static final int SEVERE_DISABILITY_VALUE = 5;

	/**
	 * The '<em><b>Elderly</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELDERLY
	 * @model name="elderly"
	 * @generated
	 * @ordered
	 */
	public static final int ELDERLY_VALUE = 6;

	/**
	 * An array of all the '<em><b>Component Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ComponentKind[] VALUES_ARRAY =
		new ComponentKind[] {
			PREGNANT,
			EARLY_CHILDHOOD,
			PRIMARY_SCHOOL,
			JUNIOR_SECONDARY_SCHOOL,
			SENIOR_SECONDARY_SCHOOL,
			SEVERE_DISABILITY,
			ELDERLY,
		};

	/**
	 * A public read-only list of all the '<em><b>Component Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ComponentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Component Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComponentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComponentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Component Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComponentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComponentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Component Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComponentKind get(int value) {
		switch (value) {
			case PREGNANT_VALUE: return PREGNANT;
			case EARLY_CHILDHOOD_VALUE: return EARLY_CHILDHOOD;
			case PRIMARY_SCHOOL_VALUE: return PRIMARY_SCHOOL;
			case JUNIOR_SECONDARY_SCHOOL_VALUE: return JUNIOR_SECONDARY_SCHOOL;
			case SENIOR_SECONDARY_SCHOOL_VALUE: return SENIOR_SECONDARY_SCHOOL;
			case SEVERE_DISABILITY_VALUE: return SEVERE_DISABILITY;
			case ELDERLY_VALUE: return ELDERLY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ComponentKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ComponentKind
