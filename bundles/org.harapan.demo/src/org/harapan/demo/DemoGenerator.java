package org.harapan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

import org.harapan.growth.GrowthReference;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.Member;
import org.harapan.model.region.Region;
import org.harapan.model.region.RegionDirectory;

/**
 * A synthetic kabupaten of PKH households for demonstrations, tests and benchmarks: households spread
 * over the region's real desa, plausible families with valid NIK and No. KK, a year of posyandu growth
 * measurements of every child under five (about one in five stunted), P2K2 attendance, compliance records,
 * the last four tahap of payments and referrals. Households are made one at a time as the iterator is
 * read, so any number can be streamed into a store. Deterministic: the same {@link DemoSettings} give the
 * same households in the same order (ids {@code KPM-6401-000001}, … in desa order).
 *
 * <pre>
 * store.saveAll(new DemoGenerator(settings, who2006).iterator(), "demo", "demo data", monitor);
 * </pre>
 */
public final class DemoGenerator implements Iterable<Household> {

	private final DemoSettings settings;
	private final GrowthReference growth;
	private final RegionDirectory regions;

	/**
	 * @param settings what to make
	 * @param growth   the WHO 2006 growth standards (0-5 years), to turn drawn z-scores into cm and kg
	 * @throws IllegalArgumentException when the region is not a known kabupaten/kota with desa
	 */
	public DemoGenerator(DemoSettings settings, GrowthReference growth) {
		this(settings, growth, RegionDirectory.get());
	}

	public DemoGenerator(DemoSettings settings, GrowthReference growth, RegionDirectory regions) {
		this.settings = settings;
		this.growth = growth;
		this.regions = regions;
		new DemoRegion(regions, settings, new SplittableRandom(settings.seed()));
	}

	public DemoSettings settings() {
		return settings;
	}

	/** A new pass over the households, from the first; each pass gives the same households. */
	@Override
	public Iterator<Household> iterator() {
		return new Households();
	}

	/** The id of household {@code index} (0-based), e.g. {@code KPM-6401-000001}. */
	public String kpmId(int index) {
		return String.format("KPM-%s-%06d", settings.regionCode().replace(".", ""), index + 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private final class Households implements Iterator<Household> {
		private final SplittableRandom root = new SplittableRandom(settings.seed());
		private final DemoRegion region = new DemoRegion(regions, settings, root.split());
		private final IdentityNumbers numbers = new IdentityNumbers(region.kecamatanCount());
		private final LocalDate today = settings.today();
		private final FamilyBuilder families = new FamilyBuilder(today, numbers);
		private final GrowthSeries series = new GrowthSeries(growth, today);
		private final CaseHistory history = new CaseHistory(today);
		private int next;

		@Override
		public boolean hasNext() {
			return next < settings.households();
		}

		@Override
		public Household next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			int index = next++;
			return household(index, root.split());
		}

		private Household household(int index, SplittableRandom r) {
			int desaIndex = region.desaOf(index);
			Region desa = region.desa().get(desaIndex);
			String kecamatan = desa.parentCode();
			int kecamatanIndex = region.kecamatanIndex(kecamatan);
			int facilitator = region.facilitatorOf(index);
			Household h = HarapanFactory.eINSTANCE.createHousehold();
			h.setKpmId(kpmId(index));
			h.setDesaCode(desa.code());
			h.setAddress(Names.address(r));
			h.setFacilitator(region.facilitatorId(facilitator));
			h.setStatus(status(r));
			h.setJoinedDate(joined(r));
			h.setWelfareDecile(decile(r));
			LocalDate issued = h.getJoinedDate().minusDays(r.nextInt(3 * 365));
			h.setNoKK(numbers.noKK(kecamatan, kecamatanIndex, issued));
			families.build(h, kecamatan, kecamatanIndex, r);
			List<Member> stunted = new ArrayList<>();
			for (Member m : h.getMembers()) {
				int months = m.ageInMonths(today);
				if (months >= 0 && months < 60) {
					double z = series.measure(m, region.posyanduDay(desaIndex), r);
					if (z < -2) {
						stunted.add(m);
					}
				}
			}
			history.add(h, h.getFacilitator(), facilitator, stunted, r);
			return h;
		}

		private HouseholdStatus status(SplittableRandom r) {
			double d = r.nextDouble();
			return d < 0.90 ? HouseholdStatus.ACTIVE
					: d < 0.93 ? HouseholdStatus.SUSPENDED
							: d < 0.96 ? HouseholdStatus.GRADUATED_NATURAL
									: d < 0.99 ? HouseholdStatus.GRADUATED_SELF_RELIANT : HouseholdStatus.CANCELLED;
		}

		/** PKH joined between 2012 and a year before today. */
		private LocalDate joined(SplittableRandom r) {
			LocalDate from = LocalDate.of(2012, 1, 1);
			long span = Math.max(1, today.minusYears(1).toEpochDay() - from.toEpochDay());
			return from.plusDays((long) (span * Math.sqrt(r.nextDouble())));
		}

		private int decile(SplittableRandom r) {
			double d = r.nextDouble();
			return d < 0.35 ? 1 : d < 0.65 ? 2 : d < 0.85 ? 3 : d < 0.95 ? 4 : 5;
		}
	}
}
