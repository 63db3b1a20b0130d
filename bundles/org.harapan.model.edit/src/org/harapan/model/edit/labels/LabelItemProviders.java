package org.harapan.model.edit.labels;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.ResourceLocator;
import org.harapan.model.Attendance;
import org.harapan.model.CaseEvent;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.Disbursement;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.model.Referral;
import org.harapan.model.provider.AttendanceItemProvider;
import org.harapan.model.provider.CaseEventItemProvider;
import org.harapan.model.provider.ComplianceRecordItemProvider;
import org.harapan.model.provider.DisbursementItemProvider;
import org.harapan.model.provider.HarapanEditPlugin;
import org.harapan.model.provider.HouseholdItemProvider;
import org.harapan.model.provider.MeasurementItemProvider;
import org.harapan.model.provider.MemberItemProvider;
import org.harapan.model.provider.ReferralItemProvider;

/**
 * Item providers with readable labels, one per class, over the generated ones. Formats are the
 * {@code _UI_*_label} keys of plugin.properties / plugin_id.properties.
 */
public final class LabelItemProviders {

	private static final int TEXT_LENGTH = 60;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private LabelItemProviders() {
	}

	/** The translated label of an enum literal, e.g. {@code _UI_Sex_female_literal}. */
	public static String literal(Enumerator value) {
		return literal(HarapanEditPlugin.INSTANCE, value);
	}

	/** The label of an enum literal from the given resources. */
	public static String literal(ResourceLocator resources, Enumerator value) {
		if (value == null) {
			return "";
		}
		String type = value.getClass().getSimpleName();
		return resources.getString("_UI_" + type + "_" + value.getName() + "_literal");
	}

	static ResourceLocator strings(AdapterFactory factory) {
		return factory instanceof HarapanLabelAdapterFactory f ? f.strings() : HarapanEditPlugin.INSTANCE;
	}

	static String text(Object o) {
		return o == null ? "" : o.toString();
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** KPM (household): "KPM (household) 1807-0001 – Siti Aminah". */
	public static class HouseholdLabels extends HouseholdItemProvider {
		public HouseholdLabels(AdapterFactory adapterFactory) {
			super(adapterFactory);
		}

		@Override
		public ResourceLocator getResourceLocator() {
			return strings(adapterFactory);
		}

		@Override
		public String getText(Object object) {
			Household h = (Household) object;
			String type = getString("_UI_Household_type");
			Member head = h.head();
			String headName = head == null ? null : head.getName();
			if (blank(h.getKpmId())) {
				return type;
			}
			if (blank(headName)) {
				return type + " " + h.getKpmId();
			}
			return getString("_UI_Household_label", new Object[] { type, h.getKpmId(), headName });
		}
	}

	/** Member: "Siti Aminah (NIK 1807015203850001)". */
	public static class MemberLabels extends MemberItemProvider {
		public MemberLabels(AdapterFactory adapterFactory) {
			super(adapterFactory);
		}

		@Override
		public ResourceLocator getResourceLocator() {
			return strings(adapterFactory);
		}

		@Override
		public String getText(Object object) {
			Member m = (Member) object;
			String name = blank(m.getName()) ? getString("_UI_Member_unnamed_label") : m.getName();
			if (blank(m.getNik())) {
				return getString("_UI_Member_noNik_label", new Object[] { name });
			}
			return getString("_UI_Member_label", new Object[] { name, m.getNik() });
		}
	}

	/** Measurement: "2025-03-01: 9.8 kg, 74.5 cm lying (length)". */
	public static class MeasurementLabels extends MeasurementItemProvider {
		public MeasurementLabels(AdapterFactory adapterFactory) {
			super(adapterFactory);
		}

		@Override
		public ResourceLocator getResourceLocator() {
			return strings(adapterFactory);
		}

		@Override
		public String getText(Object object) {
			Measurement m = (Measurement) object;
			String position = literal(getResourceLocator(), m.getPosition());
			return getString("_UI_Measurement_label",
					new Object[] { text(m.getDate()), m.getWeightKg(), m.getHeightCm(), position }).trim();
		}
	}

	/** Attendance: "P2K2 2025-02-12 PENGASUHAN-1: present", with the reason when one is given: "…: excused (sick)". */
	public static class AttendanceLabels extends AttendanceItemProvider {
		public AttendanceLabels(AdapterFactory adapterFactory) {
			super(adapterFactory);
		}

		@Override
		public ResourceLocator getResourceLocator() {
			return strings(adapterFactory);
		}

		@Override
		public String getText(Object object) {
			Attendance a = (Attendance) object;
			String session = blank(a.getModule()) ? text(a.getSessionId()) : a.getModule();
			String status = literal(getResourceLocator(), a.getStatus());
			if (!blank(a.getReason())) {
				return getString("_UI_Attendance_reason_label",
						new Object[] { text(a.getSessionDate()), session, status, a.getReason() });
			}
			return getString("_UI_Attendance_label", new Object[] { text(a.getSessionDate()), session, status });
		}
	}

	/** Compliance record: "2025-02 growth monitoring: met". */
	public static class ComplianceRecordLabels extends ComplianceRecordItemProvider {
		public ComplianceRecordLabels(AdapterFactory adapterFactory) {
			super(adapterFactory);
		}

		@Override
		public ResourceLocator getResourceLocator() {
			return strings(adapterFactory);
		}

		@Override
		public String getText(Object object) {
			ComplianceRecord c = (ComplianceRecord) object;
			String conditionality = literal(getResourceLocator(), c.getConditionality());
			String status = literal(getResourceLocator(), c.getStatus());
			return getString("_UI_ComplianceRecord_label", new Object[] { text(c.getMonth()), conditionality, status });
		}
	}

	/** Disbursement: "Tahap 2/2025: Rp 750,000 (paid)"; the amount uses the locale's grouping. */
	public static class DisbursementLabels extends DisbursementItemProvider {
		public DisbursementLabels(AdapterFactory adapterFactory) {
			super(adapterFactory);
		}

		@Override
		public ResourceLocator getResourceLocator() {
			return strings(adapterFactory);
		}

		@Override
		public String getText(Object object) {
			Disbursement d = (Disbursement) object;
			String status = literal(getResourceLocator(), d.getStatus());
			return getString("_UI_Disbursement_label", new Object[] { Integer.toString(d.getYear()),
					Integer.toString(d.getTahap()), d.getAmountRp(), status });
		}
	}

	/** Referral: "PMT lokal 2025-01-10 (pending)". */
	public static class ReferralLabels extends ReferralItemProvider {
		public ReferralLabels(AdapterFactory adapterFactory) {
			super(adapterFactory);
		}

		@Override
		public ResourceLocator getResourceLocator() {
			return strings(adapterFactory);
		}

		@Override
		public String getText(Object object) {
			Referral r = (Referral) object;
			String service = literal(getResourceLocator(), r.getService());
			String outcome = literal(getResourceLocator(), r.getOutcome());
			return getString("_UI_Referral_label", new Object[] { service, text(r.getReferredDate()), outcome });
		}
	}

	/** Case event: "2025-03-01 08:15 note: first lines of the text". */
	public static class CaseEventLabels extends CaseEventItemProvider {
		public CaseEventLabels(AdapterFactory adapterFactory) {
			super(adapterFactory);
		}

		@Override
		public ResourceLocator getResourceLocator() {
			return strings(adapterFactory);
		}

		@Override
		public String getText(Object object) {
			CaseEvent e = (CaseEvent) object;
			String when = e.getWhen() == null ? "" : WHEN.format(e.getWhen());
			String body = text(e.getText()).replace('\n', ' ');
			if (body.length() > TEXT_LENGTH) {
				body = body.substring(0, TEXT_LENGTH - 1) + "\u2026";
			}
			String kind = literal(getResourceLocator(), e.getKind());
			return getString("_UI_CaseEvent_label", new Object[] { when, kind, body });
		}
	}
}
