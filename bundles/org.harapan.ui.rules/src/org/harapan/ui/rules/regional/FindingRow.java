package org.harapan.ui.rules.regional;

import java.util.List;

import org.harapan.rules.Fact;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;

/**
 * One finding of a caseload run as the findings view keeps it: the words of the finding without the household's
 * object graph (a kabupaten gives tens of thousands of them).
 */
record FindingRow(String kpmId, String desaCode, String ruleSetId, String ruleSetVersion, String ruleId,
		FindingKind kind, String outcome, String memberNik, Long amountRp, String text, List<String> facts) {

	static FindingRow of(String kpmId, String desaCode, Finding f, String language) {
		return new FindingRow(kpmId, desaCode, f.ruleSetId(), f.explanation().ruleSetVersion(),
				f.explanation().ruleId(), f.kind(), f.outcome(), f.memberNik(), f.amountRp(), f.text().in(language),
				f.explanation().facts().stream().map(FindingRow::fact).toList());
	}

	private static String fact(Fact fact) {
		return fact.source() == null || fact.source().isEmpty()
				? org.eclipse.osgi.util.NLS.bind(Messages.Fact, fact.name(), fact.value())
				: org.eclipse.osgi.util.NLS.bind(Messages.FactWithRecord,
						new Object[] { fact.name(), fact.value(), fact.source() });
	}
}
