/**
 */
package org.harapan.curriculum;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Material Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of session material.
 * <!-- end-model-doc -->
 * @see org.harapan.curriculum.CurriculumPackage#getMaterialKind()
 * @model
 * @generated
 */
public enum MaterialKind implements Enumerator {
	/**
	 * The '<em><b>Flipchart</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLIPCHART_VALUE
	 * @generated
	 * @ordered
	 */
	FLIPCHART(0, "flipchart", "flipchart"),

	/**
	 * The '<em><b>Film</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILM_VALUE
	 * @generated
	 * @ordered
	 */
	FILM(1, "film", "film"),

	/**
	 * The '<em><b>Worksheet</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSHEET_VALUE
	 * @generated
	 * @ordered
	 */
	WORKSHEET(2, "worksheet", "worksheet"),

	/**
	 * The '<em><b>Reading</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #READING_VALUE
	 * @generated
	 * @ordered
	 */
	READING(3, "reading", "reading"),

	/**
	 * The '<em><b>Buku Pintar</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The take-home Buku Pintar.
	 * <!-- end-model-doc -->
	 * @see #BUKU_PINTAR_VALUE
	 * @generated
	 * @ordered
	 */
	BUKU_PINTAR(4, "bukuPintar", "bukuPintar");

	/**
	 * The '<em><b>Flipchart</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLIPCHART
	 * @model name="flipchart"
	 * @generated
	 * @ordered
	 */
	public static final int FLIPCHART_VALUE = 0;

	/**
	 * The '<em><b>Film</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILM
	 * @model name="film"
	 * @generated
	 * @ordered
	 */
	public static final int FILM_VALUE = 1;

	/**
	 * The '<em><b>Worksheet</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSHEET
	 * @model name="worksheet"
	 * @generated
	 * @ordered
	 */
	public static final int WORKSHEET_VALUE = 2;

	/**
	 * The '<em><b>Reading</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #READING
	 * @model name="reading"
	 * @generated
	 * @ordered
	 */
	public static final int READING_VALUE = 3;

	/**
	 * The '<em><b>Buku Pintar</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The take-home Buku Pintar.
	 * <!-- end-model-doc -->
	 * @see #BUKU_PINTAR
	 * @model name="bukuPintar"
	 * @generated
	 * @ordered
	 */
	public static final int BUKU_PINTAR_VALUE = 4;

	/**
	 * An array of all the '<em><b>Material Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MaterialKind[] VALUES_ARRAY =
		new MaterialKind[] {
			FLIPCHART,
			FILM,
			WORKSHEET,
			READING,
			BUKU_PINTAR,
		};

	/**
	 * A public read-only list of all the '<em><b>Material Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MaterialKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Material Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MaterialKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MaterialKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Material Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MaterialKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MaterialKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Material Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MaterialKind get(int value) {
		switch (value) {
			case FLIPCHART_VALUE: return FLIPCHART;
			case FILM_VALUE: return FILM;
			case WORKSHEET_VALUE: return WORKSHEET;
			case READING_VALUE: return READING;
			case BUKU_PINTAR_VALUE: return BUKU_PINTAR;
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
	private MaterialKind(int value, String name, String literal) {
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
	
} //MaterialKind
