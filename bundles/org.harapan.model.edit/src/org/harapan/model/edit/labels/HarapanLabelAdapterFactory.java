package org.harapan.model.edit.labels;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.ResourceLocator;
import org.harapan.model.provider.HarapanEditPlugin;
import org.harapan.model.provider.HarapanItemProviderAdapterFactory;

/**
 * The item provider adapter factory to use for the Harapan model: the generated one with readable
 * labels (a household shows its KPM id and head, a member its name and NIK, and so on). Registered
 * in plugin.xml for the Harapan package; use it in place of {@link HarapanItemProviderAdapterFactory}.
 * By default labels and property names come in the runtime's language (the edit plugin); pass
 * {@link LanguageStrings#of(java.util.Locale)} for another one.
 */
public class HarapanLabelAdapterFactory extends HarapanItemProviderAdapterFactory {

	private final ResourceLocator strings;

	/** Labels in the language the runtime was started in. */
	public HarapanLabelAdapterFactory() {
		this(null);
	}

	/** Labels from the given strings, e.g. {@code LanguageStrings.of(Locale.forLanguageTag("id"))}. */
	public HarapanLabelAdapterFactory(ResourceLocator strings) {
		this.strings = strings;
	}

	/** Where the item providers of this factory take their texts from. */
	public ResourceLocator strings() {
		return strings != null ? strings : HarapanEditPlugin.INSTANCE;
	}

	@Override
	public Adapter createHouseholdAdapter() {
		if (householdItemProvider == null) {
			householdItemProvider = new LabelItemProviders.HouseholdLabels(this);
		}
		return householdItemProvider;
	}

	@Override
	public Adapter createMemberAdapter() {
		if (memberItemProvider == null) {
			memberItemProvider = new LabelItemProviders.MemberLabels(this);
		}
		return memberItemProvider;
	}

	@Override
	public Adapter createMeasurementAdapter() {
		if (measurementItemProvider == null) {
			measurementItemProvider = new LabelItemProviders.MeasurementLabels(this);
		}
		return measurementItemProvider;
	}

	@Override
	public Adapter createAttendanceAdapter() {
		if (attendanceItemProvider == null) {
			attendanceItemProvider = new LabelItemProviders.AttendanceLabels(this);
		}
		return attendanceItemProvider;
	}

	@Override
	public Adapter createComplianceRecordAdapter() {
		if (complianceRecordItemProvider == null) {
			complianceRecordItemProvider = new LabelItemProviders.ComplianceRecordLabels(this);
		}
		return complianceRecordItemProvider;
	}

	@Override
	public Adapter createDisbursementAdapter() {
		if (disbursementItemProvider == null) {
			disbursementItemProvider = new LabelItemProviders.DisbursementLabels(this);
		}
		return disbursementItemProvider;
	}

	@Override
	public Adapter createReferralAdapter() {
		if (referralItemProvider == null) {
			referralItemProvider = new LabelItemProviders.ReferralLabels(this);
		}
		return referralItemProvider;
	}

	@Override
	public Adapter createCaseEventAdapter() {
		if (caseEventItemProvider == null) {
			caseEventItemProvider = new LabelItemProviders.CaseEventLabels(this);
		}
		return caseEventItemProvider;
	}
}
