package org.harapan.ui.casework;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.ChangeResult;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.Measurement;
import org.harapan.model.MeasurementPlace;
import org.harapan.model.MeasurementPosition;
import org.harapan.model.Member;
import org.harapan.model.RelationToHead;
import org.harapan.model.Sex;
import org.harapan.store.StoreLocation;
import org.harapan.ui.Role;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.testing.TestHousehold;

/**
 * Three KPM of one P2K2 group in desa Rangan (64.01.05.2005, Kuaro, Paser), stored through casework in a temporary
 * store: each a mother and a child of 2 years weighed monthly, so that each child's early-childhood component is
 * paid and its commitments are due every month.
 */
public record P2k2Fixture(StoreLocation location, String groupId, List<String> kpmIds) {

	public static final String GROUP = "pendamping.ui-G01"; //$NON-NLS-1$
	public static final String DESA = "64.01.05.2005"; //$NON-NLS-1$
	private static final String[] MOTHERS = { "Siti Aminah", "Nur Hasanah", "Dewi Lestari" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	public static P2k2Fixture create(CaseworkService service, Path folder) {
		StoreLocation location = StoreLocation.embedded(folder.resolve("monthly")); //$NON-NLS-1$
		LocalDate today = LocalDate.now();
		List<String> ids = new ArrayList<>();
		try (Casework casework = service.open(location, new NullProgressMonitor())) {
			for (int i = 0; i < MOTHERS.length; i++) {
				Household h = household(i, today);
				ChangeResult r = casework.save(h, "UI test household"); //$NON-NLS-1$
				if (!r.isStored()) {
					throw new IllegalStateException(r.message("en")); //$NON-NLS-1$
				}
				ids.add(h.getKpmId());
			}
		}
		return new P2k2Fixture(location, GROUP, List.copyOf(ids));
	}

	/** The working region of the pendamping of these households (a case worker assigned to desa Rangan). */
	public static WorkingRegion caseWorker() {
		return new WorkingRegion(Role.CASE_WORKER, "64.01", List.of(DESA)); //$NON-NLS-1$
	}

	private static Household household(int i, LocalDate today) {
		HarapanFactory f = HarapanFactory.eINSTANCE;
		Household h = f.createHousehold();
		h.setKpmId(String.format("KPM-UI-G%03d", i + 1)); //$NON-NLS-1$
		h.setNoKK(String.format("64010500000001%02d", i + 1)); //$NON-NLS-1$
		h.setDesaCode(DESA);
		h.setAddress("RT 00" + (i + 1)); //$NON-NLS-1$
		h.setFacilitator("pendamping.ui"); //$NON-NLS-1$
		h.setStatus(HouseholdStatus.ACTIVE);
		h.setJoinedDate(today.minusYears(2));
		h.setWelfareDecile(2);
		h.setP2k2Group(GROUP);
		TestHousehold.member(h, MOTHERS[i], Sex.FEMALE, today.minusYears(27 + i).minusDays(40), RelationToHead.HEAD,
				10 * i + 1);
		LocalDate birth = today.minusMonths(24).minusDays(10 + i);
		Member child = TestHousehold.member(h, "Anak " + (i + 1), Sex.MALE, birth, RelationToHead.CHILD, //$NON-NLS-1$
				10 * i + 2);
		for (int month = 1; month < 24; month++) {
			Measurement m = f.createMeasurement();
			m.setDate(birth.plusMonths(month));
			m.setHeightCm(Math.round((50.0 + 36.0 * Math.sqrt(month / 24.0)) * 10) / 10.0);
			m.setWeightKg(Math.round((3.4 + 8.8 * Math.sqrt(month / 24.0)) * 10) / 10.0);
			m.setPosition(MeasurementPosition.LYING);
			m.setPlace(MeasurementPlace.POSYANDU);
			child.getMeasurements().add(m);
		}
		return h;
	}
}
