package org.harapan.rules.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.IdentityHashMap;
import java.util.Map;

import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Conditionality;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.model.RelationToHead;
import org.harapan.model.Sex;
import org.harapan.rules.GrowthPoint;
import org.harapan.rules.GrowthScorer;

/**
 * A test KPM (household) built record by record, with a growth scorer that gives each measurement the z-scores the
 * test set for it (so rule tests do not need the growth bundles).
 */
public final class Kpm {

	private static final HarapanFactory F = HarapanFactory.eINSTANCE;
	private final Household household = F.createHousehold();
	private final Map<Measurement, double[]> zscores = new IdentityHashMap<>();
	private int serial;

	private Kpm(String desaCode) {
		household.setKpmId("KPM-" + desaCode.replace(".", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		household.setDesaCode(desaCode);
		household.setStatus(HouseholdStatus.ACTIVE);
		household.setWelfareDecile(2);
	}

	/** A household of the desa/kelurahan {@code desaCode}. */
	public static Kpm in(String desaCode) {
		return new Kpm(desaCode);
	}

	public Household household() {
		return household;
	}

	/** Scores a measurement with the z-scores given to {@link #measure}; {@code null} for any other. */
	public GrowthScorer scorer() {
		return (member, ms) -> {
			double[] z = zscores.get(ms);
			return z == null ? null
					: new GrowthPoint(ms, ms.getDate(), member.ageInDays(ms.getDate()), z[0], z[1], z[2]);
		};
	}

	/** A member with a NIK whose region and date parts match. */
	public Member member(String name, Sex sex, LocalDate birth, RelationToHead relation) {
		Member m = F.createMember();
		m.setName(name);
		m.setSex(sex);
		m.setBirthDate(birth);
		m.setRelationToHead(relation);
		String region = household.getDesaCode().replace(".", "").substring(0, 6); //$NON-NLS-1$ //$NON-NLS-2$
		m.setNik(String.format("%s%02d%02d%02d%04d", region, //$NON-NLS-1$
				birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0), birth.getMonthValue(), birth.getYear() % 100,
				++serial));
		household.getMembers().add(m);
		return m;
	}

	public Member child(String name, LocalDate birth) {
		return member(name, Sex.MALE, birth, RelationToHead.CHILD);
	}

	/** A pregnant mother expecting on {@code expectedDelivery}. */
	public Member pregnant(String name, LocalDate birth, LocalDate expectedDelivery) {
		Member m = member(name, Sex.FEMALE, birth, RelationToHead.SPOUSE);
		m.setPregnant(true);
		m.setExpectedDeliveryDate(expectedDelivery);
		return m;
	}

	/** A measurement whose length/height-, weight-for-age and weight-for-length z-scores are the given ones. */
	public Measurement measure(Member m, LocalDate date, double weightKg, double heightCm, double zlen, double zwei,
			double zwfl) {
		Measurement ms = F.createMeasurement();
		ms.setDate(date);
		ms.setWeightKg(weightKg);
		ms.setHeightCm(heightCm);
		m.getMeasurements().add(ms);
		zscores.put(ms, new double[] { zlen, zwei, zwfl });
		return ms;
	}

	/** Attendance of the household at P2K2 session {@code session} on {@code date}. */
	public Attendance attend(LocalDate date, int session, AttendanceStatus status) {
		Attendance a = F.createAttendance();
		a.setSessionDate(date);
		a.setSessionNumber(session);
		a.setGroupId("G1"); //$NON-NLS-1$
		a.setStatus(status);
		household.getAttendances().add(a);
		return a;
	}

	public ComplianceRecord comply(Member m, YearMonth month, Conditionality c, ComplianceStatus status) {
		ComplianceRecord r = F.createComplianceRecord();
		r.setMonth(month);
		r.setConditionality(c);
		r.setStatus(status);
		r.setMember(m);
		household.getComplianceRecords().add(r);
		return r;
	}
}
