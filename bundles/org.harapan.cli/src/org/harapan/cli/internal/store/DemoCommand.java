package org.harapan.cli.internal.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.eclipse.core.runtime.SubMonitor;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.growth.GrowthReference;
import org.harapan.io.demo.DemoGenerator;
import org.harapan.io.demo.DemoSettings;
import org.harapan.io.demo.DemoStore;
import org.harapan.model.region.RegionDirectory;
import org.harapan.store.CaseStore;
import org.harapan.store.CaseStoreService;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code harapan demo}: builds a synthetic kabupaten of PKH households in the store. */
@Component(service = CliCommand.class)
public class DemoCommand implements CliCommand {

	@Reference
	private CaseStoreService stores;

	@Reference(target = "(harapan.reference.id=who2006)")
	private GrowthReference who2006;

	@Override
	public String name() {
		return "demo"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "fill the store with demo households of a kabupaten (default: Paser 64.01, 8,894 KPM)"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Stores.DB_USAGE + " [--region 64.01] [--households N] [--seed S] [--today yyyy-MM-dd]"; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) {
		StoreLocation location = Stores.location(context);
		String region = context.arguments().option("--region").orElse(DemoSettings.DEFAULT_REGION); //$NON-NLS-1$
		int households = context.arguments().option("--households") //$NON-NLS-1$
				.map(v -> Stores.positiveInt("--households", v)).orElse(DemoSettings.DEFAULT_HOUSEHOLDS); //$NON-NLS-1$
		long seed = context.arguments().option("--seed").map(v -> Stores.longValue("--seed", v)) //$NON-NLS-1$ //$NON-NLS-2$
				.orElse(DemoSettings.DEFAULT_SEED);
		LocalDate today = context.arguments().option("--today").map(DemoCommand::date).orElse(LocalDate.now()); //$NON-NLS-1$
		context.arguments().checkNoneLeft();
		if (!RegionDirectory.get().isKabupatenKota(region) || RegionDirectory.get().desaUnder(region).isEmpty()) {
			throw new UsageException("--region " + region + " is not a kabupaten/kota with known desa (e.g. 64.01 Paser, " //$NON-NLS-1$ //$NON-NLS-2$
					+ "18.07 Lampung Timur, 16.05 Musi Rawas, 31.71 Jakarta Pusat)"); //$NON-NLS-1$
		}
		if (today.isAfter(LocalDate.now())) {
			throw new UsageException("--today " + today + " is in the future"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		DemoSettings settings = new DemoSettings(RegionDirectory.normalize(region), households, seed, today);
		DemoGenerator generator = new DemoGenerator(settings, who2006);
		SubMonitor progress = context.progress(name(), 100);
		try (CaseStore store = Stores.open(stores, location, progress.split(5))) {
			DemoStore.Filled filled = DemoStore.fill(store, generator, progress.split(95));
			context.out().println(String.format(Locale.ROOT,
					"Demo data for %s %s (seed %d, as of %s, %d pendamping): %d households with %d members in %.1f s", //$NON-NLS-1$
					settings.regionCode(), RegionDirectory.get().name(settings.regionCode()), seed, today,
					settings.facilitators(), filled.households(), filled.members(), filled.millis() / 1000.0));
			context.out().println(String.format(Locale.ROOT, "Stored: %d new, %d updated, %d unchanged, %d refused; store %s", //$NON-NLS-1$
					filled.result().inserted(), filled.result().updated(), filled.result().unchanged(),
					filled.result().rejected().size(), location));
			filled.result().rejected().forEach(reason -> context.err().println("refused: " + reason)); //$NON-NLS-1$
			return filled.result().rejected().isEmpty() ? ExitCode.OK : ExitCode.REJECTED_INPUT;
		}
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new UsageException("--today needs a date yyyy-MM-dd, not '" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
