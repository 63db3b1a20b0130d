package org.harapan.demo.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.eclipse.core.runtime.SubMonitor;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.demo.DemoGenerator;
import org.harapan.demo.DemoSettings;
import org.harapan.demo.DemoStore;
import org.harapan.growth.GrowthReference;
import org.harapan.model.region.RegionDirectory;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code harapan demo}: builds a synthetic kabupaten of PKH households in the store, through casework. */
@Component(service = CliCommand.class)
public class DemoCommand implements CliCommand {

	@Reference
	private CaseworkService caseworks;

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
		return CommandContext.DB_USAGE + " [--region 64.01] [--households N] [--seed S] [--today yyyy-MM-dd]"; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) {
		StoreLocation location = context.storeLocation();
		String region = context.arguments().option("--region").orElse(DemoSettings.DEFAULT_REGION); //$NON-NLS-1$
		int households = context.arguments().count("--households").orElse(DemoSettings.DEFAULT_HOUSEHOLDS); //$NON-NLS-1$
		long seed = context.arguments().number("--seed").orElse(DemoSettings.DEFAULT_SEED); //$NON-NLS-1$
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
		try (Casework casework = caseworks.open(location, progress.split(5))) {
			DemoStore.Filled filled = DemoStore.fill(casework, generator, progress.split(95));
			context.out().println(String.format(Locale.ROOT,
					"Demo data for %s %s (seed %d, as of %s, %d pendamping): %d households with %d members in %.1f s", //$NON-NLS-1$
					settings.regionCode(), RegionDirectory.get().name(settings.regionCode()), seed, today,
					settings.facilitators(), filled.households(), filled.members(), filled.millis() / 1000.0));
			context.out().println(String.format(Locale.ROOT, "Stored: %d new, %d updated, %d unchanged, %d refused; store %s", //$NON-NLS-1$
					filled.result().inserted(), filled.result().updated(), filled.result().unchanged(),
					filled.result().rejected().size(), location));
			filled.result().messages("en").forEach(reason -> context.err().println("refused: " + reason)); //$NON-NLS-1$ //$NON-NLS-2$
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
