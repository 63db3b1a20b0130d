package org.harapan.cli.internal.growth;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.Indicator;
import org.harapan.growth.Measured;
import org.harapan.growth.ScoreSheet;
import org.harapan.io.anthro.AnthroCsv;
import org.harapan.io.anthro.AnthroSample;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code harapan bench growth [--rows N]}: end-to-end rows/s of the anthro CSV batch on a generated N-row survey
 * file with the realistic mix of {@link AnthroSample#writeRealistic} (the first run in this JVM, then a second),
 * then on clean rows for comparison, in-process children/s of the 4 main indicators on one thread, and the peak
 * heap of the CSV runs.
 */
@Component(service = CliCommand.class)
public class BenchCommand implements CliCommand {

	private static final int CHILDREN = 1_000_000;
	private static final int ROUNDS = 8;

	@Reference
	private GrowthAssessor assessor;

	@Override
	public String name() {
		return "bench"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "measure the growth engine: children/s in-process, rows/s of ./harapan anthro, peak heap"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "growth [--rows N] (default 1000000)"; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) throws Exception {
		long rows = context.arguments().option("--rows").map(BenchCommand::count).orElse(1_000_000L); //$NON-NLS-1$
		List<String> words = context.arguments().positional();
		context.arguments().checkNoneLeft();
		if (words.size() != 1 || !words.get(0).equals("growth")) { //$NON-NLS-1$
			throw new UsageException("say what to measure: bench growth"); //$NON-NLS-1$
		}
		PrintStream out = context.out();
		out.println(String.format(Locale.ROOT, "Java %s, %d processors, max heap %d MB", Runtime.version(), //$NON-NLS-1$
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
		Path dir = Files.createTempDirectory("harapan-bench"); //$NON-NLS-1$
		try {
			Path input = dir.resolve("survey.csv"); //$NON-NLS-1$
			context.err().println("generating " + rows + " realistic rows in " + input); //$NON-NLS-1$ //$NON-NLS-2$
			AnthroSample.writeRealistic(input, rows, 42);
			out.println(String.format(Locale.ROOT, "realistic input: %d rows, %.1f MB (ages 0-19 years, ~5%% missing weight or height, 2%% oedema, muac on most rows, NA, implausible values)", //$NON-NLS-1$
					rows, Files.size(input) / 1e6));
			csv(out, "realistic, first run ", input, dir.resolve("out1.csv")); //$NON-NLS-1$ //$NON-NLS-2$
			csv(out, "realistic, second run", input, dir.resolve("out2.csv")); //$NON-NLS-1$ //$NON-NLS-2$
			Files.delete(input);
			Path clean = dir.resolve("clean.csv"); //$NON-NLS-1$
			AnthroSample.write(clean, rows, 42);
			csv(out, "clean rows only (for comparison)", clean, dir.resolve("out3.csv")); //$NON-NLS-1$ //$NON-NLS-2$
			inProcess(out);
		} finally {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			}
		}
		return ExitCode.OK;
	}

	private void csv(PrintStream out, String label, Path input, Path output) throws IOException {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		AnthroCsv.Summary summary = AnthroCsv.process(input, output, assessor, AnthroCsv.Options.none());
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		out.println(String.format(Locale.ROOT, "anthro CSV end to end, %s: %,.0f rows/s (%d rows in %.2f s, %d with a reason, output %.1f MB), peak heap %d MB", //$NON-NLS-1$
				label, summary.rowsPerSecond(), summary.rows(), summary.nanos() / 1e9, summary.withReason(),
				Files.size(output) / 1e6,
				peak >> 20));
		Files.delete(output);
	}

	/** The 4 main indicators of generated children 0-60 months through the assessor service, one thread. */
	private void inProcess(PrintStream out) {
		SplittableRandom rnd = new SplittableRandom(42);
		int[] sex = new int[CHILDREN];
		double[] age = new double[CHILDREN];
		double[] kg = new double[CHILDREN];
		double[] cm = new double[CHILDREN];
		Measured[] how = new Measured[CHILDREN];
		for (int i = 0; i < CHILDREN; i++) {
			sex[i] = 1 + rnd.nextInt(2);
			age[i] = rnd.nextInt(1827);
			double months = age[i] / 30.4375;
			cm[i] = 50 + 1.6 * months - 0.009 * months * months + rnd.nextGaussian() * 3;
			kg[i] = 3.3 + 0.35 * months - 0.0025 * months * months + rnd.nextGaussian();
			how[i] = age[i] < 731 ? Measured.LYING : Measured.STANDING;
		}
		ScoreSheet sheet = new ScoreSheet().mask(Indicator.MAIN);
		double best = 0;
		double first = 0;
		double sink = 0;
		for (int round = 0; round < ROUNDS; round++) {
			long t0 = System.nanoTime();
			for (int i = 0; i < CHILDREN; i++) {
				sheet.set(sex[i], age[i], kg[i], cm[i], how[i], false);
				assessor.compute(sheet);
				sink += sheet.z(Indicator.WEIGHT_FOR_AGE) + sheet.z(Indicator.LENGTH_HEIGHT_FOR_AGE)
						+ sheet.z(sheet.wflOrWfh()) + sheet.z(Indicator.BMI_FOR_AGE);
			}
			double rate = CHILDREN / ((System.nanoTime() - t0) / 1e9);
			first = round == 0 ? rate : first;
			best = Math.max(best, rate);
		}
		out.println(String.format(Locale.ROOT, "in-process, 4 main indicators, one thread: %,.0f children/s (best of %d rounds of %,d; first round %,.0f)%s", //$NON-NLS-1$
				best, ROUNDS, CHILDREN, first, sink == 42.4242 ? " " : "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static long count(String text) {
		try {
			long n = Long.parseLong(text.replace("_", "")); //$NON-NLS-1$ //$NON-NLS-2$
			if (n < 1) {
				throw new UsageException("--rows must be at least 1"); //$NON-NLS-1$
			}
			return n;
		} catch (NumberFormatException e) {
			throw new UsageException("--rows needs a number, not '" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
