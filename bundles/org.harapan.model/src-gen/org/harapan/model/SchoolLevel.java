/**
 */
package org.harapan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>School Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.harapan.model.HarapanPackage#getSchoolLevel()
 * @model
 * @generated
 */
public enum SchoolLevel implements Enumerator {
	/**
	 * The '<em><b>None</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "none", "none"),

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
	 * The '<em><b>Primary</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY_VALUE
	 * @generated
	 * @ordered
	 */
	PRIMARY(2, "primary", "primary"),

	/**
	 * The '<em><b>Junior Secondary</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUNIOR_SECONDARY_VALUE
	 * @generated
	 * @ordered
	 */
	JUNIOR_SECONDARY(3, "juniorSecondary", "juniorSecondary"),

	/**
	 * The '<em><b>Senior Secondary</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_SECONDARY_VALUE
	 * @generated
	 * @ordered
	 */
	SENIOR_SECONDARY(4, "seniorSecondary", "seniorSecondary"),

	/**
	 * The '<em><b>Tertiary</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TERTIARY_VALUE
	 * @generated
	 * @ordered
	 */
	TERTIARY(5, "tertiary", "tertiary");

	/**
	 * The '<em><b>None</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model name="none"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

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
	 * The '<em><b>Primary</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY
	 * @model name="primary"
	 * @generated
	 * @ordered
	 */
	public static final int PRIMARY_VALUE = 2;

	/**
	 * The '<em><b>Junior Secondary</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUNIOR_SECONDARY
	 * @model name="juniorSecondary"
	 * @generated
	 * @ordered
	 */
	public static final int JUNIOR_SECONDARY_VALUE = 3;

	/**
	 * The '<em><b>Senior Secondary</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_SECONDARY
	 * @model name="seniorSecondary"
	 * @generated
	 * @ordered
	 */
	public static final int SENIOR_SECONDARY_VALUE = 4;

	/**
	 * The '<em><b>Tertiary</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TERTIARY
	 * @model name="tertiary"
	 * @generated
	 * @ordered
	 */
	public static final int TERTIARY_VALUE = 5;

	/**
	 * An array of all the '<em><b>School Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SchoolLevel[] VALUES_ARRAY =
		new SchoolLevel[] {
			NONE,
			EARLY_CHILDHOOD,
			PRIMARY,
			JUNIOR_SECONDARY,
			SENIOR_SECONDARY,
			TERTIARY,
		};

	/**
	 * A public read-only list of all the '<em><b>School Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SchoolLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>School Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SchoolLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SchoolLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>School Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SchoolLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SchoolLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>School Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SchoolLevel get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case EARLY_CHILDHOOD_VALUE: return EARLY_CHILDHOOD;
			case PRIMARY_VALUE: return PRIMARY;
			case JUNIOR_SECONDARY_VALUE: return JUNIOR_SECONDARY;
			case SENIOR_SECONDARY_VALUE: return SENIOR_SECONDARY;
			case TERTIARY_VALUE: return TERTIARY;
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
	private SchoolLevel(int value, String name, String literal) {
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
	
} //SchoolLevel
