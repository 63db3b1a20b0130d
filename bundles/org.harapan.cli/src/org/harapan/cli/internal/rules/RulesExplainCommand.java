package org.harapan.cli.internal.rules;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.harapan.casework.Casework;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.model.CaseEvent;
import org.harapan.model.CaseEventKind;
import org.harapan.model.Household;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Fact;
import org.harapan.rules.Finding;
import org.harapan.rules.Period;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code harapan rules explain KPM_ID}: every decision about one household with its explanation. */
@Component(service = CliCommand.class)
public class RulesExplainCommand implements CliCommand {

	@Reference
	private RulesSupport support;

	@Override
	public String name() {
		return "rules"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "explain every decision of the rules about one household: rule set, rule, facts and records"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "explain KPM_ID [--date yyyy-MM-dd] [--lang id|en] " + CommandContext.DB_USAGE; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) {
		Optional<String> dateOption = context.arguments().option("--date"); //$NON-NLS-1$
		String lang = RulesSupport.language(context);
		StoreLocation location = context.storeLocation();
		List<String> words = context.arguments().positional();
		context.arguments().checkNoneLeft();
		if (words.size() != 2) {
			throw new UsageException("say which household, e.g. 'rules explain KPM-6401-000001'"); //$NON-NLS-1$
		}
		String kpmId = words.get(1);
		LocalDate date = RulesSupport.date("--date", dateOption, LocalDate.now()); //$NON-NLS-1$
		try (Casework cw = support.open(location, context.progress())) {
			long start = System.nanoTime();
			Optional<Household> h = cw.load(kpmId);
			if (h.isEmpty()) {
				context.err().println("harapan rules explain: no household " + kpmId + " in " + location); //$NON-NLS-1$ //$NON-NLS-2$
				return ExitCode.FAILURE;
			}
			Period period = support.engine().periodOf(date);
			Evaluation e = support.engine().evaluate(h.get(), date, period, support.scorer());
			long ms = (System.nanoTime() - start) / 1_000_000;
			print(context.out(), h.get(), e, lang);
			context.err().println("rules explain " + kpmId + ": " + e.findings().size() + " findings, loaded and evaluated in " //$NON-NLS-1$ //$NON-NLS-2$
					+ ms + " ms"); //$NON-NLS-1$
		}
		return ExitCode.OK;
	}

	static void print(PrintStream out, Household h, Evaluation e, String lang) {
		out.println("KPM " + h.getKpmId() + ", desa " + h.getDesaCode() + ", " + e.period() + ", evaluated at " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ e.date());
		for (Finding f : e.findings()) {
			out.println();
			out.println("[" + f.kind().word() + "] " + f.text().in(lang)); //$NON-NLS-1$ //$NON-NLS-2$
			out.println("    " + f.subject() + " = " + f.outcome() + (f.amountRp() == null ? "" : ", Rp " + f.amountRp()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ (f.member() == null ? "" : ", member " + f.memberNik())); //$NON-NLS-1$ //$NON-NLS-2$
			out.println("    by " + f.explanation().source()); //$NON-NLS-1$
			for (Fact fact : f.explanation().facts()) {
				out.println("    fact " + fact); //$NON-NLS-1$
			}
		}
		List<CaseEvent> recorded = h.getEvents().stream().filter(ev -> ev.getKind() == CaseEventKind.DECISION).toList();
		if (!recorded.isEmpty()) {
			out.println();
			out.println("Decisions recorded in the household file:"); //$NON-NLS-1$
			for (CaseEvent ev : recorded) {
				out.println("  " + ev.getWhen() + " by " + ev.getWho() + ", " + ev.getSource() + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						+ ("id".equals(lang) ? ev.getText() : ev.getTextEn())); //$NON-NLS-1$
			}
		}
	}
}
