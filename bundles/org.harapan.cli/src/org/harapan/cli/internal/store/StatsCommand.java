package org.harapan.cli.internal.store;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.region.RegionDirectory;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.store.StoreInfo;
import org.harapan.store.StoreStatistics;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code harapan stats}: households by status and by kecamatan and desa, with the region names. */
@Component(service = CliCommand.class)
public class StatsCommand implements CliCommand {

	@Reference
	private CaseworkService caseworks;

	@Override
	public String name() {
		return "stats"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "count the households of the store by status, kecamatan and desa"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return CommandContext.DB_USAGE;
	}

	@Override
	public int run(CommandContext context) {
		var location = context.storeLocation();
		context.arguments().checkNoneLeft();
		try (Casework store = caseworks.open(location, context.progress())) {
			StoreInfo info = store.info();
			StoreStatistics stats = store.statistics();
			PrintStream out = context.out();
			out.println("Store: " + info.location() + " (" + info.product() + ", schema " + info.schemaVersion() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			out.println("Households (KPM): " + stats.households() + ", members: " + stats.members()); //$NON-NLS-1$ //$NON-NLS-2$
			out.println();
			out.println("By status:"); //$NON-NLS-1$
			for (HouseholdStatus status : HouseholdStatus.VALUES) {
				out.println(String.format("  %-22s %8d", status.getLiteral(), //$NON-NLS-1$
						stats.byStatus().getOrDefault(status.getLiteral(), 0L)));
			}
			out.println();
			out.println("By kecamatan and desa:"); //$NON-NLS-1$
			RegionDirectory regions = RegionDirectory.get();
			TreeMap<String, Long> desa = (TreeMap<String, Long>) sorted(stats.byDesa());
			for (Map.Entry<String, Long> k : sorted(stats.byKecamatan()).entrySet()) {
				out.println(String.format("  %-16s %-30s %8d", k.getKey(), name(regions, k.getKey()), k.getValue())); //$NON-NLS-1$
				for (Map.Entry<String, Long> d : desa.subMap(k.getKey() + ".", k.getKey() + "/").entrySet()) { //$NON-NLS-1$ //$NON-NLS-2$
					out.println(String.format("    %-14s %-30s %8d", d.getKey(), name(regions, d.getKey()), d.getValue())); //$NON-NLS-1$
				}
			}
			return ExitCode.OK;
		}
	}

	/** Ordered by code; a household without region is counted under "-". */
	private static Map<String, Long> sorted(Map<String, Long> counts) {
		Map<String, Long> sorted = new TreeMap<>();
		counts.forEach((code, n) -> sorted.merge(code == null ? "-" : code, n, Long::sum)); //$NON-NLS-1$
		return sorted;
	}

	private static String name(RegionDirectory regions, String code) {
		String name = code == null ? null : regions.name(code);
		return name == null ? "(unknown region)" : name; //$NON-NLS-1$
	}
}
