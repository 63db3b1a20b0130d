/**
 */
package org.harapan.model.provider;


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

import org.harapan.model.HarapanFactory;
import org.harapan.model.HarapanPackage;
import org.harapan.model.Household;

/**
 * This is the item provider adapter for a {@link org.harapan.model.Household} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class HouseholdItemProvider 
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
	public HouseholdItemProvider(AdapterFactory adapterFactory) {
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

			addKpmIdPropertyDescriptor(object);
			addNoKKPropertyDescriptor(object);
			addAddressPropertyDescriptor(object);
			addDesaCodePropertyDescriptor(object);
			addFacilitatorPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addJoinedDatePropertyDescriptor(object);
			addWelfareDecilePropertyDescriptor(object);
			addP2k2GroupPropertyDescriptor(object);
			addOwnIncomePropertyDescriptor(object);
			addVersionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kpm Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKpmIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Household_kpmId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Household_kpmId_feature", "_UI_Household_type"),
				 HarapanPackage.Literals.HOUSEHOLD__KPM_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the No KK feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNoKKPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Household_noKK_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Household_noKK_feature", "_UI_Household_type"),
				 HarapanPackage.Literals.HOUSEHOLD__NO_KK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Address feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAddressPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Household_address_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Household_address_feature", "_UI_Household_type"),
				 HarapanPackage.Literals.HOUSEHOLD__ADDRESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Desa Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDesaCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Household_desaCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Household_desaCode_feature", "_UI_Household_type"),
				 HarapanPackage.Literals.HOUSEHOLD__DESA_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Facilitator feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFacilitatorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Household_facilitator_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Household_facilitator_feature", "_UI_Household_type"),
				 HarapanPackage.Literals.HOUSEHOLD__FACILITATOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Household_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Household_status_feature", "_UI_Household_type"),
				 HarapanPackage.Literals.HOUSEHOLD__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Joined Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addJoinedDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Household_joinedDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Household_joinedDate_feature", "_UI_Household_type"),
				 HarapanPackage.Literals.HOUSEHOLD__JOINED_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Welfare Decile feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWelfareDecilePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Household_welfareDecile_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Household_welfareDecile_feature", "_UI_Household_type"),
				 HarapanPackage.Literals.HOUSEHOLD__WELFARE_DECILE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the P2k2 Group feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addP2k2GroupPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Household_p2k2Group_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Household_p2k2Group_feature", "_UI_Household_type"),
				 HarapanPackage.Literals.HOUSEHOLD__P2K2_GROUP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Own Income feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnIncomePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Household_ownIncome_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Household_ownIncome_feature", "_UI_Household_type"),
				 HarapanPackage.Literals.HOUSEHOLD__OWN_INCOME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Household_version_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Household_version_feature", "_UI_Household_type"),
				 HarapanPackage.Literals.HOUSEHOLD__VERSION,
				 false,
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
			childrenFeatures.add(HarapanPackage.Literals.HOUSEHOLD__MEMBERS);
			childrenFeatures.add(HarapanPackage.Literals.HOUSEHOLD__ATTENDANCES);
			childrenFeatures.add(HarapanPackage.Literals.HOUSEHOLD__COMPLIANCE_RECORDS);
			childrenFeatures.add(HarapanPackage.Literals.HOUSEHOLD__DISBURSEMENTS);
			childrenFeatures.add(HarapanPackage.Literals.HOUSEHOLD__REFERRALS);
			childrenFeatures.add(HarapanPackage.Literals.HOUSEHOLD__EVENTS);
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
	 * This returns Household.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Household"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Household)object).getKpmId();
		return label == null || label.length() == 0 ?
			getString("_UI_Household_type") :
			getString("_UI_Household_type") + " " + label;
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

		switch (notification.getFeatureID(Household.class)) {
			case HarapanPackage.HOUSEHOLD__KPM_ID:
			case HarapanPackage.HOUSEHOLD__NO_KK:
			case HarapanPackage.HOUSEHOLD__ADDRESS:
			case HarapanPackage.HOUSEHOLD__DESA_CODE:
			case HarapanPackage.HOUSEHOLD__FACILITATOR:
			case HarapanPackage.HOUSEHOLD__STATUS:
			case HarapanPackage.HOUSEHOLD__JOINED_DATE:
			case HarapanPackage.HOUSEHOLD__WELFARE_DECILE:
			case HarapanPackage.HOUSEHOLD__P2K2_GROUP:
			case HarapanPackage.HOUSEHOLD__OWN_INCOME:
			case HarapanPackage.HOUSEHOLD__VERSION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case HarapanPackage.HOUSEHOLD__MEMBERS:
			case HarapanPackage.HOUSEHOLD__ATTENDANCES:
			case HarapanPackage.HOUSEHOLD__COMPLIANCE_RECORDS:
			case HarapanPackage.HOUSEHOLD__DISBURSEMENTS:
			case HarapanPackage.HOUSEHOLD__REFERRALS:
			case HarapanPackage.HOUSEHOLD__EVENTS:
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
				(HarapanPackage.Literals.HOUSEHOLD__MEMBERS,
				 HarapanFactory.eINSTANCE.createMember()));

		newChildDescriptors.add
			(createChildParameter
				(HarapanPackage.Literals.HOUSEHOLD__ATTENDANCES,
				 HarapanFactory.eINSTANCE.createAttendance()));

		newChildDescriptors.add
			(createChildParameter
				(HarapanPackage.Literals.HOUSEHOLD__COMPLIANCE_RECORDS,
				 HarapanFactory.eINSTANCE.createComplianceRecord()));

		newChildDescriptors.add
			(createChildParameter
				(HarapanPackage.Literals.HOUSEHOLD__DISBURSEMENTS,
				 HarapanFactory.eINSTANCE.createDisbursement()));

		newChildDescriptors.add
			(createChildParameter
				(HarapanPackage.Literals.HOUSEHOLD__REFERRALS,
				 HarapanFactory.eINSTANCE.createReferral()));

		newChildDescriptors.add
			(createChildParameter
				(HarapanPackage.Literals.HOUSEHOLD__EVENTS,
				 HarapanFactory.eINSTANCE.createCaseEvent()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return HarapanEditPlugin.INSTANCE;
	}

}
