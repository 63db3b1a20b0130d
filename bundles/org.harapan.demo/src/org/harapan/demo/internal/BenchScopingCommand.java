package org.harapan.demo.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.SubMonitor;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.ChangeResult;
import org.harapan.casework.UserSession;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.Passwords;
import org.harapan.cli.UsageException;
import org.harapan.demo.DemoGenerator;
import org.harapan.demo.DemoSettings;
import org.harapan.demo.DemoStore;
import org.harapan.growth.GrowthReference;
import org.harapan.model.HouseholdStatus;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSummary;
import org.harapan.store.StoreLocation;
import org.harapan.store.UserRole;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code harapan bench scoping}: the cost of the access checks on demo data (Paser, default 100,000 households) in a
 * fresh embedded store or an empty {@code --db} (on PostgreSQL with its row-level security): the caseload query (first page, capped count, search as you type) and a change of one
 * household, for the single user of a store without users, an administrator (unrestricted), a district supervisor
 * (the kabupaten) and a case worker (the largest desa).
 */
@Component(service = CliCommand.class)
public class BenchScopingCommand implements CliCommand {

	private static final int SAMPLES = 200;
	private static final String PASSWORD = "bench-password"; //$NON-NLS-1$
	/** What a user types into the caseload search: parts of names. */
	private static final List<String> SEARCHES = List.of("an", "ar", "is", "ma", "ri", "su", "di", "ni", "ya", "ah", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"sri", "wati", "budi", "nur"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@Reference
	private CaseworkService caseworks;

	@Reference
	private UserSession session;

	@Reference(target = "(harapan.reference.id=who2006)")
	private GrowthReference who2006;

	@Override
	public String name() {
		return "bench"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "benchmark the access checks: caseload query and save with and without desa scoping"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "scoping [--households N] [--db EMPTY-STORE]"; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) throws IOException {
		int households = context.arguments().count("--households").orElse(100_000); //$NON-NLS-1$
		var db = context.arguments().option(CommandContext.DB);
		List<String> words = context.arguments().positional();
		context.arguments().checkNoneLeft();
		if (!words.equals(List.of("scoping"))) { //$NON-NLS-1$
			throw new UsageException("say what to benchmark: 'bench scoping'"); //$NON-NLS-1$
		}
		try {
			return BenchStoreCommand.onStore(db, "harapan-bench-scoping", location -> bench(context, location, households)); //$NON-NLS-1$
		} finally {
			session.setUser(null);
			session.setPasswordSource(Passwords::of);
		}
	}

	private int bench(CommandContext context, StoreLocation location, int households) {
		PrintStream out = context.out();
		DemoGenerator generator = new DemoGenerator(DemoSettings.paser(LocalDate.now()).withHouseholds(households),
				who2006);
		SubMonitor progress = context.progress(name(), 100);
		session.setUser("bench"); //$NON-NLS-1$
		session.setPasswordSource(user -> PASSWORD.toCharArray());
		String desa;
		try (Casework single = caseworks.open(location, progress.split(2))) {
			DemoStore.Filled filled = DemoStore.fill(single, generator, progress.split(90));
			out.println(String.format(Locale.ROOT, "%d households in %s (%s)", filled.households(), //$NON-NLS-1$
					single.info().location(), single.info().product()));
			desa = single.statistics().byDesa().entrySet().stream().max(Map.Entry.comparingByValue())
					.map(Map.Entry::getKey).orElseThrow();
			out.println(String.format(Locale.ROOT, "%-34s %10s %10s %10s %10s %10s", "session (households seen)", //$NON-NLS-1$ //$NON-NLS-2$
					"login ms", "page ms", "count ms", "search ms", "change ms")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			row(new PrintStream(java.io.OutputStream.nullOutputStream()), "warm-up", single, 0); //$NON-NLS-1$
			row(out, "single user, no login", single, 0); //$NON-NLS-1$
			single.users().add("admin", UserRole.ADMINISTRATOR, Set.of(), PASSWORD.toCharArray()); //$NON-NLS-1$
			single.users().add("supervisor", UserRole.DISTRICT_SUPERVISOR, Set.of(DemoSettings.DEFAULT_REGION), //$NON-NLS-1$
					PASSWORD.toCharArray());
			single.users().add("worker", UserRole.CASE_WORKER, Set.of(desa), PASSWORD.toCharArray()); //$NON-NLS-1$
		}
		for (String user : List.of("admin", "supervisor", "worker")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			session.setUser(user);
			long start = System.nanoTime();
			try (Casework casework = caseworks.open(location, progress.split(2))) {
				double login = (System.nanoTime() - start) / 1e6;
				row(out, user + " " + casework.access().scope(), casework, login); //$NON-NLS-1$
			}
		}
		out.println("worker: case worker of desa " + desa + "; page: 50 households at a random offset in KPM order; " //$NON-NLS-1$ //$NON-NLS-2$
				+ "count: households of a status, capped at 10,000; search: a part of a name, first 50; change: load, " //$NON-NLS-1$
				+ "change, check, validate, save; medians of " + SAMPLES); //$NON-NLS-1$
		return ExitCode.OK;
	}

	private static void row(PrintStream out, String label, Casework casework, double loginMillis) {
		long seen = casework.count(HouseholdQuery.all());
		SplittableRandom pick = new SplittableRandom(5);
		HouseholdStatus[] statuses = HouseholdStatus.values();
		// varied queries, so that no answer comes from H2's cache of the previous identical query
		double first = BenchStoreCommand.median(SAMPLES, () -> casework.find(
				HouseholdQuery.all().withPage(pick.nextInt((int) Math.max(1, Math.min(seen, 5_000) - 50)), 50)));
		double count = BenchStoreCommand.median(SAMPLES, () -> casework.count(
				HouseholdQuery.all().withStatus(statuses[pick.nextInt(statuses.length)]), 10_000));
		double search = BenchStoreCommand.median(SAMPLES, () -> casework.find(HouseholdQuery.all()
				.withText(SEARCHES.get(pick.nextInt(SEARCHES.size()))).withLimit(50)));
		List<String> ids = casework.find(HouseholdQuery.all().withLimit(2_000)).stream().map(HouseholdSummary::kpmId)
				.toList();
		SplittableRandom random = new SplittableRandom(11);
		double change = BenchStoreCommand.medianOf(SAMPLES, () -> {
			String id = ids.get(random.nextInt(ids.size()));
			long start = System.nanoTime();
			ChangeResult r = casework.change(id, "bench", h -> h.setAddress(h.getAddress() + ".")); //$NON-NLS-1$ //$NON-NLS-2$
			if (r.outcome() != ChangeResult.Outcome.SAVED) {
				throw new IllegalStateException("bench save refused: " + r.message("en")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return System.nanoTime() - start;
		});
		out.println(String.format(Locale.ROOT, "%-34s %10.1f %10.2f %10.2f %10.2f %10.2f", //$NON-NLS-1$
				label + " (" + seen + ")", loginMillis, first, count, search, change)); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
