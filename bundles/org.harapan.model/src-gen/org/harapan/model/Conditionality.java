/**
 */
package org.harapan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Conditionality</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.harapan.model.HarapanPackage#getConditionality()
 * @model
 * @generated
 */
public enum Conditionality implements Enumerator {
	/**
	 * The '<em><b>Antenatal Care</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANTENATAL_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	ANTENATAL_CARE(0, "antenatalCare", "antenatalCare"),

	/**
	 * The '<em><b>Facility Delivery</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FACILITY_DELIVERY_VALUE
	 * @generated
	 * @ordered
	 */
	FACILITY_DELIVERY(1, "facilityDelivery", "facilityDelivery"),

	/**
	 * The '<em><b>Postnatal Care</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSTNATAL_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	POSTNATAL_CARE(2, "postnatalCare", "postnatalCare"),

	/**
	 * The '<em><b>Immunisation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMMUNISATION_VALUE
	 * @generated
	 * @ordered
	 */
	IMMUNISATION(3, "immunisation", "immunisation"),

	/**
	 * The '<em><b>Growth Monitoring</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROWTH_MONITORING_VALUE
	 * @generated
	 * @ordered
	 */
	GROWTH_MONITORING(4, "growthMonitoring", "growthMonitoring"),

	/**
	 * The '<em><b>Vitamin A</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VITAMIN_A_VALUE
	 * @generated
	 * @ordered
	 */
	VITAMIN_A(5, "vitaminA", "vitaminA"),

	/**
	 * The '<em><b>Child Development</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_DEVELOPMENT_VALUE
	 * @generated
	 * @ordered
	 */
	CHILD_DEVELOPMENT(6, "childDevelopment", "childDevelopment"),

	/**
	 * The '<em><b>School Enrolment</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOL_ENROLMENT_VALUE
	 * @generated
	 * @ordered
	 */
	SCHOOL_ENROLMENT(7, "schoolEnrolment", "schoolEnrolment"),

	/**
	 * The '<em><b>School Attendance</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOL_ATTENDANCE_VALUE
	 * @generated
	 * @ordered
	 */
	SCHOOL_ATTENDANCE(8, "schoolAttendance", "schoolAttendance"),

	/**
	 * The '<em><b>Elderly Care</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELDERLY_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	ELDERLY_CARE(9, "elderlyCare", "elderlyCare"),

	/**
	 * The '<em><b>Disability Care</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABILITY_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	DISABILITY_CARE(10, "disabilityCare", "disabilityCare"),

	/**
	 * The '<em><b>P2k2 Attendance</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #P2K2_ATTENDANCE_VALUE
	 * @generated
	 * @ordered
	 */
	P2K2_ATTENDANCE(11, "p2k2Attendance", "p2k2Attendance");

	/**
	 * The '<em><b>Antenatal Care</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANTENATAL_CARE
	 * @model name="antenatalCare"
	 * @generated
	 * @ordered
	 */
	public static final int ANTENATAL_CARE_VALUE = 0;

	/**
	 * The '<em><b>Facility Delivery</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FACILITY_DELIVERY
	 * @model name="facilityDelivery"
	 * @generated
	 * @ordered
	 */
	public static final int FACILITY_DELIVERY_VALUE = 1;

	/**
	 * The '<em><b>Postnatal Care</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSTNATAL_CARE
	 * @model name="postnatalCare"
	 * @generated
	 * @ordered
	 */
	public static final int POSTNATAL_CARE_VALUE = 2;

	/**
	 * The '<em><b>Immunisation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMMUNISATION
	 * @model name="immunisation"
	 * @generated
	 * @ordered
	 */
	public static final int IMMUNISATION_VALUE = 3;

	/**
	 * The '<em><b>Growth Monitoring</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROWTH_MONITORING
	 * @model name="growthMonitoring"
	 * @generated
	 * @ordered
	 */
	public static final int GROWTH_MONITORING_VALUE = 4;

	/**
	 * The '<em><b>Vitamin A</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VITAMIN_A
	 * @model name="vitaminA"
	 * @generated
	 * @ordered
	 */
	public static final int VITAMIN_A_VALUE = 5;

	/**
	 * The '<em><b>Child Development</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_DEVELOPMENT
	 * @model name="childDevelopment"
	 * @generated
	 * @ordered
	 */
	public static final int CHILD_DEVELOPMENT_VALUE = 6;

	/**
	 * The '<em><b>School Enrolment</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOL_ENROLMENT
	 * @model name="schoolEnrolment"
	 * @generated
	 * @ordered
	 */
	public static final int SCHOOL_ENROLMENT_VALUE = 7;

	/**
	 * The '<em><b>School Attendance</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOL_ATTENDANCE
	 * @model name="schoolAttendance"
	 * @generated
	 * @ordered
	 */
	public static final int SCHOOL_ATTENDANCE_VALUE = 8;

	/**
	 * The '<em><b>Elderly Care</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELDERLY_CARE
	 * @model name="elderlyCare"
	 * @generated
	 * @ordered
	 */
	public static final int ELDERLY_CARE_VALUE = 9;

	/**
	 * The '<em><b>Disability Care</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISABILITY_CARE
	 * @model name="disabilityCare"
	 * @generated
	 * @ordered
	 */
	public static final int DISABILITY_CARE_VALUE = 10;

	/**
	 * The '<em><b>P2k2 Attendance</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #P2K2_ATTENDANCE
	 * @model name="p2k2Attendance"
	 * @generated
	 * @ordered
	 */
	public static final int P2K2_ATTENDANCE_VALUE = 11;

	/**
	 * An array of all the '<em><b>Conditionality</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Conditionality[] VALUES_ARRAY =
		new Conditionality[] {
			ANTENATAL_CARE,
			FACILITY_DELIVERY,
			POSTNATAL_CARE,
			IMMUNISATION,
			GROWTH_MONITORING,
			VITAMIN_A,
			CHILD_DEVELOPMENT,
			SCHOOL_ENROLMENT,
			SCHOOL_ATTENDANCE,
			ELDERLY_CARE,
			DISABILITY_CARE,
			P2K2_ATTENDANCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Conditionality</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Conditionality> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Conditionality</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Conditionality get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Conditionality result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conditionality</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Conditionality getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Conditionality result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conditionality</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Conditionality get(int value) {
		switch (value) {
			case ANTENATAL_CARE_VALUE: return ANTENATAL_CARE;
			case FACILITY_DELIVERY_VALUE: return FACILITY_DELIVERY;
			case POSTNATAL_CARE_VALUE: return POSTNATAL_CARE;
			case IMMUNISATION_VALUE: return IMMUNISATION;
			case GROWTH_MONITORING_VALUE: return GROWTH_MONITORING;
			case VITAMIN_A_VALUE: return VITAMIN_A;
			case CHILD_DEVELOPMENT_VALUE: return CHILD_DEVELOPMENT;
			case SCHOOL_ENROLMENT_VALUE: return SCHOOL_ENROLMENT;
			case SCHOOL_ATTENDANCE_VALUE: return SCHOOL_ATTENDANCE;
			case ELDERLY_CARE_VALUE: return ELDERLY_CARE;
			case DISABILITY_CARE_VALUE: return DISABILITY_CARE;
			case P2K2_ATTENDANCE_VALUE: return P2K2_ATTENDANCE;
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
	private Conditionality(int value, String name, String literal) {
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
	
} //Conditionality
