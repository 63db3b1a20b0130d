/**
 */
package org.harapan.programme.impl;

import java.time.LocalDate;

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

import org.harapan.programme.AidBenefit;
import org.harapan.programme.ComponentBenefit;
import org.harapan.programme.ComponentCap;
import org.harapan.programme.ConditionalityRule;
import org.harapan.programme.GraduationCriteria;
import org.harapan.programme.Parameter;
import org.harapan.programme.ParameterOverride;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.ProgrammePackage;
import org.harapan.programme.SanctionPolicy;
import org.harapan.programme.Tahap;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Parameter Version</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.harapan.programme.impl.ParameterVersionImpl#getEffectiveFrom <em>Effective From</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ParameterVersionImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ParameterVersionImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ParameterVersionImpl#getCaps <em>Caps</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ParameterVersionImpl#getMaxComponents <em>Max Components</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ParameterVersionImpl#getFixedPerFamilyRp <em>Fixed Per Family Rp</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ParameterVersionImpl#getFixedPaidInTahap <em>Fixed Paid In Tahap</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ParameterVersionImpl#getTahaps <em>Tahaps</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ParameterVersionImpl#getConditionalities <em>Conditionalities</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ParameterVersionImpl#getSanction <em>Sanction</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ParameterVersionImpl#getGraduation <em>Graduation</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ParameterVersionImpl#getAids <em>Aids</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ParameterVersionImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.harapan.programme.impl.ParameterVersionImpl#getOverrides <em>Overrides</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ParameterVersionImpl extends MinimalEObjectImpl.Container implements ParameterVersion {
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
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<ComponentBenefit> components;

	/**
	 * The cached value of the '{@link #getCaps() <em>Caps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaps()
	 * @generated
	 * @ordered
	 */
	protected EList<ComponentCap> caps;

	/**
	 * The default value of the '{@link #getMaxComponents() <em>Max Components</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxComponents()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_COMPONENTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxComponents() <em>Max Components</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxComponents()
	 * @generated
	 * @ordered
	 */
	protected int maxComponents = MAX_COMPONENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFixedPerFamilyRp() <em>Fixed Per Family Rp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedPerFamilyRp()
	 * @generated
	 * @ordered
	 */
	protected static final long FIXED_PER_FAMILY_RP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFixedPerFamilyRp() <em>Fixed Per Family Rp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedPerFamilyRp()
	 * @generated
	 * @ordered
	 */
	protected long fixedPerFamilyRp = FIXED_PER_FAMILY_RP_EDEFAULT;

	/**
	 * The default value of the '{@link #getFixedPaidInTahap() <em>Fixed Paid In Tahap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedPaidInTahap()
	 * @generated
	 * @ordered
	 */
	protected static final int FIXED_PAID_IN_TAHAP_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFixedPaidInTahap() <em>Fixed Paid In Tahap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedPaidInTahap()
	 * @generated
	 * @ordered
	 */
	protected int fixedPaidInTahap = FIXED_PAID_IN_TAHAP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTahaps() <em>Tahaps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTahaps()
	 * @generated
	 * @ordered
	 */
	protected EList<Tahap> tahaps;

	/**
	 * The cached value of the '{@link #getConditionalities() <em>Conditionalities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionalities()
	 * @generated
	 * @ordered
	 */
	protected EList<ConditionalityRule> conditionalities;

	/**
	 * The cached value of the '{@link #getSanction() <em>Sanction</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSanction()
	 * @generated
	 * @ordered
	 */
	protected SanctionPolicy sanction;

	/**
	 * The cached value of the '{@link #getGraduation() <em>Graduation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGraduation()
	 * @generated
	 * @ordered
	 */
	protected GraduationCriteria graduation;

	/**
	 * The cached value of the '{@link #getAids() <em>Aids</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAids()
	 * @generated
	 * @ordered
	 */
	protected EList<AidBenefit> aids;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> parameters;

	/**
	 * The cached value of the '{@link #getOverrides() <em>Overrides</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverrides()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterOverride> overrides;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ParameterVersionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.PARAMETER_VERSION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PARAMETER_VERSION__EFFECTIVE_FROM, oldEffectiveFrom, effectiveFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PARAMETER_VERSION__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ComponentBenefit> getComponents() {
		if (components == null) {
			components = new EObjectContainmentEList<ComponentBenefit>(ComponentBenefit.class, this, ProgrammePackage.PARAMETER_VERSION__COMPONENTS);
		}
		return components;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ComponentCap> getCaps() {
		if (caps == null) {
			caps = new EObjectContainmentEList<ComponentCap>(ComponentCap.class, this, ProgrammePackage.PARAMETER_VERSION__CAPS);
		}
		return caps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxComponents() {
		return maxComponents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxComponents(int newMaxComponents) {
		int oldMaxComponents = maxComponents;
		maxComponents = newMaxComponents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PARAMETER_VERSION__MAX_COMPONENTS, oldMaxComponents, maxComponents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFixedPerFamilyRp() {
		return fixedPerFamilyRp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFixedPerFamilyRp(long newFixedPerFamilyRp) {
		long oldFixedPerFamilyRp = fixedPerFamilyRp;
		fixedPerFamilyRp = newFixedPerFamilyRp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PARAMETER_VERSION__FIXED_PER_FAMILY_RP, oldFixedPerFamilyRp, fixedPerFamilyRp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFixedPaidInTahap() {
		return fixedPaidInTahap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFixedPaidInTahap(int newFixedPaidInTahap) {
		int oldFixedPaidInTahap = fixedPaidInTahap;
		fixedPaidInTahap = newFixedPaidInTahap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PARAMETER_VERSION__FIXED_PAID_IN_TAHAP, oldFixedPaidInTahap, fixedPaidInTahap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tahap> getTahaps() {
		if (tahaps == null) {
			tahaps = new EObjectContainmentEList<Tahap>(Tahap.class, this, ProgrammePackage.PARAMETER_VERSION__TAHAPS);
		}
		return tahaps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConditionalityRule> getConditionalities() {
		if (conditionalities == null) {
			conditionalities = new EObjectContainmentEList<ConditionalityRule>(ConditionalityRule.class, this, ProgrammePackage.PARAMETER_VERSION__CONDITIONALITIES);
		}
		return conditionalities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SanctionPolicy getSanction() {
		return sanction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSanction(SanctionPolicy newSanction, NotificationChain msgs) {
		SanctionPolicy oldSanction = sanction;
		sanction = newSanction;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProgrammePackage.PARAMETER_VERSION__SANCTION, oldSanction, newSanction);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSanction(SanctionPolicy newSanction) {
		if (newSanction != sanction) {
			NotificationChain msgs = null;
			if (sanction != null)
				msgs = ((InternalEObject)sanction).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProgrammePackage.PARAMETER_VERSION__SANCTION, null, msgs);
			if (newSanction != null)
				msgs = ((InternalEObject)newSanction).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProgrammePackage.PARAMETER_VERSION__SANCTION, null, msgs);
			msgs = basicSetSanction(newSanction, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PARAMETER_VERSION__SANCTION, newSanction, newSanction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GraduationCriteria getGraduation() {
		return graduation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGraduation(GraduationCriteria newGraduation, NotificationChain msgs) {
		GraduationCriteria oldGraduation = graduation;
		graduation = newGraduation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProgrammePackage.PARAMETER_VERSION__GRADUATION, oldGraduation, newGraduation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGraduation(GraduationCriteria newGraduation) {
		if (newGraduation != graduation) {
			NotificationChain msgs = null;
			if (graduation != null)
				msgs = ((InternalEObject)graduation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProgrammePackage.PARAMETER_VERSION__GRADUATION, null, msgs);
			if (newGraduation != null)
				msgs = ((InternalEObject)newGraduation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProgrammePackage.PARAMETER_VERSION__GRADUATION, null, msgs);
			msgs = basicSetGraduation(newGraduation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PARAMETER_VERSION__GRADUATION, newGraduation, newGraduation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AidBenefit> getAids() {
		if (aids == null) {
			aids = new EObjectContainmentEList<AidBenefit>(AidBenefit.class, this, ProgrammePackage.PARAMETER_VERSION__AIDS);
		}
		return aids;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, ProgrammePackage.PARAMETER_VERSION__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterOverride> getOverrides() {
		if (overrides == null) {
			overrides = new EObjectContainmentEList<ParameterOverride>(ParameterOverride.class, this, ProgrammePackage.PARAMETER_VERSION__OVERRIDES);
		}
		return overrides;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProgrammePackage.PARAMETER_VERSION__COMPONENTS:
				return ((InternalEList<?>)getComponents()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PARAMETER_VERSION__CAPS:
				return ((InternalEList<?>)getCaps()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PARAMETER_VERSION__TAHAPS:
				return ((InternalEList<?>)getTahaps()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PARAMETER_VERSION__CONDITIONALITIES:
				return ((InternalEList<?>)getConditionalities()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PARAMETER_VERSION__SANCTION:
				return basicSetSanction(null, msgs);
			case ProgrammePackage.PARAMETER_VERSION__GRADUATION:
				return basicSetGraduation(null, msgs);
			case ProgrammePackage.PARAMETER_VERSION__AIDS:
				return ((InternalEList<?>)getAids()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PARAMETER_VERSION__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PARAMETER_VERSION__OVERRIDES:
				return ((InternalEList<?>)getOverrides()).basicRemove(otherEnd, msgs);
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
			case ProgrammePackage.PARAMETER_VERSION__EFFECTIVE_FROM:
				return getEffectiveFrom();
			case ProgrammePackage.PARAMETER_VERSION__NOTE:
				return getNote();
			case ProgrammePackage.PARAMETER_VERSION__COMPONENTS:
				return getComponents();
			case ProgrammePackage.PARAMETER_VERSION__CAPS:
				return getCaps();
			case ProgrammePackage.PARAMETER_VERSION__MAX_COMPONENTS:
				return getMaxComponents();
			case ProgrammePackage.PARAMETER_VERSION__FIXED_PER_FAMILY_RP:
				return getFixedPerFamilyRp();
			case ProgrammePackage.PARAMETER_VERSION__FIXED_PAID_IN_TAHAP:
				return getFixedPaidInTahap();
			case ProgrammePackage.PARAMETER_VERSION__TAHAPS:
				return getTahaps();
			case ProgrammePackage.PARAMETER_VERSION__CONDITIONALITIES:
				return getConditionalities();
			case ProgrammePackage.PARAMETER_VERSION__SANCTION:
				return getSanction();
			case ProgrammePackage.PARAMETER_VERSION__GRADUATION:
				return getGraduation();
			case ProgrammePackage.PARAMETER_VERSION__AIDS:
				return getAids();
			case ProgrammePackage.PARAMETER_VERSION__PARAMETERS:
				return getParameters();
			case ProgrammePackage.PARAMETER_VERSION__OVERRIDES:
				return getOverrides();
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
			case ProgrammePackage.PARAMETER_VERSION__EFFECTIVE_FROM:
				setEffectiveFrom((LocalDate)newValue);
				return;
			case ProgrammePackage.PARAMETER_VERSION__NOTE:
				setNote((String)newValue);
				return;
			case ProgrammePackage.PARAMETER_VERSION__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends ComponentBenefit>)newValue);
				return;
			case ProgrammePackage.PARAMETER_VERSION__CAPS:
				getCaps().clear();
				getCaps().addAll((Collection<? extends ComponentCap>)newValue);
				return;
			case ProgrammePackage.PARAMETER_VERSION__MAX_COMPONENTS:
				setMaxComponents((Integer)newValue);
				return;
			case ProgrammePackage.PARAMETER_VERSION__FIXED_PER_FAMILY_RP:
				setFixedPerFamilyRp((Long)newValue);
				return;
			case ProgrammePackage.PARAMETER_VERSION__FIXED_PAID_IN_TAHAP:
				setFixedPaidInTahap((Integer)newValue);
				return;
			case ProgrammePackage.PARAMETER_VERSION__TAHAPS:
				getTahaps().clear();
				getTahaps().addAll((Collection<? extends Tahap>)newValue);
				return;
			case ProgrammePackage.PARAMETER_VERSION__CONDITIONALITIES:
				getConditionalities().clear();
				getConditionalities().addAll((Collection<? extends ConditionalityRule>)newValue);
				return;
			case ProgrammePackage.PARAMETER_VERSION__SANCTION:
				setSanction((SanctionPolicy)newValue);
				return;
			case ProgrammePackage.PARAMETER_VERSION__GRADUATION:
				setGraduation((GraduationCriteria)newValue);
				return;
			case ProgrammePackage.PARAMETER_VERSION__AIDS:
				getAids().clear();
				getAids().addAll((Collection<? extends AidBenefit>)newValue);
				return;
			case ProgrammePackage.PARAMETER_VERSION__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case ProgrammePackage.PARAMETER_VERSION__OVERRIDES:
				getOverrides().clear();
				getOverrides().addAll((Collection<? extends ParameterOverride>)newValue);
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
			case ProgrammePackage.PARAMETER_VERSION__EFFECTIVE_FROM:
				setEffectiveFrom(EFFECTIVE_FROM_EDEFAULT);
				return;
			case ProgrammePackage.PARAMETER_VERSION__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case ProgrammePackage.PARAMETER_VERSION__COMPONENTS:
				getComponents().clear();
				return;
			case ProgrammePackage.PARAMETER_VERSION__CAPS:
				getCaps().clear();
				return;
			case ProgrammePackage.PARAMETER_VERSION__MAX_COMPONENTS:
				setMaxComponents(MAX_COMPONENTS_EDEFAULT);
				return;
			case ProgrammePackage.PARAMETER_VERSION__FIXED_PER_FAMILY_RP:
				setFixedPerFamilyRp(FIXED_PER_FAMILY_RP_EDEFAULT);
				return;
			case ProgrammePackage.PARAMETER_VERSION__FIXED_PAID_IN_TAHAP:
				setFixedPaidInTahap(FIXED_PAID_IN_TAHAP_EDEFAULT);
				return;
			case ProgrammePackage.PARAMETER_VERSION__TAHAPS:
				getTahaps().clear();
				return;
			case ProgrammePackage.PARAMETER_VERSION__CONDITIONALITIES:
				getConditionalities().clear();
				return;
			case ProgrammePackage.PARAMETER_VERSION__SANCTION:
				setSanction((SanctionPolicy)null);
				return;
			case ProgrammePackage.PARAMETER_VERSION__GRADUATION:
				setGraduation((GraduationCriteria)null);
				return;
			case ProgrammePackage.PARAMETER_VERSION__AIDS:
				getAids().clear();
				return;
			case ProgrammePackage.PARAMETER_VERSION__PARAMETERS:
				getParameters().clear();
				return;
			case ProgrammePackage.PARAMETER_VERSION__OVERRIDES:
				getOverrides().clear();
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
			case ProgrammePackage.PARAMETER_VERSION__EFFECTIVE_FROM:
				return EFFECTIVE_FROM_EDEFAULT == null ? effectiveFrom != null : !EFFECTIVE_FROM_EDEFAULT.equals(effectiveFrom);
			case ProgrammePackage.PARAMETER_VERSION__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case ProgrammePackage.PARAMETER_VERSION__COMPONENTS:
				return components != null && !components.isEmpty();
			case ProgrammePackage.PARAMETER_VERSION__CAPS:
				return caps != null && !caps.isEmpty();
			case ProgrammePackage.PARAMETER_VERSION__MAX_COMPONENTS:
				return maxComponents != MAX_COMPONENTS_EDEFAULT;
			case ProgrammePackage.PARAMETER_VERSION__FIXED_PER_FAMILY_RP:
				return fixedPerFamilyRp != FIXED_PER_FAMILY_RP_EDEFAULT;
			case ProgrammePackage.PARAMETER_VERSION__FIXED_PAID_IN_TAHAP:
				return fixedPaidInTahap != FIXED_PAID_IN_TAHAP_EDEFAULT;
			case ProgrammePackage.PARAMETER_VERSION__TAHAPS:
				return tahaps != null && !tahaps.isEmpty();
			case ProgrammePackage.PARAMETER_VERSION__CONDITIONALITIES:
				return conditionalities != null && !conditionalities.isEmpty();
			case ProgrammePackage.PARAMETER_VERSION__SANCTION:
				return sanction != null;
			case ProgrammePackage.PARAMETER_VERSION__GRADUATION:
				return graduation != null;
			case ProgrammePackage.PARAMETER_VERSION__AIDS:
				return aids != null && !aids.isEmpty();
			case ProgrammePackage.PARAMETER_VERSION__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case ProgrammePackage.PARAMETER_VERSION__OVERRIDES:
				return overrides != null && !overrides.isEmpty();
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
		result.append(" (effectiveFrom: ");
		result.append(effectiveFrom);
		result.append(", note: ");
		result.append(note);
		result.append(", maxComponents: ");
		result.append(maxComponents);
		result.append(", fixedPerFamilyRp: ");
		result.append(fixedPerFamilyRp);
		result.append(", fixedPaidInTahap: ");
		result.append(fixedPaidInTahap);
		result.append(')');
		return result.toString();
	}

} //ParameterVersionImpl
