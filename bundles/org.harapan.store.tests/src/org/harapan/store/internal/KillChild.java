package org.harapan.store.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.harapan.model.Household;
import org.harapan.store.BulkResult;
import org.harapan.store.SaveResult;
import org.harapan.store.StoreLocation;

/**
 * The process {@link KillTest} kills: plain Java (no OSGi) on a classpath of the bundles' class folders.
 * {@code import DB FROM COUNT CHUNK}: saves households FROM.. in transactions of CHUNK households and prints
 * {@code COMMITTED first last} after each commit. {@code save DB COUNT}: loads and saves households 0..COUNT-1
 * round after round and prints {@code SAVED id version round} after each commit ({@code save DB COUNT encrypted}: on
 * the encrypted store DB, password from {@code HARAPAN_PASSWORD}).
 */
public final class KillChild {

	/** The password of the encrypted store of {@link KillTest}. */
	static final String PASSWORD = "kata-sandi-uji"; //$NON-NLS-1$

	private KillChild() {
	}

	public static void main(String[] args) {
		String mode = args[0];
		JdbcCaseStoreService service = new JdbcCaseStoreService(Clock.systemDefaultZone());
		StoreLocation location = StoreLocation.embedded(Path.of(args[1]));
		if (mode.equals("save") && args.length > 3) { //$NON-NLS-1$
			location = service.unlock(location, System.getenv("HARAPAN_PASSWORD").toCharArray()); //$NON-NLS-1$
		}
		try (JdbcCaseStore store = service.openStore(location, null)) {
			System.out.println("OPEN"); //$NON-NLS-1$
			if (mode.equals("import")) { //$NON-NLS-1$
				importHouseholds(store, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
						LocalDate.parse(args[4]));
			} else {
				saveRounds(store, Integer.parseInt(args[2]));
			}
		}
	}

	private static void importHouseholds(JdbcCaseStore store, int count, int chunk, LocalDate today) {
		Fixtures fixtures = new Fixtures(today);
		store.setBatchSize(chunk);
		for (int from = 0; from < count; from += chunk) {
			List<Household> batch = new ArrayList<>(chunk);
			for (int n = from; n < from + chunk; n++) {
				batch.add(fixtures.household(n));
			}
			BulkResult result = store.saveAll(batch.iterator(), "import", "kill test", null); //$NON-NLS-1$ //$NON-NLS-2$
			if (result.inserted() != chunk) {
				throw new IllegalStateException(result.toString());
			}
			System.out.println("COMMITTED " + from + " " + (from + chunk - 1)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void saveRounds(JdbcCaseStore store, int count) {
		for (int round = 1;; round++) {
			for (int n = 0; n < count; n++) {
				Household h = store.load(Fixtures.kpmId(n)).orElseThrow();
				h.setAddress("round " + round); //$NON-NLS-1$
				SaveResult result = store.save(h, "saver", "round " + round); //$NON-NLS-1$ //$NON-NLS-2$
				if (!(result instanceof SaveResult.Saved saved)) {
					throw new IllegalStateException(result.toString());
				}
				System.out.println("SAVED " + h.getKpmId() + " " + saved.version() + " " + round); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}
}
