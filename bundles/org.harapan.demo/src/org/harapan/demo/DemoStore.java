package org.harapan.demo;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.harapan.casework.BulkResult;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.growth.GrowthReference;
import org.harapan.model.Household;
import org.harapan.store.StoreLocation;

/**
 * Puts demo data into a store: {@link #fill} for the {@code demo} command, {@link #ensure} for the first start
 * of the workbench on a fresh machine (the default store of the data folder is made from the Paser demo when it
 * does not exist yet).
 */
public final class DemoStore {

	private DemoStore() {
	}

	/**
	 * What {@link DemoStore#fill} did.
	 *
	 * @param result     what casework stored
	 * @param households households generated
	 * @param members    members generated
	 * @param millis     time taken (generating and storing)
	 */
	public record Filled(BulkResult result, long households, long members, long millis) {
	}

	/** Streams the generator's households into the store through casework, one tick of the monitor each. */
	public static Filled fill(Casework casework, DemoGenerator generator, IProgressMonitor monitor) {
		DemoSettings s = generator.settings();
		SubMonitor progress = SubMonitor.convert(monitor,
				"Demo data: " + s.households() + " households in " + s.regionCode(), s.households()); //$NON-NLS-1$ //$NON-NLS-2$
		progress.subTask(""); //$NON-NLS-1$
		long start = System.nanoTime();
		long[] counts = new long[2];
		Iterator<Household> counted = new Iterator<>() {
			private final Iterator<Household> source = new ProgressIterator<>(generator.iterator(), progress);

			@Override
			public boolean hasNext() {
				return source.hasNext();
			}

			@Override
			public Household next() {
				Household h = source.next();
				counts[0]++;
				counts[1] += h.getMembers().size();
				return h;
			}
		};
		try {
			BulkResult result = casework.saveAll(counted, "demo data (region " + s.regionCode() + ", seed " //$NON-NLS-1$ //$NON-NLS-2$
					+ s.seed() + ", as of " + s.today() + ")", new NullProgressMonitor()); //$NON-NLS-1$ //$NON-NLS-2$
			return new Filled(result, counts[0], counts[1], (System.nanoTime() - start) / 1_000_000);
		} finally {
			progress.done();
		}
	}

	/** Whether the store at {@code location} exists: an embedded H2 file that is there, or any server store. */
	public static boolean exists(StoreLocation location) {
		return location.embeddedFile().map(Files::exists).orElse(true);
	}

	/**
	 * Makes the default store of the data folder ({@link CaseworkService#defaultLocation()}) from the Paser demo
	 * ({@link DemoSettings#paser(LocalDate)}, as of today) when it does not exist yet; does nothing otherwise.
	 *
	 * @return what was stored, or empty when the store already existed
	 */
	public static Optional<Filled> ensure(CaseworkService caseworks, GrowthReference who2006,
			IProgressMonitor monitor) {
		return ensure(caseworks, who2006, DemoSettings.paser(LocalDate.now()), monitor);
	}

	/**
	 * Makes the default store of the data folder from the demo of {@code settings} (the first start's kabupaten:
	 * {@link DemoSettings#kabupaten(String, LocalDate)}) when it does not exist yet; does nothing otherwise.
	 *
	 * @return what was stored, or empty when the store already existed
	 */
	public static Optional<Filled> ensure(CaseworkService caseworks, GrowthReference who2006, DemoSettings settings,
			IProgressMonitor monitor) {
		StoreLocation location = caseworks.defaultLocation();
		if (exists(location)) {
			return Optional.empty();
		}
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		try (Casework casework = caseworks.open(location, progress.split(5))) {
			return Optional.of(fill(casework, new DemoGenerator(settings, who2006), progress.split(95)));
		}
	}

	/**
	 * Adds the demo of {@code settings}' kabupaten/kota to a store that holds no household of it (a first start's
	 * demo store when the user chooses another kabupaten than the one it was made for); does nothing when the store
	 * already holds households there.
	 *
	 * @return what was stored, or empty when the kabupaten was already in the store
	 */
	public static Optional<Filled> addKabupaten(Casework casework, GrowthReference who2006, DemoSettings settings,
			IProgressMonitor monitor) {
		String prefix = settings.regionCode() + "."; //$NON-NLS-1$
		if (casework.statistics().byKecamatan().keySet().stream().anyMatch(k -> k.startsWith(prefix))) {
			return Optional.empty();
		}
		return Optional.of(fill(casework, new DemoGenerator(settings, who2006), monitor));
	}
}
