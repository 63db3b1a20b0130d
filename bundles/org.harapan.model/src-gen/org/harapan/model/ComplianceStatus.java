/**
 */
package org.harapan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Compliance Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.harapan.model.HarapanPackage#getComplianceStatus()
 * @model
 * @generated
 */
public enum ComplianceStatus implements Enumerator {
	/**
	 * The '<em><b>Met</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MET_VALUE
	 * @generated
	 * @ordered
	 */
	MET(0, "met", "met"),

	/**
	 * The '<em><b>Not Met</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_MET_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_MET(1, "notMet", "notMet"),

	/**
	 * The '<em><b>Not Applicable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_APPLICABLE(2, "notApplicable", "notApplicable"), /**
	 * The '<em><b>Exempt</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not verifiable because the service was not available that month (P2K2 session cancelled, no posyandu): neither met nor a violation.
	 * <!-- end-model-doc -->
	 * @see #EXEMPT_VALUE
	 * @generated
	 * @ordered
	 */
	EXEMPT(3, "exempt", "exempt");

	/**
	 * The '<em><b>Met</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MET
	 * @model name="met"
	 * @generated
	 * @ordered
	 */
	public static final int MET_VALUE = 0;

	/**
	 * The '<em><b>Not Met</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_MET
	 * @model name="notMet"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_MET_VALUE = 1;

	/**
	 * The '<em><b>Not Applicable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE
	 * @model name="notApplicable"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_APPLICABLE_VALUE = 2;

	/**
	 * The '<em><b>Exempt</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not verifiable because the service was not available that month (P2K2 session cancelled, no posyandu): neither met nor a violation.
	 * <!-- end-model-doc -->
	 * @see #EXEMPT
	 * @model name="exempt"
	 * @generated
	 * @ordered
	 */
	public static final int EXEMPT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Compliance Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ComplianceStatus[] VALUES_ARRAY =
		new ComplianceStatus[] {
			MET,
			NOT_MET,
			NOT_APPLICABLE,
			EXEMPT,
		};

	/**
	 * A public read-only list of all the '<em><b>Compliance Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ComplianceStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Compliance Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplianceStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComplianceStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Compliance Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplianceStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComplianceStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Compliance Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplianceStatus get(int value) {
		switch (value) {
			case MET_VALUE: return MET;
			case NOT_MET_VALUE: return NOT_MET;
			case NOT_APPLICABLE_VALUE: return NOT_APPLICABLE;
			case EXEMPT_VALUE: return EXEMPT;
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
	private ComplianceStatus(int value, String name, String literal) {
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
	
} //ComplianceStatus
