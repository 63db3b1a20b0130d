package org.harapan.store.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.harapan.model.AttendanceStatus;
import org.harapan.model.CaseEventKind;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Conditionality;
import org.harapan.model.DisabilityLevel;
import org.harapan.model.DisbursementStatus;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.Measurement;
import org.harapan.model.MeasurementPlace;
import org.harapan.model.MeasurementPosition;
import org.harapan.model.Member;
import org.harapan.model.ReferralOutcome;
import org.harapan.model.ReferralService;
import org.harapan.model.RelationToHead;
import org.harapan.model.SchoolLevel;
import org.harapan.model.Sex;
import org.harapan.model.region.Region;
import org.harapan.model.region.RegionDirectory;
import org.harapan.model.validation.Nik;
import org.harapan.store.ChildGrowth;
import org.harapan.store.ChildIndexer;

/**
 * Deterministic test households in Kabupaten Paser (64.01): household {@code n} always lives in the same
 * real desa with the same family (head, spouse, 0-4 children; every third household has a child under
 * five with measurements, a quarter of those stunted), valid NIK and No. KK, attendance, compliance,
 * disbursements, a referral and a case event. One instance never repeats a NIK.
 */
public final class Fixtures {

	private static final HarapanFactory F = HarapanFactory.eINSTANCE;
	/** WHO 2006 boys' median length/height (cm) and weight (kg) at 0, 12, 24, 36, 48, 60 months (rounded). */
	private static final double[] LENGTH = { 49.9, 75.7, 87.1, 96.1, 103.3, 110.0 };
	private static final double[] WEIGHT = { 3.3, 9.6, 12.2, 14.3, 16.3, 18.3 };
	private static final String[] NAMES = { "Ahmad", "Budi", "Siti", "Dewi", "Rahmat", "Nur", "Agus", "Sri", "Joko",
			"Wati", "Hendra", "Yuni", "Andi", "Rina", "Eko", "Lestari", "Bambang", "Aisyah", "Fajar", "Putri" };
	private static final String[] FAMILIES = { "Santoso", "Wijaya", "Saputra", "Hidayat", "Lubis", "Siregar",
			"Rahman", "Kusuma", "Pratama", "Nasution", "Hakim", "Syahputra" };

	private final LocalDate today;
	private final List<Region> desa;
	private final Set<String> niks = new HashSet<>();

	public Fixtures(LocalDate today) {
		this.today = today;
		this.desa = RegionDirectory.get().desaUnder("64.01"); //$NON-NLS-1$
	}

	public static String kpmId(int n) {
		return String.format("KPM%08d", n); //$NON-NLS-1$
	}

	/** Whether household {@code n} has a stunted child under five. */
	public static boolean stunted(int n) {
		return n % 12 == 0;
	}

	/** Whether household {@code n} has a child under five with measurements. */
	public static boolean hasToddler(int n) {
		return n % 3 == 0;
	}

	/** The desa code household {@code n} lives in. */
	public String desaOf(int n) {
		return desa.get(n % desa.size()).code();
	}

	public Household household(int n) {
		Random random = new Random(n * 7919L + 17);
		String desaCode = desaOf(n);
		String kecamatan = desaCode.substring(0, desaCode.lastIndexOf('.'));
		Household h = F.createHousehold();
		h.setKpmId(kpmId(n));
		h.setNoKK(kecamatan.replace(".", "") + String.format("%010d", n)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		h.setAddress("RT " + (1 + n % 9) + " / RW " + (1 + n % 4) + ", " + RegionDirectory.get().name(desaCode)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		h.setDesaCode(desaCode);
		h.setFacilitator("Pendamping " + (n % 34 + 1)); //$NON-NLS-1$
		h.setStatus(n % 25 == 0 ? HouseholdStatus.GRADUATED_NATURAL
				: n % 10 == 0 ? HouseholdStatus.SUSPENDED : HouseholdStatus.ACTIVE);
		h.setJoinedDate(today.minusDays(200 + random.nextInt(2500)));
		h.setWelfareDecile(1 + random.nextInt(4));
		String family = FAMILIES[random.nextInt(FAMILIES.length)];
		Member head = member(h, kecamatan, NAMES[n % NAMES.length] + " " + family, Sex.MALE, //$NON-NLS-1$
				today.minusYears(28 + random.nextInt(30)).minusDays(random.nextInt(365)), RelationToHead.HEAD);
		Member spouse = member(h, kecamatan, NAMES[(n + 7) % NAMES.length] + " " + family, Sex.FEMALE, //$NON-NLS-1$
				head.getBirthDate().plusDays(random.nextInt(3000)), RelationToHead.SPOUSE);
		int children = random.nextInt(5);
		for (int i = 0; i < children; i++) {
			LocalDate birth = today.minusDays(400 + random.nextInt(15 * 365));
			Member child = member(h, kecamatan, NAMES[random.nextInt(NAMES.length)] + " " + family, //$NON-NLS-1$
					random.nextBoolean() ? Sex.MALE : Sex.FEMALE, birth, RelationToHead.CHILD);
			int age = birth.until(today).getYears();
			child.setSchoolLevel(age >= 13 ? SchoolLevel.JUNIOR_SECONDARY
					: age >= 7 ? SchoolLevel.PRIMARY : SchoolLevel.NONE);
			child.setEnrolled(age >= 7);
		}
		if (hasToddler(n)) {
			LocalDate birth = today.minusDays(60 + random.nextInt(1700));
			Member toddler = member(h, kecamatan, NAMES[random.nextInt(NAMES.length)] + " " + family, //$NON-NLS-1$
					random.nextBoolean() ? Sex.MALE : Sex.FEMALE, birth, RelationToHead.CHILD);
			measure(toddler, stunted(n) ? -3.2 : Math.max(-1.2, Math.min(1.2, random.nextGaussian() * 0.6)), random);
		}
		if (n % 17 == 0) {
			spouse.setPregnant(true);
			spouse.setExpectedDeliveryDate(today.plusDays(30 + random.nextInt(200)));
		}
		if (n % 29 == 0) {
			head.setDisability(DisabilityLevel.SEVERE);
		}
		history(h, spouse, n, random);
		return h;
	}

	private Member member(Household h, String kecamatan, String name, Sex sex, LocalDate birth,
			RelationToHead relation) {
		Member m = F.createMember();
		m.setName(name);
		m.setSex(sex);
		m.setBirthDate(birth);
		m.setRelationToHead(relation);
		int serial = 1 + Math.floorMod(name.hashCode() + h.getKpmId().hashCode(), 9000);
		String nik = Nik.compose(kecamatan, birth, sex, serial);
		while (!niks.add(nik)) {
			serial = serial % 9999 + 1;
			nik = Nik.compose(kecamatan, birth, sex, serial);
		}
		m.setNik(nik);
		h.getMembers().add(m);
		return m;
	}

	/**
	 * The growth index the store is given in these tests (the real one is computed by casework through the
	 * growth services): the length-for-age z-score these fixtures put into each measurement, read back from the
	 * length, with a Permenkes-like category.
	 */
	public static ChildIndexer indexer() {
		return child -> {
			Measurement latest = null;
			for (Measurement ms : child.getMeasurements()) {
				if (latest == null || ms.getDate().isAfter(latest.getDate())) {
					latest = ms;
				}
			}
			if (latest == null) {
				return ChildGrowth.NONE;
			}
			double months = child.getBirthDate().until(latest.getDate(), java.time.temporal.ChronoUnit.DAYS) / 30.4375;
			double z = (latest.getHeightCm() / interpolate(LENGTH, months) - 1) / 0.037;
			String category = z < -3 ? "SEVERELY_STUNTED" : z < -2 ? "STUNTED" : "NORMAL"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return new ChildGrowth(latest.getDate(), z, Double.NaN, Double.NaN, category);
		};
	}

	/** Monthly measurements over the last months; the latest has length-for-age z about {@code z}. */
	private void measure(Member child, double z, Random random) {
		for (int k = 2; k >= 0; k--) {
			LocalDate date = today.minusDays(30L * k + 1);
			if (date.isBefore(child.getBirthDate().plusDays(1))) {
				continue;
			}
			double months = child.getBirthDate().until(date, java.time.temporal.ChronoUnit.DAYS) / 30.4375;
			double length = interpolate(LENGTH, months);
			Measurement ms = F.createMeasurement();
			ms.setDate(date);
			ms.setHeightCm(Math.round(length * (1 + 0.037 * z) * 10) / 10.0);
			ms.setWeightKg(Math.round(interpolate(WEIGHT, months) * (1 + 0.11 * (z * 0.5 + random.nextGaussian() * 0.3)) * 10) / 10.0);
			ms.setPosition(months < 24 ? MeasurementPosition.LYING : MeasurementPosition.STANDING);
			ms.setPlace(MeasurementPlace.POSYANDU);
			child.getMeasurements().add(ms);
		}
	}

	private static double interpolate(double[] table, double months) {
		double i = Math.min(4.999, Math.max(0, months / 12));
		int lo = (int) i;
		return table[lo] + (table[lo + 1] - table[lo]) * (i - lo);
	}

	private void history(Household h, Member spouse, int n, Random random) {
		for (int k = 1; k <= 3; k++) {
			var a = F.createAttendance();
			a.setSessionId("P2K2-" + (n % 50) + "-" + k); //$NON-NLS-1$ //$NON-NLS-2$
			a.setSessionDate(today.minusMonths(k));
			a.setModule("Pengasuhan dan Pendidikan Anak"); //$NON-NLS-1$
			a.setStatus(random.nextInt(6) == 0 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT);
			a.setMember(spouse);
			h.getAttendances().add(a);
			var c = F.createComplianceRecord();
			c.setMonth(YearMonth.from(today.minusMonths(k)));
			c.setConditionality(Conditionality.P2K2_ATTENDANCE);
			c.setStatus(a.getStatus() == AttendanceStatus.PRESENT ? ComplianceStatus.MET : ComplianceStatus.NOT_MET);
			c.setMember(spouse);
			h.getComplianceRecords().add(c);
		}
		for (int tahap = 1; tahap <= 4; tahap++) {
			var d = F.createDisbursement();
			d.setYear(today.getYear() - 1);
			d.setTahap(tahap);
			d.setAmountRp(750_000L * (1 + random.nextInt(3)));
			d.setStatus(DisbursementStatus.PAID);
			d.setPaidDate(LocalDate.of(today.getYear() - 1, 3 * tahap - 2, 15));
			h.getDisbursements().add(d);
		}
		if (n % 5 == 0) {
			var r = F.createReferral();
			r.setService(ReferralService.PUSKESMAS);
			r.setProvider("Puskesmas Tanah Grogot"); //$NON-NLS-1$
			r.setReferredDate(today.minusDays(40));
			r.setOutcome(ReferralOutcome.PENDING);
			r.setMember(h.getMembers().get(h.getMembers().size() - 1));
			h.getReferrals().add(r);
		}
		var e = F.createCaseEvent();
		e.setWhen(today.minusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC));
		e.setWho("Pendamping " + (n % 34 + 1)); //$NON-NLS-1$
		e.setKind(CaseEventKind.HOME_VISIT);
		e.setText("Kunjungan rumah, keluarga dalam keadaan baik."); //$NON-NLS-1$
		h.getEvents().add(e);
	}
}
