/**
 */
package org.harapan.programme.provider;


import java.time.LocalDate;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.harapan.programme.ParameterVersion;
import org.harapan.programme.ProgrammeFactory;
import org.harapan.programme.ProgrammePackage;

/**
 * This is the item provider adapter for a {@link org.harapan.programme.ParameterVersion} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ParameterVersionItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ParameterVersionItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addEffectiveFromPropertyDescriptor(object);
			addNotePropertyDescriptor(object);
			addMaxComponentsPropertyDescriptor(object);
			addFixedPerFamilyRpPropertyDescriptor(object);
			addFixedPaidInTahapPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Effective From feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEffectiveFromPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ParameterVersion_effectiveFrom_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ParameterVersion_effectiveFrom_feature", "_UI_ParameterVersion_type"),
				 ProgrammePackage.Literals.PARAMETER_VERSION__EFFECTIVE_FROM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Note feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ParameterVersion_note_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ParameterVersion_note_feature", "_UI_ParameterVersion_type"),
				 ProgrammePackage.Literals.PARAMETER_VERSION__NOTE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Max Components feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxComponentsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ParameterVersion_maxComponents_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ParameterVersion_maxComponents_feature", "_UI_ParameterVersion_type"),
				 ProgrammePackage.Literals.PARAMETER_VERSION__MAX_COMPONENTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fixed Per Family Rp feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFixedPerFamilyRpPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ParameterVersion_fixedPerFamilyRp_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ParameterVersion_fixedPerFamilyRp_feature", "_UI_ParameterVersion_type"),
				 ProgrammePackage.Literals.PARAMETER_VERSION__FIXED_PER_FAMILY_RP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fixed Paid In Tahap feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFixedPaidInTahapPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ParameterVersion_fixedPaidInTahap_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ParameterVersion_fixedPaidInTahap_feature", "_UI_ParameterVersion_type"),
				 ProgrammePackage.Literals.PARAMETER_VERSION__FIXED_PAID_IN_TAHAP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ProgrammePackage.Literals.PARAMETER_VERSION__COMPONENTS);
			childrenFeatures.add(ProgrammePackage.Literals.PARAMETER_VERSION__CAPS);
			childrenFeatures.add(ProgrammePackage.Literals.PARAMETER_VERSION__TAHAPS);
			childrenFeatures.add(ProgrammePackage.Literals.PARAMETER_VERSION__CONDITIONALITIES);
			childrenFeatures.add(ProgrammePackage.Literals.PARAMETER_VERSION__SANCTION);
			childrenFeatures.add(ProgrammePackage.Literals.PARAMETER_VERSION__GRADUATION);
			childrenFeatures.add(ProgrammePackage.Literals.PARAMETER_VERSION__AIDS);
			childrenFeatures.add(ProgrammePackage.Literals.PARAMETER_VERSION__PARAMETERS);
			childrenFeatures.add(ProgrammePackage.Literals.PARAMETER_VERSION__OVERRIDES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns ParameterVersion.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ParameterVersion"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		LocalDate labelValue = ((ParameterVersion)object).getEffectiveFrom();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_ParameterVersion_type") :
			getString("_UI_ParameterVersion_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ParameterVersion.class)) {
			case ProgrammePackage.PARAMETER_VERSION__EFFECTIVE_FROM:
			case ProgrammePackage.PARAMETER_VERSION__NOTE:
			case ProgrammePackage.PARAMETER_VERSION__MAX_COMPONENTS:
			case ProgrammePackage.PARAMETER_VERSION__FIXED_PER_FAMILY_RP:
			case ProgrammePackage.PARAMETER_VERSION__FIXED_PAID_IN_TAHAP:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ProgrammePackage.PARAMETER_VERSION__COMPONENTS:
			case ProgrammePackage.PARAMETER_VERSION__CAPS:
			case ProgrammePackage.PARAMETER_VERSION__TAHAPS:
			case ProgrammePackage.PARAMETER_VERSION__CONDITIONALITIES:
			case ProgrammePackage.PARAMETER_VERSION__SANCTION:
			case ProgrammePackage.PARAMETER_VERSION__GRADUATION:
			case ProgrammePackage.PARAMETER_VERSION__AIDS:
			case ProgrammePackage.PARAMETER_VERSION__PARAMETERS:
			case ProgrammePackage.PARAMETER_VERSION__OVERRIDES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PARAMETER_VERSION__COMPONENTS,
				 ProgrammeFactory.eINSTANCE.createComponentBenefit()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PARAMETER_VERSION__CAPS,
				 ProgrammeFactory.eINSTANCE.createComponentCap()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PARAMETER_VERSION__TAHAPS,
				 ProgrammeFactory.eINSTANCE.createTahap()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PARAMETER_VERSION__CONDITIONALITIES,
				 ProgrammeFactory.eINSTANCE.createConditionalityRule()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PARAMETER_VERSION__SANCTION,
				 ProgrammeFactory.eINSTANCE.createSanctionPolicy()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PARAMETER_VERSION__GRADUATION,
				 ProgrammeFactory.eINSTANCE.createGraduationCriteria()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PARAMETER_VERSION__AIDS,
				 ProgrammeFactory.eINSTANCE.createAidBenefit()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PARAMETER_VERSION__PARAMETERS,
				 ProgrammeFactory.eINSTANCE.createParameter()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PARAMETER_VERSION__OVERRIDES,
				 ProgrammeFactory.eINSTANCE.createParameterOverride()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return ProgrammeEditPlugin.INSTANCE;
	}

}
