package org.harapan.ui.testing;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PartInitException;
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
import org.harapan.model.validation.Nik;
import org.harapan.store.HouseholdSummary;
import org.harapan.store.StoreLocation;
import org.harapan.ui.cases.HouseholdPart;

/**
 * A household in desa Rangan (64.01.05.2005, Kuaro, Paser) stored through casework in a temporary store: a mother
 * and her daughter of 20 months, measured every month since she was one month old, growing a little below the
 * WHO median (no category below normal).
 *
 * @param location the temporary store
 * @param kpmId    the household
 * @param childNik the daughter's NIK
 * @param measured how many measurements the daughter has
 */
public record TestHousehold(StoreLocation location, String kpmId, String childNik, int measured) {

	public static final String KPM_ID = "KPM-UI-0001"; //$NON-NLS-1$
	public static final String CHILD_NAME = "Putri Lestari"; //$NON-NLS-1$
	static final String DESA = "64.01.05.2005"; //$NON-NLS-1$
	private static final String KECAMATAN = "64.01.05"; //$NON-NLS-1$
	private static final int CHILD_AGE_MONTHS = 20;
	/** WHO 2006 medians for girls at 0, 3, 6, 9, 12, 18 and 24 months: length (cm) and weight (kg). */
	private static final double[] KNOT_MONTHS = { 0, 3, 6, 9, 12, 18, 24 };
	private static final double[] LENGTH = { 49.1, 59.8, 65.7, 70.1, 74.0, 80.7, 86.4 };
	private static final double[] WEIGHT = { 3.2, 5.8, 7.3, 8.2, 8.9, 10.2, 11.5 };

	/** Creates the store in {@code folder} and saves the household through casework. */
	public static TestHousehold create(CaseworkService service, Path folder) {
		StoreLocation location = StoreLocation.embedded(folder.resolve("ui-test")); //$NON-NLS-1$
		LocalDate today = LocalDate.now();
		Household h = household(today);
		Member child = h.getMembers().get(1);
		try (Casework casework = service.open(location, new NullProgressMonitor())) {
			ChangeResult result = casework.save(h, "UI test household"); //$NON-NLS-1$
			if (!result.isStored()) {
				throw new IllegalStateException(result.message("en")); //$NON-NLS-1$
			}
		}
		return new TestHousehold(location, KPM_ID, child.getNik(), child.getMeasurements().size());
	}

	/** The row the caseload navigator would publish as the workbench selection for this household. */
	public HouseholdSummary summary() {
		return new HouseholdSummary(kpmId, "6401050000000001", "Siti Aminah", DESA, "pendamping.6401.01", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				HouseholdStatus.ACTIVE, 2, 1);
	}

	/**
	 * Opens view {@code viewId} (a {@link HouseholdPart}) on this household's store and selects the household as
	 * the caseload navigator does, with its {@link HouseholdSummary} row.
	 */
	@SuppressWarnings("unchecked")
	public <V extends HouseholdPart<?>> V showIn(String viewId) throws PartInitException {
		V view = (V) Workbench.page().showView(viewId);
		view.setStore(location);
		view.selectionChanged(null, new StructuredSelection(summary()));
		return view;
	}

	/** Adds a measurement of the daughter dated today through {@link Casework#change}. */
	public ChangeResult measureToday(CaseworkService service, double lengthCm, double weightKg) {
		try (Casework casework = service.open(location, new NullProgressMonitor())) {
			return casework.change(kpmId, "UI test: measured today", household -> { //$NON-NLS-1$
				Member child = household.getMembers().stream().filter(m -> childNik.equals(m.getNik())).findFirst()
						.orElseThrow();
				child.getMeasurements().add(measurement(LocalDate.now(), lengthCm, weightKg));
			});
		}
	}

	private static Household household(LocalDate today) {
		HarapanFactory f = HarapanFactory.eINSTANCE;
		Household h = f.createHousehold();
		h.setKpmId(KPM_ID);
		h.setNoKK("6401050000000001"); //$NON-NLS-1$
		h.setDesaCode(DESA);
		h.setAddress("RT 003"); //$NON-NLS-1$
		h.setFacilitator("pendamping.6401.01"); //$NON-NLS-1$
		h.setStatus(HouseholdStatus.ACTIVE);
		h.setJoinedDate(today.minusYears(2));
		h.setWelfareDecile(2);
		member(h, "Siti Aminah", Sex.FEMALE, today.minusYears(29).minusDays(40), RelationToHead.HEAD, 1); //$NON-NLS-1$
		LocalDate birth = today.minusMonths(CHILD_AGE_MONTHS).minusDays(5);
		Member child = member(h, CHILD_NAME, Sex.FEMALE, birth, RelationToHead.CHILD, 2);
		for (int month = 1; month < CHILD_AGE_MONTHS; month++) {
			child.getMeasurements().add(measurement(birth.plusMonths(month), at(LENGTH, month) - 1.5,
					at(WEIGHT, month) - 0.3));
		}
		return h;
	}

	private static Measurement measurement(LocalDate date, double lengthCm, double weightKg) {
		Measurement ms = HarapanFactory.eINSTANCE.createMeasurement();
		ms.setDate(date);
		ms.setHeightCm(Math.round(lengthCm * 10) / 10.0);
		ms.setWeightKg(Math.round(weightKg * 10) / 10.0);
		ms.setPosition(MeasurementPosition.LYING);
		ms.setPlace(MeasurementPlace.POSYANDU);
		return ms;
	}

	/** Linear interpolation between the knots. */
	private static double at(double[] values, double months) {
		for (int i = 1; i < KNOT_MONTHS.length; i++) {
			if (months <= KNOT_MONTHS[i]) {
				double t = (months - KNOT_MONTHS[i - 1]) / (KNOT_MONTHS[i] - KNOT_MONTHS[i - 1]);
				return values[i - 1] + t * (values[i] - values[i - 1]);
			}
		}
		return values[values.length - 1];
	}

	/** Adds a member with a NIK of the test kecamatan (64.01.05) composed from birth date, sex and serial. */
	public static Member member(Household h, String name, Sex sex, LocalDate birth, RelationToHead relation,
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
