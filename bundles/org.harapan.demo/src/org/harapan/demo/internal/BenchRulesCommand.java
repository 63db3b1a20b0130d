package org.harapan.demo.internal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.harapan.casework.GrowthScoring;
import org.harapan.casework.decisions.CaseloadEvaluator;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.demo.DemoGenerator;
import org.harapan.demo.DemoSettings;
import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.GrowthReference;
import org.harapan.model.Household;
import org.harapan.rules.FindingKind;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.RuleSet;
import org.harapan.store.HouseholdQuery;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code harapan bench rules}: evaluates the national and one regional rule set over generated demo households of
 * that region for one tahap (10,000 and the given number, default 100,000), in memory, and prints the times.
 */
@Component(service = CliCommand.class)
public class BenchRulesCommand implements CliCommand {

	@Reference
	private RuleEngine engine;

	@Reference
	private GrowthAssessor assessor;

	@Reference(target = "(harapan.reference.id=who2006)")
	private GrowthReference who2006;

	@Override
	public String name() {
		return "bench"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "benchmark the rules: national + one regional rule set over 10,000 and 100,000 demo households, one tahap"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "rules [--households N] [--region 18.07] [--year Y --tahap T]"; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) {
		int n = Math.max(1, context.arguments().count("--households").orElse(100_000)); //$NON-NLS-1$
		String region = context.arguments().option("--region").orElse("18.07"); //$NON-NLS-1$ //$NON-NLS-2$
		Optional<Integer> year = context.arguments().count("--year"); //$NON-NLS-1$
		Optional<Integer> tahap = context.arguments().count("--tahap"); //$NON-NLS-1$
		Period period = year.isPresent() && tahap.isPresent() ? engine.period(year.get(), tahap.get())
				: engine.periodOf(LocalDate.now());
		context.arguments().positional();
		context.arguments().checkNoneLeft();
		List<String> sets = engine.ruleSets().stream()
				.filter(s -> s.regionCode().isEmpty() || region.startsWith(s.regionCode())).map(RuleSet::id).toList();
		PrintStream out = context.out();
		out.println("bench rules: rule sets applying to " + region + ": " + sets + ", " + period); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		SubMonitor progress = context.progress("bench rules", 100); //$NON-NLS-1$
		List<Household> all = demoHouseholds(region, n, period.first(), progress.split(60));
		CaseloadEvaluator evaluator = new CaseloadEvaluator(engine, GrowthScoring.of(assessor));
		evaluate(out, evaluator, all.subList(0, Math.min(10_000, all.size())), period, "warm-up (JIT)"); //$NON-NLS-1$
		for (int size : new int[] { Math.min(10_000, n), n }) {
			evaluate(out, evaluator, all.subList(0, size), period, size + " households"); //$NON-NLS-1$
		}
		progress.done();
		out.println(String.format("bench rules: peak heap %,d MB", peakHeapMb())); //$NON-NLS-1$
		return ExitCode.OK;
	}

	private static void evaluate(PrintStream out, CaseloadEvaluator evaluator, List<Household> households,
			Period period, String label) {
		long[] counts = new long[3];
		long start = System.nanoTime();
		evaluator.evaluate((q, action, m) -> households.forEach(action), HouseholdQuery.all(), period.first(), period,
				(h, e) -> {
					counts[0]++;
					counts[1] += e.findings().size();
					counts[2] += e.of(FindingKind.AID).size() + e.of(FindingKind.REFERRAL).size();
				}, new NullProgressMonitor());
		long ms = (System.nanoTime() - start) / 1_000_000;
		out.println(String.format("bench rules: %s: %,d ms (%,d households/s), %,d findings, %,d aid/referral", //$NON-NLS-1$
				label, ms, counts[0] * 1000 / Math.max(1, ms), counts[1], counts[2]));
	}

	private static long peakHeapMb() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum / (1024 * 1024);
	}

	/** {@code n} generated demo households of {@code region} as of {@code today}. */
	private List<Household> demoHouseholds(String region, int n, LocalDate today, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Generating " + n + " demo households", n); //$NON-NLS-1$ //$NON-NLS-2$
		DemoSettings settings = new DemoSettings(region, n, DemoSettings.DEFAULT_SEED, today);
		List<Household> all = new ArrayList<>(n);
		for (Household h : new DemoGenerator(settings, who2006)) {
			all.add(h);
			progress.worked(1);
		}
		return all;
	}
}
