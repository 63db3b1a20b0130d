package org.harapan.casework.decisions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.harapan.model.Household;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;

/**
 * A decision that a changed rule set or programme would change for a household (a dry run): benefit, sanction, aid
 * or referral, before and after, with both explanations.
 */
public record DryRunLine(String kpmId, String desaCode, String kind, String subject, String memberNik,
		String before, String after, long amountBefore, long amountAfter, String explanationBefore,
		String explanationAfter) {

	public static final List<String> COLUMNS = List.of("kpm_id", "desa_code", "kind", "subject", "member_nik", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"before", "after", "amount_before", "amount_after", "explanation_before", "explanation_after"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	static final Set<FindingKind> COMPARED = EnumSet.of(FindingKind.BENEFIT, FindingKind.SANCTION, FindingKind.AID,
			FindingKind.REFERRAL);

	/** The decisions that differ between {@code before} and {@code after}. */
	public static List<DryRunLine> compare(Household h, Evaluation before, Evaluation after, String language) {
		Map<String, Finding> a = index(before);
		Map<String, Finding> b = index(after);
		List<DryRunLine> lines = new ArrayList<>();
		for (Map.Entry<String, Finding> e : a.entrySet()) {
			Finding x = e.getValue();
			Finding y = b.get(e.getKey());
			if (y == null || !Objects.equals(x.outcome(), y.outcome()) || !Objects.equals(x.amountRp(), y.amountRp())
					|| !x.text().en().equals(y.text().en())) { // e.g. a changed duration of the same aid
				lines.add(line(h, x, y, language));
			}
		}
		for (Map.Entry<String, Finding> e : b.entrySet()) {
			if (!a.containsKey(e.getKey())) {
				lines.add(line(h, null, e.getValue(), language));
			}
		}
		return lines;
	}

	private static DryRunLine line(Household h, Finding x, Finding y, String language) {
		Finding any = x != null ? x : y;
		return new DryRunLine(h.getKpmId(), h.getDesaCode(), any.kind().word(), any.subject(), any.memberNik(),
				x == null ? "-" : x.outcome(), y == null ? "-" : y.outcome(), amount(x), amount(y), //$NON-NLS-1$ //$NON-NLS-2$
				x == null ? "" : x.text().in(language), y == null ? "" : y.text().in(language)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static long amount(Finding f) {
		return f == null || f.amountRp() == null ? 0 : f.amountRp();
	}

	private static Map<String, Finding> index(Evaluation e) {
		Map<String, Finding> m = new LinkedHashMap<>();
		for (Finding f : e.findings()) {
			if (COMPARED.contains(f.kind())) {
				m.putIfAbsent(f.kind().word() + '|' + f.subject() + '|' + f.memberNik(), f);
			}
		}
		return m;
	}

	/** The change of the benefit amount (after - before). */
	public long benefitDifference() {
		return FindingKind.BENEFIT.word().equals(kind) ? amountAfter - amountBefore : 0;
	}

	public Object[] cells() {
		return new Object[] { kpmId, desaCode, kind, subject, memberNik, before, after, amountBefore, amountAfter,
				explanationBefore, explanationAfter };
	}
}
