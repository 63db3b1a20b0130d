package org.harapan.casework.tests;

import java.time.LocalDate;

import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.Measurement;
import org.harapan.model.MeasurementPlace;
import org.harapan.model.MeasurementPosition;
import org.harapan.model.Member;
import org.harapan.model.RelationToHead;
import org.harapan.model.Sex;
import org.harapan.model.validation.Nik;

/** Small valid households in desa Rangan (64.01.05.2005, Kuaro, Paser) for the casework tests. */
final class Households {

	static final String DESA = "64.01.05.2005"; //$NON-NLS-1$
	static final String KECAMATAN = "64.01.05"; //$NON-NLS-1$

	private Households() {
	}

	/**
	 * Household {@code n}: a father and a boy of about 13 months whose latest length is {@code lengthCm} (65 cm is
	 * severely stunted, 77 cm normal), measured 10 days before {@code today}.
	 */
	static Household with(int n, LocalDate today, double lengthCm) {
		HarapanFactory f = HarapanFactory.eINSTANCE;
		Household h = f.createHousehold();
		h.setKpmId(String.format("KPM-T-%04d", n)); //$NON-NLS-1$
		h.setNoKK(String.format("640105%010d", n)); //$NON-NLS-1$
		h.setDesaCode(DESA);
		h.setAddress("RT 00" + (n % 9 + 1)); //$NON-NLS-1$
		h.setFacilitator("pendamping.6401.01"); //$NON-NLS-1$
		h.setStatus(HouseholdStatus.ACTIVE);
		h.setJoinedDate(today.minusYears(2));
		h.setWelfareDecile(2);
		member(h, "Ahmad " + n, Sex.MALE, today.minusYears(35).minusDays(n), RelationToHead.HEAD, 2 * n + 1); //$NON-NLS-1$
		Member child = member(h, "Budi " + n, Sex.MALE, today.minusDays(400 + n), RelationToHead.CHILD, 2 * n + 2); //$NON-NLS-1$
		Measurement ms = f.createMeasurement();
		ms.setDate(today.minusDays(10));
		ms.setHeightCm(lengthCm);
		ms.setWeightKg(8.5);
		ms.setPosition(MeasurementPosition.LYING);
		ms.setPlace(MeasurementPlace.POSYANDU);
		child.getMeasurements().add(ms);
		return h;
	}

	private static Member member(Household h, String name, Sex sex, LocalDate birth, RelationToHead relation,
			int serial) {
		Member m = HarapanFactory.eINSTANCE.createMember();
		m.setName(name);
		m.setSex(sex);
		m.setBirthDate(birth);
		m.setRelationToHead(relation);
		m.setNik(Nik.compose(KECAMATAN, birth, sex, serial));
		h.getMembers().add(m);
		return m;
	}
}
