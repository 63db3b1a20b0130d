/**
 */
package org.harapan.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A note or an audit entry in the household file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.model.CaseEvent#getWhen <em>When</em>}</li>
 *   <li>{@link org.harapan.model.CaseEvent#getWho <em>Who</em>}</li>
 *   <li>{@link org.harapan.model.CaseEvent#getKind <em>Kind</em>}</li>
 *   <li>{@link org.harapan.model.CaseEvent#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.harapan.model.HarapanPackage#getCaseEvent()
 * @model
 * @generated
 */
public interface CaseEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>When</em>' attribute.
	 * @see #setWhen(Instant)
	 * @see org.harapan.model.HarapanPackage#getCaseEvent_When()
	 * @model dataType="org.harapan.model.Instant"
	 * @generated
	 */
	Instant getWhen();

	/**
	 * Sets the value of the '{@link org.harapan.model.CaseEvent#getWhen <em>When</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>When</em>' attribute.
	 * @see #getWhen()
	 * @generated
	 */
	void setWhen(Instant value);

	/**
	 * Returns the value of the '<em><b>Who</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Who</em>' attribute.
	 * @see #setWho(String)
	 * @see org.harapan.model.HarapanPackage#getCaseEvent_Who()
	 * @model
	 * @generated
	 */
	String getWho();

	/**
	 * Sets the value of the '{@link org.harapan.model.CaseEvent#getWho <em>Who</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Who</em>' attribute.
	 * @see #getWho()
	 * @generated
	 */
	void setWho(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.harapan.model.CaseEventKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.harapan.model.CaseEventKind
	 * @see #setKind(CaseEventKind)
	 * @see org.harapan.model.HarapanPackage#getCaseEvent_Kind()
	 * @model
	 * @generated
	 */
	CaseEventKind getKind();

	/**
	 * Sets the value of the '{@link org.harapan.model.CaseEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.harapan.model.CaseEventKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CaseEventKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.harapan.model.HarapanPackage#getCaseEvent_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.harapan.model.CaseEvent#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // CaseEvent
