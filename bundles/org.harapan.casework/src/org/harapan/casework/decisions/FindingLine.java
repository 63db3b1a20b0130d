package org.harapan.casework.decisions;

import java.util.List;

import org.harapan.model.Household;
import org.harapan.rules.Finding;

/** The columns of {@code rules findings --out}: one line per finding. */
public final class FindingLine {

	public static final List<String> COLUMNS = List.of("kpm_id", "desa_code", "rule_set", "rule_set_version", "rule", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"kind", "member_nik", "amount", "text_id", "text_en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private FindingLine() {
	}

	public static Object[] cells(Household h, Finding f) {
		return new Object[] { h.getKpmId(), h.getDesaCode(), f.ruleSetId(), f.explanation().ruleSetVersion(),
				f.explanation().ruleId(), f.kind().word(), f.memberNik(), f.amountRp() == null ? "" : f.amountRp(), //$NON-NLS-1$
				f.text().id(), f.text().en() };
	}
}
