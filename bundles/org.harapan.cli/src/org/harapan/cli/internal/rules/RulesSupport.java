package org.harapan.cli.internal.rules;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.GrowthScoring;
import org.harapan.casework.decisions.CaseloadEvaluator;
import org.harapan.cli.CommandContext;
import org.harapan.cli.UsageException;
import org.harapan.io.households.CsvOutput;
import org.harapan.growth.GrowthAssessor;
import org.harapan.model.Household;
import org.harapan.rules.Evaluation;
import org.harapan.rules.GrowthScorer;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.store.AuditEvent;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What the rule commands share: the engine, opening the casework, {@code --year/--tahap}, {@code --lang}, output. */
@Component(service = RulesSupport.class)
public class RulesSupport {

	static final String YEAR = "--year"; //$NON-NLS-1$
	static final String TAHAP = "--tahap"; //$NON-NLS-1$
	static final String LANG = "--lang"; //$NON-NLS-1$
	static final String OUT = "--out"; //$NON-NLS-1$

	@Reference
	private RuleEngine engine;

	@Reference
	private CaseworkService casework;

	RuleEngine engine() {
		return engine;
	}

	Casework open(StoreLocation location, IProgressMonitor monitor) {
		return casework.open(location, monitor);
	}

	@Reference
	private GrowthAssessor assessor;

	/** Z-scores for the rules, through the growth services (the same code path as the store's growth index). */
	GrowthScorer scorer() {
		return GrowthScoring.of(assessor);
	}

	CaseloadEvaluator evaluator(RuleEngine with) {
		return new CaseloadEvaluator(with, scorer());
	}

	/** What a caseload command writes for one household and its evaluation. */
	@FunctionalInterface
	interface Rows {
		void write(Household h, Evaluation e, CsvOutput out);
	}

	/** What a caseload command does once all households were written (e.g. record decisions), or nothing. */
	@FunctionalInterface
	interface Then {
		void run(Casework cw, SubMonitor progress);
	}

	/**
	 * Evaluates the households of {@code query} for {@code period} at {@code date} with {@code engine} and writes the
	 * lines {@code rows} makes into the CSV of {@code --out} (or standard output), with a progress line.
	 */
	void evaluateInto(CommandContext context, String task, StoreLocation location, HouseholdQuery query,
			LocalDate date, Period period, RuleEngine with, Optional<String> file, List<String> columns, Rows rows,
			Then then) throws IOException {
		SubMonitor progress = context.progress(task, 100);
		try (Casework cw = open(location, progress.split(5));
				CsvOutput out = output(context, file, columns)) {
			long[] households = new long[1];
			evaluator(with).evaluate(cw::forEach, query, date, period, (h, e) -> {
				rows.write(h, e, out);
				households[0]++;
			}, progress.split(then == null ? 95 : 35));
			cw.audit(AuditEvent.EXPORT, null, task + " " + period + " to " + file.orElse("standard output") + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ households[0] + " households" //$NON-NLS-1$
					+ (cw.access().scope().isAll() ? "" : " of " + cw.access().scope())); //$NON-NLS-1$ //$NON-NLS-2$
			if (then != null) {
				then.run(cw, progress.split(60));
			}
		}
	}

	/** {@code --desa CODE} and {@code --facilitator ID} as a query (all households when neither is given). */
	static HouseholdQuery query(CommandContext context) {
		HouseholdQuery query = HouseholdQuery.all();
		query = context.arguments().option("--desa").map(query::withDesa).orElse(query); //$NON-NLS-1$
		return context.arguments().option("--facilitator").map(query::withFacilitator).orElse(query); //$NON-NLS-1$
	}

	/** {@code --year Y --tahap T} by the national tahap calendar. */
	Period period(CommandContext context) {
		int year = bounded(YEAR, context.arguments().count(YEAR), 2000, 2100);
		int tahap = bounded(TAHAP, context.arguments().count(TAHAP), 1, 4);
		return engine.period(year, tahap);
	}

	static LocalDate date(String option, Optional<String> value, LocalDate otherwise) {
		if (value.isEmpty()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(value.get().trim());
		} catch (DateTimeParseException e) {
			throw new UsageException(option + " needs a date yyyy-MM-dd, not '" + value.get() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	static int bounded(String option, Optional<Integer> value, int min, int max) {
		int n = value.orElseThrow(() -> new UsageException("missing option " + option)); //$NON-NLS-1$
		if (n < min || n > max) {
			throw new UsageException(option + " must be " + min + "-" + max + ", not " + n); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return n;
	}

	/** {@code --lang id|en} (default en). */
	static String language(CommandContext context) {
		String lang = context.arguments().option(LANG).orElse("en").trim(); //$NON-NLS-1$
		if (!lang.equals("id") && !lang.equals("en")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new UsageException(LANG + " takes id or en, not '" + lang + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return lang;
	}

	/** A CSV writer on {@code out} (the value of {@code --out}), else on standard output. */
	static CsvOutput output(CommandContext context, Optional<String> out, List<String> columns) throws IOException {
		if (out.isPresent()) {
			return new CsvOutput(Path.of(out.get()), columns);
		}
		Writer w = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8) {
			@Override
			public void close() throws IOException {
				flush(); // never close standard output
			}
		};
		return new CsvOutput(w, columns);
	}

	/** Writes a CSV line from inside an evaluation sink. */
	static void row(CsvOutput out, Object... cells) {
		try {
			out.row(cells);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Where a summary line goes: stdout when the CSV went to a file, else stderr. */
	static java.io.PrintStream summary(CommandContext context, Optional<String> out) {
		return out.isPresent() ? context.out() : context.err();
	}
}
