/**
 */
package org.harapan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Relation To Head</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Relationship to the head of family, as on the Kartu Keluarga.
 * <!-- end-model-doc -->
 * @see org.harapan.model.HarapanPackage#getRelationToHead()
 * @model
 * @generated
 */
public enum RelationToHead implements Enumerator {
	/**
	 * The '<em><b>Head</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAD_VALUE
	 * @generated
	 * @ordered
	 */
	HEAD(0, "head", "head"),

	/**
	 * The '<em><b>Spouse</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPOUSE_VALUE
	 * @generated
	 * @ordered
	 */
	SPOUSE(1, "spouse", "spouse"),

	/**
	 * The '<em><b>Child</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_VALUE
	 * @generated
	 * @ordered
	 */
	CHILD(2, "child", "child"),

	/**
	 * The '<em><b>Child In Law</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_IN_LAW_VALUE
	 * @generated
	 * @ordered
	 */
	CHILD_IN_LAW(3, "childInLaw", "childInLaw"),

	/**
	 * The '<em><b>Grandchild</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANDCHILD_VALUE
	 * @generated
	 * @ordered
	 */
	GRANDCHILD(4, "grandchild", "grandchild"),

	/**
	 * The '<em><b>Parent</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENT_VALUE
	 * @generated
	 * @ordered
	 */
	PARENT(5, "parent", "parent"),

	/**
	 * The '<em><b>Parent In Law</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENT_IN_LAW_VALUE
	 * @generated
	 * @ordered
	 */
	PARENT_IN_LAW(6, "parentInLaw", "parentInLaw"),

	/**
	 * The '<em><b>Other Relative</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_RELATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER_RELATIVE(7, "otherRelative", "otherRelative"),

	/**
	 * The '<em><b>Helper</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HELPER_VALUE
	 * @generated
	 * @ordered
	 */
	HELPER(8, "helper", "helper"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "other", "other");

	/**
	 * The '<em><b>Head</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAD
	 * @model name="head"
	 * @generated
	 * @ordered
	 */
	public static final int HEAD_VALUE = 0;

	/**
	 * The '<em><b>Spouse</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPOUSE
	 * @model name="spouse"
	 * @generated
	 * @ordered
	 */
	public static final int SPOUSE_VALUE = 1;

	/**
	 * The '<em><b>Child</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD
	 * @model name="child"
	 * @generated
	 * @ordered
	 */
	public static final int CHILD_VALUE = 2;

	/**
	 * The '<em><b>Child In Law</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_IN_LAW
	 * @model name="childInLaw"
	 * @generated
	 * @ordered
	 */
	public static final int CHILD_IN_LAW_VALUE = 3;

	/**
	 * The '<em><b>Grandchild</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANDCHILD
	 * @model name="grandchild"
	 * @generated
	 * @ordered
	 */
	public static final int GRANDCHILD_VALUE = 4;

	/**
	 * The '<em><b>Parent</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENT
	 * @model name="parent"
	 * @generated
	 * @ordered
	 */
	public static final int PARENT_VALUE = 5;

	/**
	 * The '<em><b>Parent In Law</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENT_IN_LAW
	 * @model name="parentInLaw"
	 * @generated
	 * @ordered
	 */
	public static final int PARENT_IN_LAW_VALUE = 6;

	/**
	 * The '<em><b>Other Relative</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_RELATIVE
	 * @model name="otherRelative"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_RELATIVE_VALUE = 7;

	/**
	 * The '<em><b>Helper</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HELPER
	 * @model name="helper"
	 * @generated
	 * @ordered
	 */
	public static final int HELPER_VALUE = 8;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Relation To Head</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RelationToHead[] VALUES_ARRAY =
		new RelationToHead[] {
			HEAD,
			SPOUSE,
			CHILD,
			CHILD_IN_LAW,
			GRANDCHILD,
			PARENT,
			PARENT_IN_LAW,
			OTHER_RELATIVE,
			HELPER,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Relation To Head</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RelationToHead> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relation To Head</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationToHead get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationToHead result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relation To Head</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationToHead getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationToHead result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relation To Head</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationToHead get(int value) {
		switch (value) {
			case HEAD_VALUE: return HEAD;
			case SPOUSE_VALUE: return SPOUSE;
			case CHILD_VALUE: return CHILD;
			case CHILD_IN_LAW_VALUE: return CHILD_IN_LAW;
			case GRANDCHILD_VALUE: return GRANDCHILD;
			case PARENT_VALUE: return PARENT;
			case PARENT_IN_LAW_VALUE: return PARENT_IN_LAW;
			case OTHER_RELATIVE_VALUE: return OTHER_RELATIVE;
			case HELPER_VALUE: return HELPER;
			case OTHER_VALUE: return OTHER;
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
	private RelationToHead(int value, String name, String literal) {
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
	
} //RelationToHead
