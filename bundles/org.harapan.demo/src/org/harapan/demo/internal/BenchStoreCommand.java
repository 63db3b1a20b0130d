package org.harapan.demo.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.eclipse.core.runtime.SubMonitor;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.growth.GrowthReference;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.ChangeResult;
import org.harapan.demo.DemoGenerator;
import org.harapan.demo.DemoSettings;
import org.harapan.demo.DemoStore;
import org.harapan.model.region.RegionDirectory;
import org.harapan.store.ChildQuery;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code harapan bench store}: the store's figures on demo data (Paser desa, default 100,000 households) in a
 * fresh embedded H2 store (or {@code --db}), all through casework: import rate, reading every household (the
 * stream rule evaluation uses), load-one and save-one medians, the "stunted children under five in one kecamatan"
 * query, peak heap.
 */
@Component(service = CliCommand.class)
public class BenchStoreCommand implements CliCommand {

	private static final int SAMPLES = 500;

	@Reference
	private CaseworkService caseworks;

	@Reference(target = "(harapan.reference.id=who2006)")
	private GrowthReference who2006;

	@Override
	public String name() {
		return "bench"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "benchmark the store on demo data: import, read all, load, save, stunting query, peak heap"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "store [--households N] " + CommandContext.DB_USAGE; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) throws IOException {
		int households = context.arguments().count("--households").orElse(100_000); //$NON-NLS-1$
		var db = context.arguments().option(CommandContext.DB);
		List<String> words = context.arguments().positional();
		context.arguments().checkNoneLeft();
		if (!words.equals(List.of("store"))) { //$NON-NLS-1$
			throw new UsageException("say what to benchmark: 'bench store'"); //$NON-NLS-1$
		}
		return onStore(db, "harapan-bench", location -> bench(context, location, households)); //$NON-NLS-1$
	}

	/** A benchmark on a store. */
	interface StoreBench {
		int run(StoreLocation location);
	}

	/** Runs {@code bench} on {@code --db}, or on a fresh embedded store in a temporary folder deleted after it. */
	static int onStore(Optional<String> db, String folderPrefix, StoreBench bench) throws IOException {
		Path temp = db.isPresent() ? null : Files.createTempDirectory(folderPrefix);
		StoreLocation location = db.map(StoreLocation::parse)
				.orElseGet(() -> StoreLocation.embedded(temp.resolve("bench"))); //$NON-NLS-1$
		try {
			return bench.run(location);
		} finally {
			if (temp != null) {
				delete(temp);
			}
		}
	}

	private int bench(CommandContext context, StoreLocation location, int households) {
		PrintStream out = context.out();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		System.gc();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long gcBefore = gcMillis();
		LocalDate today = LocalDate.now();
		DemoGenerator generator = new DemoGenerator(DemoSettings.paser(today).withHouseholds(households), who2006);
		SubMonitor progress = context.progress(name(), 100);
		try (Casework store = caseworks.open(location, progress.split(2))) {
			out.println("Store: " + store.info().location() + " (" + store.info().product() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			DemoStore.Filled filled = DemoStore.fill(store, generator, progress.split(90));
			out.println(String.format(Locale.ROOT, "import (demo) of %d households, %d members: %.1f s, %.0f households/s", //$NON-NLS-1$
					filled.households(), filled.members(), filled.millis() / 1000.0,
					filled.households() * 1000.0 / Math.max(1, filled.millis())));
			if (!filled.result().rejected().isEmpty()) {
				out.println("  refused: " + filled.result().rejected().size() + ", first: " //$NON-NLS-1$ //$NON-NLS-2$
						+ filled.result().rejected().get(0).message("en")); //$NON-NLS-1$
			}
			long[] read = new long[2];
			long readStart = System.nanoTime();
			store.forEachHousehold(h -> {
				read[0]++;
				read[1] += h.getMembers().size();
			}, null);
			double readSeconds = (System.nanoTime() - readStart) / 1e9;
			out.println(String.format(Locale.ROOT, "read every household (casework forEach): %d households, %d members in %.1f s, %.0f households/s", //$NON-NLS-1$
					read[0], read[1], readSeconds, read[0] / Math.max(1e-9, readSeconds)));
			SplittableRandom random = new SplittableRandom(7);
			double load = median(SAMPLES, () -> store.load(generator.kpmId(random.nextInt(households))));
			out.println(String.format(Locale.ROOT, "load one household: median %.2f ms (%d samples)", load, SAMPLES)); //$NON-NLS-1$
			double save = medianOf(SAMPLES, () -> {
				String id = generator.kpmId(random.nextInt(households));
				long start = System.nanoTime();
				ChangeResult result = store.change(id, "address changed", h -> h.setAddress(h.getAddress() + ".")); //$NON-NLS-1$ //$NON-NLS-2$
				if (result.outcome() != ChangeResult.Outcome.SAVED) {
					throw new IllegalStateException("bench save refused: " + result.message("en")); //$NON-NLS-1$ //$NON-NLS-2$
				}
				return System.nanoTime() - start;
			});
			out.println(String.format(Locale.ROOT, "change one household (load, change, validate, save): median %.2f ms (%d samples)", save, SAMPLES)); //$NON-NLS-1$
			String kecamatan = store.statistics().byKecamatan().entrySet().stream()
					.filter(e -> e.getKey() != null).max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
					.orElse(DemoSettings.DEFAULT_REGION + ".01"); //$NON-NLS-1$
			ChildQuery query = ChildQuery.under5In(kecamatan, today).stunted();
			int[] found = new int[1];
			double stunted = median(11, () -> found[0] = store.findChildren(query).size());
			out.println(String.format(Locale.ROOT, "query stunted children under 5 in kecamatan %s %s: %d children, median %.1f ms", //$NON-NLS-1$
					kecamatan, RegionDirectory.get().name(kecamatan), found[0], stunted));
		}
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		out.println(String.format(Locale.ROOT, "peak heap: %d MB (sum of heap pool peaks; max heap %d MB), GC %d ms", //$NON-NLS-1$
				peak >> 20, Runtime.getRuntime().maxMemory() >> 20, gcMillis() - gcBefore));
		return ExitCode.OK;
	}

	static double median(int samples, Runnable task) {
		return medianOf(samples, () -> {
			long start = System.nanoTime();
			task.run();
			return System.nanoTime() - start;
		});
	}

	/** Median in ms of {@code samples} runs of {@code timed}, which returns the nanoseconds it measured. */
	static double medianOf(int samples, java.util.function.LongSupplier timed) {
		long[] nanos = new long[samples];
		for (int i = 0; i < samples; i++) {
			nanos[i] = timed.getAsLong();
		}
		Arrays.sort(nanos);
		return nanos[samples / 2] / 1e6;
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream()
				.mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
	}

	static void delete(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
