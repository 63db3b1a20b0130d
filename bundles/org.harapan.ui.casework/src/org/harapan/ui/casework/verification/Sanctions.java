package org.harapan.ui.casework.verification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.harapan.casework.decisions.Verifications;
import org.harapan.model.Household;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.rules.GrowthScorer;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.ui.cases.UiLanguage;

/**
 * The sanction the rules propose for a household in a verified month: the installed rule sets evaluated after the
 * month (the sanction ladder walks the months up to the one before the evaluation date), their sanction finding for
 * that month in the user's language.
 */
final class Sanctions {

	private Sanctions() {
	}

	/** The proposed sanction of {@code month} for {@code h} as it is, or a sentence saying there is none. */
	static String proposed(RuleEngine engine, GrowthScorer scorer, Household h, YearMonth month) {
		LocalDate after = month.plusMonths(1).atDay(1);
		Period period = engine.periodOf(after);
		Evaluation e = engine.evaluate(h, after, period, scorer);
		String subject = "sanction:" + month; //$NON-NLS-1$
		for (Finding f : e.of(FindingKind.SANCTION)) {
			if (subject.equals(f.subject())) {
				return f.text().in(UiLanguage.code());
			}
		}
		return NLS.bind(Messages.Sanction_None, MonthlyVerification.monthText(month));
	}

	/** The proposal for a copy of {@code stored} with the marks of {@code rows} (nothing is saved). */
	static String preview(RuleEngine engine, GrowthScorer scorer, Household stored, YearMonth month,
			List<VerificationRow> rows) {
		Household copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(stored);
		apply(copy, month, rows);
		return proposed(engine, scorer, copy, month);
	}

	/** Records the marked rows of one household in it; {@code true} when anything changed. */
	static boolean apply(Household h, YearMonth month, List<VerificationRow> rows) {
		boolean changed = false;
		for (VerificationRow r : rows) {
			if (r.status() != null && r.kpmId().equals(h.getKpmId())) {
				changed |= Verifications.record(h, month, r.line().memberNik(), r.conditionality(), r.status(),
						r.evidence());
			}
		}
		return changed;
	}
}
