package org.harapan.cli.internal.growth;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.growth.AgeLimit;
import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.ReferenceTableService;
import org.harapan.io.anthro.AnthroCsv;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code harapan anthro}: WHO-Anthro-compatible z-scores, flags and Permenkes categories for every row of a CSV,
 * and optionally prevalence estimates, through the {@link GrowthAssessor} service.
 */
@Component(service = CliCommand.class)
public class AnthroCommand implements CliCommand {

	private static final int PROGRESS_UNITS = 1000;

	@Reference
	private GrowthAssessor assessor;

	@Reference
	private ReferenceTableService tables;

	@Override
	public String name() {
		return "anthro"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "z-scores, WHO flags and Permenkes categories for a CSV of measurements (WHO Anthro compatible), prevalence"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "--input IN.csv --output OUT.csv [--age-limit 60|1856] [--reference DIR] [--prevalence OUT.csv] [--by COLUMN] [--cluster COLUMN]"; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) throws Exception {
		Path input = Path.of(context.arguments().required("--input")); //$NON-NLS-1$
		Path output = Path.of(context.arguments().required("--output")); //$NON-NLS-1$
		Path reference = context.arguments().option("--reference").map(Path::of).orElse(null); //$NON-NLS-1$
		Path prevalence = context.arguments().option("--prevalence").map(Path::of).orElse(null); //$NON-NLS-1$
		String by = context.arguments().option("--by").orElse(null); //$NON-NLS-1$
		String cluster = context.arguments().option("--cluster").orElse(null); //$NON-NLS-1$
		String limitText = context.arguments().option("--age-limit").orElse(null); //$NON-NLS-1$
		context.arguments().checkNoneLeft();
		AgeLimit ageLimit = limitText == null ? AgeLimit.UNDER_60_MONTHS : AgeLimit.ofOption(limitText);
		if (ageLimit == null) {
			throw new UsageException("--age-limit takes 60 (months, WHO anthro, the default) or 1856 (days, WHO igrowup), not '" //$NON-NLS-1$
					+ limitText + "'"); //$NON-NLS-1$
		}
		if (prevalence == null && (by != null || cluster != null)) {
			throw new UsageException("--by and --cluster need --prevalence OUT.csv"); //$NON-NLS-1$
		}
		if (!Files.isRegularFile(input)) {
			context.err().println("harapan anthro: no such file: " + input); //$NON-NLS-1$
			return ExitCode.FAILURE;
		}
		if (Files.exists(output) && Files.isSameFile(input, output)) {
			throw new UsageException("--output must not be the input file"); //$NON-NLS-1$
		}
		GrowthAssessor use = assessor;
		if (reference != null || ageLimit != AgeLimit.UNDER_60_MONTHS) {
			use = tables.assessor(reference, ageLimit);
		}
		if (reference != null) {
			context.err().println("Reference tables for this run: " + reference.toAbsolutePath().normalize()); //$NON-NLS-1$
		}
		if (ageLimit == AgeLimit.UP_TO_1856_DAYS) {
			context.err().println("Age limit for this run: WHO 2006 to 1856 days, WHO 2007 from 1857 days (igrowup)"); //$NON-NLS-1$
		}
		IProgressMonitor monitor = context.progress();
		monitor.beginTask("anthro " + input.getFileName(), PROGRESS_UNITS); //$NON-NLS-1$
		int[] shown = { 0 };
		AnthroCsv.Options options = new AnthroCsv.Options(prevalence, by, cluster, (rows, read, total) -> {
			int units = total <= 0 ? 0 : (int) Math.min(PROGRESS_UNITS, PROGRESS_UNITS * read / total);
			if (units > shown[0]) {
				monitor.worked(units - shown[0]);
				shown[0] = units;
			}
			monitor.subTask(rows + " rows"); //$NON-NLS-1$
		});
		AnthroCsv.Summary summary;
		try {
			summary = AnthroCsv.process(input, output, use, options);
		} catch (IllegalArgumentException e) {
			// the file itself is refused (a missing or duplicated column, broken quoting): rejected input, not a failure
			monitor.done();
			context.err().println("harapan anthro: " + e.getMessage()); //$NON-NLS-1$
			return ExitCode.REJECTED_INPUT;
		}
		monitor.done();
		context.out().println(summary.line());
		context.out().println("Output: " + output.toAbsolutePath().normalize()); //$NON-NLS-1$
		if (prevalence != null) {
			context.out().println("Prevalence: " + prevalence.toAbsolutePath().normalize()); //$NON-NLS-1$
		}
		long unassessed = summary.rows() - summary.assessed();
		if (unassessed > 0) {
			context.err().println(unassessed + " rows got no z-score at all; the reason column says why"); //$NON-NLS-1$
			return ExitCode.REJECTED_INPUT;
		}
		return ExitCode.OK;
	}
}
