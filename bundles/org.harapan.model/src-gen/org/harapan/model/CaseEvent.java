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
 *   <li>{@link org.harapan.model.CaseEvent#getTextEn <em>Text En</em>}</li>
 *   <li>{@link org.harapan.model.CaseEvent#getSource <em>Source</em>}</li>
 *   <li>{@link org.harapan.model.CaseEvent#getFacts <em>Facts</em>}</li>
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
	 * <!-- begin-model-doc -->
	 * The note, or for a decision its explanation in Bahasa Indonesia.
	 * <!-- end-model-doc -->
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

	/**
	 * Returns the value of the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a decision: its explanation in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text En</em>' attribute.
	 * @see #setTextEn(String)
	 * @see org.harapan.model.HarapanPackage#getCaseEvent_TextEn()
	 * @model
	 * @generated
	 */
	String getTextEn();

	/**
	 * Sets the value of the '{@link org.harapan.model.CaseEvent#getTextEn <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text En</em>' attribute.
	 * @see #getTextEn()
	 * @generated
	 */
	void setTextEn(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a decision: the rule set id and version and the rule that made it (e.g. pkh.national 2021.1 / benefit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.harapan.model.HarapanPackage#getCaseEvent_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.harapan.model.CaseEvent#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Facts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a decision: the facts it used, with the record each came from, one per line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Facts</em>' attribute.
	 * @see #setFacts(String)
	 * @see org.harapan.model.HarapanPackage#getCaseEvent_Facts()
	 * @model
	 * @generated
	 */
	String getFacts();

	/**
	 * Sets the value of the '{@link org.harapan.model.CaseEvent#getFacts <em>Facts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Facts</em>' attribute.
	 * @see #getFacts()
	 * @generated
	 */
	void setFacts(String value);

} // CaseEvent
