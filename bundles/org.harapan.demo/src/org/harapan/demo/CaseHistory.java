package org.harapan.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.CaseEvent;
import org.harapan.model.CaseEventKind;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Conditionality;
import org.harapan.model.DisabilityLevel;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.model.Referral;
import org.harapan.model.ReferralOutcome;
import org.harapan.model.ReferralService;

/**
 * The year of casework behind a demo household: monthly P2K2 sessions of its pendamping's group, monthly
 * verification of its commitments and referrals of stunted children. Payments (tahap) are not made up here: they
 * are decisions of the programme rules, recorded by casework.
 */
final class CaseHistory {

	/** P2K2 modules, one a month in turn. */
	/** The module (index into {@link #MODULES}) of each of the 14 national P2K2 sessions. */
	private static final int[] SESSION_MODULE = { 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4 };

	static final List<String> MODULES = List.of("PENGASUHAN", "KEUANGAN", "KESEHATAN", "PERLINDUNGAN", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"KESEJAHTERAAN", "STUNTING"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final ZoneOffset WITA = ZoneOffset.ofHours(8);

	private final LocalDate today;
	private final HarapanFactory factory = HarapanFactory.eINSTANCE;

	CaseHistory(LocalDate today) {
		this.today = today;
	}

	/** Adds the history to {@code h}; {@code stunted} are its children drawn stunted. */
	void add(Household h, String facilitatorId, int facilitator, List<Member> stunted, SplittableRandom r) {
		CaseEvent created = factory.createCaseEvent();
		created.setKind(CaseEventKind.CREATED);
		created.setWho(facilitatorId);
		created.setWhen(h.getJoinedDate().atTime(9, 0).toInstant(WITA));
		created.setText("KPM registered in PKH"); //$NON-NLS-1$
		h.getEvents().add(created);
		YearMonth now = YearMonth.from(today);
		double lapse = lapse(r);
		// P2K2 groups of 10-30 KPM: about ten groups per pendamping
		h.setP2k2Group(String.format("%s-G%02d", facilitatorId, 1 + r.nextInt(10))); //$NON-NLS-1$
		for (int back = 12; back >= 1; back--) {
			YearMonth month = now.minusMonths(back);
			if (month.atEndOfMonth().isBefore(h.getJoinedDate())) {
				continue;
			}
			AttendanceStatus attended = attend(h, facilitatorId, facilitator, month, lapse, r);
			comply(h, month, attended, lapse, r);
		}
		refer(h, stunted, r);
	}

	/**
	 * How often a family lets a commitment lapse, as a factor on the base rates: most families (80%) almost never,
	 * some (15%) now and then, a few (5%) often. Sanctions then touch a realistic minority of the caseload.
	 */
	private static double lapse(SplittableRandom r) {
		double d = r.nextDouble();
		return d < 0.80 ? 0.1 : d < 0.95 ? 1.0 : 4.0;
	}

	/** The share of sessions a family is excused from, and why (as a pendamping writes it down). */
	private static final double EXCUSED = 0.08;
	private static final List<String> EXCUSE_REASONS = List.of("sakit", "mengantar anak berobat", //$NON-NLS-1$ //$NON-NLS-2$
			"bekerja di kebun", "urusan keluarga", "jalan desa banjir"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private AttendanceStatus attend(Household h, String facilitatorId, int facilitator, YearMonth month,
			double lapse, SplittableRandom r) {
		Attendance a = factory.createAttendance();
		a.setGroupId(h.getP2k2Group());
		a.setSessionId(h.getP2k2Group() + "-" + month); //$NON-NLS-1$
		a.setSessionDate(month.atDay(Math.min(28, 8 + facilitator % 15)));
		// the 14 sessions of the curriculum, one a month in order, each group at its own point of the cycle
		int session = 1 + Math.floorMod(month.getYear() * 12 + month.getMonthValue() + facilitator, SESSION_MODULE.length);
		a.setSessionNumber(session);
		a.setModule(MODULES.get(SESSION_MODULE[session - 1]));
		double d = r.nextDouble();
		double absent = Math.min(0.9, 0.08 * lapse);
		a.setStatus(d < absent ? AttendanceStatus.ABSENT : d < absent + EXCUSED ? AttendanceStatus.EXCUSED
				: AttendanceStatus.PRESENT);
		if (a.getStatus() == AttendanceStatus.EXCUSED) { // the reason from the same draw: the rest of the data stays
			a.setReason(EXCUSE_REASONS.get(Math.min(EXCUSE_REASONS.size() - 1,
					(int) ((d - absent) / EXCUSED * EXCUSE_REASONS.size()))));
		}
		h.getAttendances().add(a);
		return a.getStatus();
	}

	private void comply(Household h, YearMonth month, AttendanceStatus attended, double lapse, SplittableRandom r) {
		LocalDate end = month.atEndOfMonth();
		record(h, null, month, Conditionality.P2K2_ATTENDANCE,
				attended == AttendanceStatus.ABSENT ? ComplianceStatus.NOT_MET : ComplianceStatus.MET, "daftar hadir P2K2"); //$NON-NLS-1$
		for (Member m : h.getMembers()) {
			int months = m.ageInMonths(end);
			if (months < 0) {
				continue;
			}
			if (months < 60) {
				boolean weighed = m.getMeasurements().stream().map(Measurement::getDate)
						.anyMatch(date -> YearMonth.from(date).equals(month));
				// a month without weighing: mostly the posyandu did not open (exempt), sometimes the child was not brought
				ComplianceStatus weighing = weighed ? ComplianceStatus.MET
						: r.nextDouble() < Math.min(1, 0.3 * lapse) ? ComplianceStatus.NOT_MET : ComplianceStatus.EXEMPT;
				record(h, m, month, Conditionality.GROWTH_MONITORING, weighing,
						weighing == ComplianceStatus.EXEMPT ? "posyandu tidak buka" : "KMS posyandu"); //$NON-NLS-1$ //$NON-NLS-2$
			} else if (m.isEnrolled() && months >= 72 && months < 22 * 12) {
				record(h, m, month, Conditionality.SCHOOL_ATTENDANCE, status(r, 0.93, lapse), "absensi sekolah"); //$NON-NLS-1$
			}
			if (m.isPregnant() && m.getExpectedDeliveryDate().minusMonths(9).isBefore(end)) {
				record(h, m, month, Conditionality.ANTENATAL_CARE, status(r, 0.88, lapse), "buku KIA"); //$NON-NLS-1$
			}
			if (m.ageInYears(end) >= 70) {
				record(h, m, month, Conditionality.ELDERLY_CARE, status(r, 0.9, lapse), "kunjungan rumah"); //$NON-NLS-1$
			}
			if (m.getDisability() == DisabilityLevel.SEVERE) {
				record(h, m, month, Conditionality.DISABILITY_CARE, status(r, 0.9, lapse), "kunjungan rumah"); //$NON-NLS-1$
			}
		}
	}

	private static ComplianceStatus status(SplittableRandom r, double met, double lapse) {
		return r.nextDouble() >= Math.min(1, (1 - met) * lapse) ? ComplianceStatus.MET : ComplianceStatus.NOT_MET;
	}

	private void record(Household h, Member m, YearMonth month, Conditionality c, ComplianceStatus s,
			String evidence) {
		ComplianceRecord record = factory.createComplianceRecord();
		record.setMonth(month);
		record.setConditionality(c);
		record.setStatus(s);
		record.setEvidence(s == ComplianceStatus.NOT_MET ? null : evidence);
		record.setMember(m);
		h.getComplianceRecords().add(record);
	}

	/** Stunted children (latest length/height-for-age z below -2) are often referred. */
	private void refer(Household h, List<Member> stunted, SplittableRandom r) {
		for (Member m : stunted) {
			if (m.getMeasurements().isEmpty() || r.nextDouble() >= 0.6) {
				continue;
			}
			LocalDate measured = m.getMeasurements().get(m.getMeasurements().size() - 1).getDate();
			Referral referral = factory.createReferral();
			double d = r.nextDouble();
			referral.setService(d < 0.5 ? ReferralService.PMT_LOKAL : d < 0.85 ? ReferralService.PUSKESMAS
					: ReferralService.FOOD_AID);
			referral.setProvider(referral.getService() == ReferralService.PMT_LOKAL ? "Posyandu" : "Puskesmas"); //$NON-NLS-1$ //$NON-NLS-2$
			referral.setReferredDate(measured);
			LocalDate started = measured.plusDays(7);
			referral.setStartedDate(started.isAfter(today) ? null : started);
			referral.setOutcome(ReferralOutcome.PENDING);
			referral.setMember(m);
			h.getReferrals().add(referral);
		}
	}
}
