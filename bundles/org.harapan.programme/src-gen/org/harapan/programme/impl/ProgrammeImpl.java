/**
 */
package org.harapan.programme.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.ProgrammeKind;
import org.harapan.programme.ProgrammePackage;
import org.harapan.programme.Sponsor;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Programme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.impl.ProgrammeImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ProgrammeImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ProgrammeImpl#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ProgrammeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ProgrammeImpl#getRegionCode <em>Region Code</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ProgrammeImpl#getAuthority <em>Authority</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ProgrammeImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ProgrammeImpl#getVersions <em>Versions</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ProgrammeImpl#getSponsors <em>Sponsors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProgrammeImpl extends MinimalEObjectImpl.Container implements Programme {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProgrammeKind KIND_EDEFAULT = ProgrammeKind.CASH_TRANSFER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ProgrammeKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegionCode() <em>Region Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionCode()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegionCode() <em>Region Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionCode()
	 * @generated
	 * @ordered
	 */
	protected String regionCode = REGION_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthority() <em>Authority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthority()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHORITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthority() <em>Authority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthority()
	 * @generated
	 * @ordered
	 */
	protected String authority = AUTHORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVersions() <em>Versions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterVersion> versions;

	/**
	 * The cached value of the '{@link #getSponsors() <em>Sponsors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsors()
	 * @generated
	 * @ordered
	 */
	protected EList<Sponsor> sponsors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProgrammeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.PROGRAMME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__TITLE_EN, oldTitleEn, titleEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProgrammeKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ProgrammeKind newKind) {
		ProgrammeKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegionCode() {
		return regionCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegionCode(String newRegionCode) {
		String oldRegionCode = regionCode;
		regionCode = newRegionCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__REGION_CODE, oldRegionCode, regionCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthority() {
		return authority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthority(String newAuthority) {
		String oldAuthority = authority;
		authority = newAuthority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__AUTHORITY, oldAuthority, authority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterVersion> getVersions() {
		if (versions == null) {
			versions = new EObjectContainmentEList<ParameterVersion>(ParameterVersion.class, this, ProgrammePackage.PROGRAMME__VERSIONS);
		}
		return versions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sponsor> getSponsors() {
		if (sponsors == null) {
			sponsors = new EObjectContainmentEList<Sponsor>(Sponsor.class, this, ProgrammePackage.PROGRAMME__SPONSORS);
		}
		return sponsors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProgrammePackage.PROGRAMME__VERSIONS:
				return ((InternalEList<?>)getVersions()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PROGRAMME__SPONSORS:
				return ((InternalEList<?>)getSponsors()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProgrammePackage.PROGRAMME__ID:
				return getId();
			case ProgrammePackage.PROGRAMME__TITLE:
				return getTitle();
			case ProgrammePackage.PROGRAMME__TITLE_EN:
				return getTitleEn();
			case ProgrammePackage.PROGRAMME__KIND:
				return getKind();
			case ProgrammePackage.PROGRAMME__REGION_CODE:
				return getRegionCode();
			case ProgrammePackage.PROGRAMME__AUTHORITY:
				return getAuthority();
			case ProgrammePackage.PROGRAMME__SOURCE:
				return getSource();
			case ProgrammePackage.PROGRAMME__VERSIONS:
				return getVersions();
			case ProgrammePackage.PROGRAMME__SPONSORS:
				return getSponsors();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProgrammePackage.PROGRAMME__ID:
				setId((String)newValue);
				return;
			case ProgrammePackage.PROGRAMME__TITLE:
				setTitle((String)newValue);
				return;
			case ProgrammePackage.PROGRAMME__TITLE_EN:
				setTitleEn((String)newValue);
				return;
			case ProgrammePackage.PROGRAMME__KIND:
				setKind((ProgrammeKind)newValue);
				return;
			case ProgrammePackage.PROGRAMME__REGION_CODE:
				setRegionCode((String)newValue);
				return;
			case ProgrammePackage.PROGRAMME__AUTHORITY:
				setAuthority((String)newValue);
				return;
			case ProgrammePackage.PROGRAMME__SOURCE:
				setSource((String)newValue);
				return;
			case ProgrammePackage.PROGRAMME__VERSIONS:
				getVersions().clear();
				getVersions().addAll((Collection<? extends ParameterVersion>)newValue);
				return;
			case ProgrammePackage.PROGRAMME__SPONSORS:
				getSponsors().clear();
				getSponsors().addAll((Collection<? extends Sponsor>)newValue);
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
			case ProgrammePackage.PROGRAMME__ID:
				setId(ID_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME__TITLE_EN:
				setTitleEn(TITLE_EN_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME__REGION_CODE:
				setRegionCode(REGION_CODE_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME__AUTHORITY:
				setAuthority(AUTHORITY_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME__VERSIONS:
				getVersions().clear();
				return;
			case ProgrammePackage.PROGRAMME__SPONSORS:
				getSponsors().clear();
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
			case ProgrammePackage.PROGRAMME__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ProgrammePackage.PROGRAMME__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ProgrammePackage.PROGRAMME__TITLE_EN:
				return TITLE_EN_EDEFAULT == null ? titleEn != null : !TITLE_EN_EDEFAULT.equals(titleEn);
			case ProgrammePackage.PROGRAMME__KIND:
				return kind != KIND_EDEFAULT;
			case ProgrammePackage.PROGRAMME__REGION_CODE:
				return REGION_CODE_EDEFAULT == null ? regionCode != null : !REGION_CODE_EDEFAULT.equals(regionCode);
			case ProgrammePackage.PROGRAMME__AUTHORITY:
				return AUTHORITY_EDEFAULT == null ? authority != null : !AUTHORITY_EDEFAULT.equals(authority);
			case ProgrammePackage.PROGRAMME__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case ProgrammePackage.PROGRAMME__VERSIONS:
				return versions != null && !versions.isEmpty();
			case ProgrammePackage.PROGRAMME__SPONSORS:
				return sponsors != null && !sponsors.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", titleEn: ");
		result.append(titleEn);
		result.append(", kind: ");
		result.append(kind);
		result.append(", regionCode: ");
		result.append(regionCode);
		result.append(", authority: ");
		result.append(authority);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //ProgrammeImpl
