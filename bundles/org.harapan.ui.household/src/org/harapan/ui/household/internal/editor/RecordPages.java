package org.harapan.ui.household.internal.editor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.HarapanFactory;
import org.harapan.model.HarapanPackage.Literals;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.MeasurementPlace;
import org.harapan.model.MeasurementPosition;
import org.harapan.model.Member;
import org.harapan.model.Referral;
import org.harapan.model.ReferralOutcome;
import org.harapan.model.ReferralState;

/**
 * The list pages of the household file: which fields each shows, whether the case worker edits it (disbursements are
 * the rules' decisions: read-only; of the case events only the case worker's own unsaved ones) and what a new record
 * starts with.
 */
public final class RecordPages {

	/** Children are measured lying down (length) before 24 months, standing (height) after. */
	private static final int LYING_MONTHS = 24;

	private static final HarapanFactory F = HarapanFactory.eINSTANCE;

	public static final ListPage MEMBERS = new ListPage(Literals.HOUSEHOLD__MEMBERS,
			List.of(Literals.MEMBER__NAME, Literals.MEMBER__NIK, Literals.MEMBER__SEX, Literals.MEMBER__BIRTH_DATE,
					Literals.MEMBER__RELATION_TO_HEAD, Literals.MEMBER__PREGNANT,
					Literals.MEMBER__EXPECTED_DELIVERY_DATE, Literals.MEMBER__SCHOOL_LEVEL, Literals.MEMBER__ENROLLED,
					Literals.MEMBER__DISABILITY),
			true, owner -> F.createMember());

	public static final ListPage MEASUREMENTS = new ListPage(Literals.MEMBER__MEASUREMENTS,
			List.of(Literals.MEASUREMENT__DATE, Literals.MEASUREMENT__WEIGHT_KG, Literals.MEASUREMENT__HEIGHT_CM,
					Literals.MEASUREMENT__POSITION, Literals.MEASUREMENT__OEDEMA,
					Literals.MEASUREMENT__HEAD_CIRCUMFERENCE_CM, Literals.MEASUREMENT__ARM_CIRCUMFERENCE_CM,
					Literals.MEASUREMENT__PLACE),
			true, owner -> measurement((Member) owner, LocalDate.now()));

	public static final ListPage ATTENDANCE = new ListPage(Literals.HOUSEHOLD__ATTENDANCES,
			List.of(Literals.ATTENDANCE__SESSION_DATE, Literals.ATTENDANCE__GROUP_ID,
					Literals.ATTENDANCE__SESSION_NUMBER, Literals.ATTENDANCE__MODULE, Literals.ATTENDANCE__STATUS,
					Literals.ATTENDANCE__REASON, Literals.ATTENDANCE__MEMBER),
			true, RecordPages::attendance);

	public static final ListPage COMPLIANCE = new ListPage(Literals.HOUSEHOLD__COMPLIANCE_RECORDS,
			List.of(Literals.COMPLIANCE_RECORD__MONTH, Literals.COMPLIANCE_RECORD__CONDITIONALITY,
					Literals.COMPLIANCE_RECORD__MEMBER, Literals.COMPLIANCE_RECORD__STATUS,
					Literals.COMPLIANCE_RECORD__EVIDENCE),
			true, owner -> {
				ComplianceRecord c = F.createComplianceRecord();
				c.setMonth(YearMonth.now());
				c.setStatus(ComplianceStatus.MET);
				return c;
			});

	public static final ListPage DISBURSEMENTS = new ListPage(Literals.HOUSEHOLD__DISBURSEMENTS,
			List.of(Literals.DISBURSEMENT__YEAR, Literals.DISBURSEMENT__TAHAP, Literals.DISBURSEMENT__AMOUNT_RP,
					Literals.DISBURSEMENT__STATUS, Literals.DISBURSEMENT__PAID_DATE),
			false, null);

	public static final ListPage REFERRALS = new ListPage(Literals.HOUSEHOLD__REFERRALS,
			List.of(Literals.REFERRAL__SERVICE, Literals.REFERRAL__MEMBER, Literals.REFERRAL__PROVIDER,
					Literals.REFERRAL__REFERRED_DATE, Literals.REFERRAL__STARTED_DATE, Literals.REFERRAL__ENDED_DATE,
					Literals.REFERRAL__STATE, Literals.REFERRAL__OUTCOME, Literals.REFERRAL__NOTE,
					Literals.REFERRAL__SOURCE),
			true, owner -> {
				Referral r = F.createReferral();
				r.setReferredDate(LocalDate.now());
				r.setState(ReferralState.OPEN);
				r.setOutcome(ReferralOutcome.PENDING);
				return r;
			});

	/**
	 * Case events: the audit trail and the rules' decisions are read-only; the case worker adds notes and home visits
	 * ({@link CaseEventEntry}) and changes the text of, or removes, their own until the file is saved.
	 */
	public static final ListPage EVENTS = new ListPage(Literals.HOUSEHOLD__EVENTS,
			List.of(Literals.CASE_EVENT__WHEN, Literals.CASE_EVENT__WHO, Literals.CASE_EVENT__KIND,
					Literals.CASE_EVENT__TEXT),
			true, null, Set.of(Literals.CASE_EVENT__WHEN, Literals.CASE_EVENT__WHO, Literals.CASE_EVENT__KIND),
			FileContext::isOwnUnsaved);

	private RecordPages() {
	}

	/** A measurement of {@code child} on {@code date} at the posyandu, lying down for a child under two. */
	public static Measurement measurement(Member child, LocalDate date) {
		Measurement m = F.createMeasurement();
		m.setDate(date);
		int months = child.ageInMonths(date);
		m.setPosition(months < 0 ? MeasurementPosition.UNKNOWN
				: months < LYING_MONTHS ? MeasurementPosition.LYING : MeasurementPosition.STANDING);
		m.setPlace(MeasurementPlace.POSYANDU);
		return m;
	}

	private static EObject attendance(EObject owner) {
		Attendance a = F.createAttendance();
		a.setSessionDate(LocalDate.now());
		a.setGroupId(((Household) owner).getP2k2Group());
		a.setStatus(AttendanceStatus.PRESENT);
		return a;
	}
}
