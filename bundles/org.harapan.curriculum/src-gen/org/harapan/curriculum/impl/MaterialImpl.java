/**
 */
package org.harapan.curriculum.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.harapan.curriculum.CurriculumPackage;
import org.harapan.curriculum.Material;
import org.harapan.curriculum.MaterialKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Material</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.curriculum.impl.MaterialImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.MaterialImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.MaterialImpl#getTitleEn <em>Title En</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MaterialImpl extends MinimalEObjectImpl.Container implements Material {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MaterialKind KIND_EDEFAULT = MaterialKind.FLIPCHART;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MaterialKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitleEn() <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEn()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleEn() <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEn()
	 * @generated
	 * @ordered
	 */
	protected String titleEn = TITLE_EN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MaterialImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.MATERIAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaterialKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MaterialKind newKind) {
		MaterialKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.MATERIAL__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.MATERIAL__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleEn() {
		return titleEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleEn(String newTitleEn) {
		String oldTitleEn = titleEn;
		titleEn = newTitleEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.MATERIAL__TITLE_EN, oldTitleEn, titleEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CurriculumPackage.MATERIAL__KIND:
				return getKind();
			case CurriculumPackage.MATERIAL__TITLE:
				return getTitle();
			case CurriculumPackage.MATERIAL__TITLE_EN:
				return getTitleEn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CurriculumPackage.MATERIAL__KIND:
				setKind((MaterialKind)newValue);
				return;
			case CurriculumPackage.MATERIAL__TITLE:
				setTitle((String)newValue);
				return;
			case CurriculumPackage.MATERIAL__TITLE_EN:
				setTitleEn((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CurriculumPackage.MATERIAL__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CurriculumPackage.MATERIAL__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CurriculumPackage.MATERIAL__TITLE_EN:
				setTitleEn(TITLE_EN_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CurriculumPackage.MATERIAL__KIND:
				return kind != KIND_EDEFAULT;
			case CurriculumPackage.MATERIAL__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CurriculumPackage.MATERIAL__TITLE_EN:
				return TITLE_EN_EDEFAULT == null ? titleEn != null : !TITLE_EN_EDEFAULT.equals(titleEn);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", title: ");
		result.append(title);
		result.append(", titleEn: ");
		result.append(titleEn);
		result.append(')');
		return result.toString();
	}

} //MaterialImpl
