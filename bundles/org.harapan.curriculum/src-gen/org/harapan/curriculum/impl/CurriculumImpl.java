/**
 */
package org.harapan.curriculum.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.CurriculumPackage;
import org.harapan.curriculum.DocumentStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Curriculum</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.curriculum.impl.CurriculumImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.CurriculumImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.CurriculumImpl#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.CurriculumImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.CurriculumImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.CurriculumImpl#getEffectiveFrom <em>Effective From</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.CurriculumImpl#getAuthority <em>Authority</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.CurriculumImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.CurriculumImpl#getRegionCode <em>Region Code</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.CurriculumImpl#getBasedOnId <em>Based On Id</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.CurriculumImpl#getBasedOnVersion <em>Based On Version</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.CurriculumImpl#getIncludeOptional <em>Include Optional</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.CurriculumImpl#getMonthsBetweenSessions <em>Months Between Sessions</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.CurriculumImpl#getModules <em>Modules</em>}</li>
 *   <li>{@link org.harapan.curriculum.impl.CurriculumImpl#getOptionalModules <em>Optional Modules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CurriculumImpl extends MinimalEObjectImpl.Container implements Curriculum {
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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final DocumentStatus STATUS_EDEFAULT = DocumentStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected DocumentStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffectiveFrom() <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EFFECTIVE_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffectiveFrom() <em>Effective From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate effectiveFrom = EFFECTIVE_FROM_EDEFAULT;

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
	 * The default value of the '{@link #getBasedOnId() <em>Based On Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasedOnId()
	 * @generated
	 * @ordered
	 */
	protected static final String BASED_ON_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBasedOnId() <em>Based On Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasedOnId()
	 * @generated
	 * @ordered
	 */
	protected String basedOnId = BASED_ON_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getBasedOnVersion() <em>Based On Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasedOnVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int BASED_ON_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBasedOnVersion() <em>Based On Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasedOnVersion()
	 * @generated
	 * @ordered
	 */
	protected int basedOnVersion = BASED_ON_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIncludeOptional() <em>Include Optional</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncludeOptional()
	 * @generated
	 * @ordered
	 */
	protected EList<String> includeOptional;

	/**
	 * The default value of the '{@link #getMonthsBetweenSessions() <em>Months Between Sessions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthsBetweenSessions()
	 * @generated
	 * @ordered
	 */
	protected static final int MONTHS_BETWEEN_SESSIONS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getMonthsBetweenSessions() <em>Months Between Sessions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthsBetweenSessions()
	 * @generated
	 * @ordered
	 */
	protected int monthsBetweenSessions = MONTHS_BETWEEN_SESSIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getModules() <em>Modules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModules()
	 * @generated
	 * @ordered
	 */
	protected EList<org.harapan.curriculum.Module> modules;

	/**
	 * The cached value of the '{@link #getOptionalModules() <em>Optional Modules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptionalModules()
	 * @generated
	 * @ordered
	 */
	protected EList<org.harapan.curriculum.Module> optionalModules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CurriculumImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.CURRICULUM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM__TITLE_EN, oldTitleEn, titleEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(DocumentStatus newStatus) {
		DocumentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectiveFrom(LocalDate newEffectiveFrom) {
		LocalDate oldEffectiveFrom = effectiveFrom;
		effectiveFrom = newEffectiveFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM__EFFECTIVE_FROM, oldEffectiveFrom, effectiveFrom));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM__AUTHORITY, oldAuthority, authority));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM__SOURCE, oldSource, source));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM__REGION_CODE, oldRegionCode, regionCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBasedOnId() {
		return basedOnId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasedOnId(String newBasedOnId) {
		String oldBasedOnId = basedOnId;
		basedOnId = newBasedOnId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM__BASED_ON_ID, oldBasedOnId, basedOnId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBasedOnVersion() {
		return basedOnVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasedOnVersion(int newBasedOnVersion) {
		int oldBasedOnVersion = basedOnVersion;
		basedOnVersion = newBasedOnVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM__BASED_ON_VERSION, oldBasedOnVersion, basedOnVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIncludeOptional() {
		if (includeOptional == null) {
			includeOptional = new EDataTypeUniqueEList<String>(String.class, this, CurriculumPackage.CURRICULUM__INCLUDE_OPTIONAL);
		}
		return includeOptional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMonthsBetweenSessions() {
		return monthsBetweenSessions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthsBetweenSessions(int newMonthsBetweenSessions) {
		int oldMonthsBetweenSessions = monthsBetweenSessions;
		monthsBetweenSessions = newMonthsBetweenSessions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM__MONTHS_BETWEEN_SESSIONS, oldMonthsBetweenSessions, monthsBetweenSessions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<org.harapan.curriculum.Module> getModules() {
		if (modules == null) {
			modules = new EObjectContainmentEList<org.harapan.curriculum.Module>(org.harapan.curriculum.Module.class, this, CurriculumPackage.CURRICULUM__MODULES);
		}
		return modules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<org.harapan.curriculum.Module> getOptionalModules() {
		if (optionalModules == null) {
			optionalModules = new EObjectContainmentEList<org.harapan.curriculum.Module>(org.harapan.curriculum.Module.class, this, CurriculumPackage.CURRICULUM__OPTIONAL_MODULES);
		}
		return optionalModules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CurriculumPackage.CURRICULUM__MODULES:
				return ((InternalEList<?>)getModules()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.CURRICULUM__OPTIONAL_MODULES:
				return ((InternalEList<?>)getOptionalModules()).basicRemove(otherEnd, msgs);
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
			case CurriculumPackage.CURRICULUM__ID:
				return getId();
			case CurriculumPackage.CURRICULUM__TITLE:
				return getTitle();
			case CurriculumPackage.CURRICULUM__TITLE_EN:
				return getTitleEn();
			case CurriculumPackage.CURRICULUM__VERSION:
				return getVersion();
			case CurriculumPackage.CURRICULUM__STATUS:
				return getStatus();
			case CurriculumPackage.CURRICULUM__EFFECTIVE_FROM:
				return getEffectiveFrom();
			case CurriculumPackage.CURRICULUM__AUTHORITY:
				return getAuthority();
			case CurriculumPackage.CURRICULUM__SOURCE:
				return getSource();
			case CurriculumPackage.CURRICULUM__REGION_CODE:
				return getRegionCode();
			case CurriculumPackage.CURRICULUM__BASED_ON_ID:
				return getBasedOnId();
			case CurriculumPackage.CURRICULUM__BASED_ON_VERSION:
				return getBasedOnVersion();
			case CurriculumPackage.CURRICULUM__INCLUDE_OPTIONAL:
				return getIncludeOptional();
			case CurriculumPackage.CURRICULUM__MONTHS_BETWEEN_SESSIONS:
				return getMonthsBetweenSessions();
			case CurriculumPackage.CURRICULUM__MODULES:
				return getModules();
			case CurriculumPackage.CURRICULUM__OPTIONAL_MODULES:
				return getOptionalModules();
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
			case CurriculumPackage.CURRICULUM__ID:
				setId((String)newValue);
				return;
			case CurriculumPackage.CURRICULUM__TITLE:
				setTitle((String)newValue);
				return;
			case CurriculumPackage.CURRICULUM__TITLE_EN:
				setTitleEn((String)newValue);
				return;
			case CurriculumPackage.CURRICULUM__VERSION:
				setVersion((Integer)newValue);
				return;
			case CurriculumPackage.CURRICULUM__STATUS:
				setStatus((DocumentStatus)newValue);
				return;
			case CurriculumPackage.CURRICULUM__EFFECTIVE_FROM:
				setEffectiveFrom((LocalDate)newValue);
				return;
			case CurriculumPackage.CURRICULUM__AUTHORITY:
				setAuthority((String)newValue);
				return;
			case CurriculumPackage.CURRICULUM__SOURCE:
				setSource((String)newValue);
				return;
			case CurriculumPackage.CURRICULUM__REGION_CODE:
				setRegionCode((String)newValue);
				return;
			case CurriculumPackage.CURRICULUM__BASED_ON_ID:
				setBasedOnId((String)newValue);
				return;
			case CurriculumPackage.CURRICULUM__BASED_ON_VERSION:
				setBasedOnVersion((Integer)newValue);
				return;
			case CurriculumPackage.CURRICULUM__INCLUDE_OPTIONAL:
				getIncludeOptional().clear();
				getIncludeOptional().addAll((Collection<? extends String>)newValue);
				return;
			case CurriculumPackage.CURRICULUM__MONTHS_BETWEEN_SESSIONS:
				setMonthsBetweenSessions((Integer)newValue);
				return;
			case CurriculumPackage.CURRICULUM__MODULES:
				getModules().clear();
				getModules().addAll((Collection<? extends org.harapan.curriculum.Module>)newValue);
				return;
			case CurriculumPackage.CURRICULUM__OPTIONAL_MODULES:
				getOptionalModules().clear();
				getOptionalModules().addAll((Collection<? extends org.harapan.curriculum.Module>)newValue);
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
			case CurriculumPackage.CURRICULUM__ID:
				setId(ID_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM__TITLE_EN:
				setTitleEn(TITLE_EN_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM__EFFECTIVE_FROM:
				setEffectiveFrom(EFFECTIVE_FROM_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM__AUTHORITY:
				setAuthority(AUTHORITY_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM__REGION_CODE:
				setRegionCode(REGION_CODE_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM__BASED_ON_ID:
				setBasedOnId(BASED_ON_ID_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM__BASED_ON_VERSION:
				setBasedOnVersion(BASED_ON_VERSION_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM__INCLUDE_OPTIONAL:
				getIncludeOptional().clear();
				return;
			case CurriculumPackage.CURRICULUM__MONTHS_BETWEEN_SESSIONS:
				setMonthsBetweenSessions(MONTHS_BETWEEN_SESSIONS_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM__MODULES:
				getModules().clear();
				return;
			case CurriculumPackage.CURRICULUM__OPTIONAL_MODULES:
				getOptionalModules().clear();
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
			case CurriculumPackage.CURRICULUM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CurriculumPackage.CURRICULUM__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CurriculumPackage.CURRICULUM__TITLE_EN:
				return TITLE_EN_EDEFAULT == null ? titleEn != null : !TITLE_EN_EDEFAULT.equals(titleEn);
			case CurriculumPackage.CURRICULUM__VERSION:
				return version != VERSION_EDEFAULT;
			case CurriculumPackage.CURRICULUM__STATUS:
				return status != STATUS_EDEFAULT;
			case CurriculumPackage.CURRICULUM__EFFECTIVE_FROM:
				return EFFECTIVE_FROM_EDEFAULT == null ? effectiveFrom != null : !EFFECTIVE_FROM_EDEFAULT.equals(effectiveFrom);
			case CurriculumPackage.CURRICULUM__AUTHORITY:
				return AUTHORITY_EDEFAULT == null ? authority != null : !AUTHORITY_EDEFAULT.equals(authority);
			case CurriculumPackage.CURRICULUM__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case CurriculumPackage.CURRICULUM__REGION_CODE:
				return REGION_CODE_EDEFAULT == null ? regionCode != null : !REGION_CODE_EDEFAULT.equals(regionCode);
			case CurriculumPackage.CURRICULUM__BASED_ON_ID:
				return BASED_ON_ID_EDEFAULT == null ? basedOnId != null : !BASED_ON_ID_EDEFAULT.equals(basedOnId);
			case CurriculumPackage.CURRICULUM__BASED_ON_VERSION:
				return basedOnVersion != BASED_ON_VERSION_EDEFAULT;
			case CurriculumPackage.CURRICULUM__INCLUDE_OPTIONAL:
				return includeOptional != null && !includeOptional.isEmpty();
			case CurriculumPackage.CURRICULUM__MONTHS_BETWEEN_SESSIONS:
				return monthsBetweenSessions != MONTHS_BETWEEN_SESSIONS_EDEFAULT;
			case CurriculumPackage.CURRICULUM__MODULES:
				return modules != null && !modules.isEmpty();
			case CurriculumPackage.CURRICULUM__OPTIONAL_MODULES:
				return optionalModules != null && !optionalModules.isEmpty();
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
		result.append(", version: ");
		result.append(version);
		result.append(", status: ");
		result.append(status);
		result.append(", effectiveFrom: ");
		result.append(effectiveFrom);
		result.append(", authority: ");
		result.append(authority);
		result.append(", source: ");
		result.append(source);
		result.append(", regionCode: ");
		result.append(regionCode);
		result.append(", basedOnId: ");
		result.append(basedOnId);
		result.append(", basedOnVersion: ");
		result.append(basedOnVersion);
		result.append(", includeOptional: ");
		result.append(includeOptional);
		result.append(", monthsBetweenSessions: ");
		result.append(monthsBetweenSessions);
		result.append(')');
		return result.toString();
	}

} //CurriculumImpl
