package org.harapan.casework.decisions;

import java.util.List;

import org.harapan.model.Household;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;

/** A household on the graduation review list: natural graduation, self-reliance candidate or graduasi paksa. */
public record GraduationLine(String kpmId, String desaCode, String facilitator, String proposal, int welfareDecile,
		String reasonId, String reasonEn) {

	public static final List<String> COLUMNS = List.of("kpm_id", "desa_code", "facilitator", "proposal", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"welfare_decile", "reason_id", "reason_en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** The households' graduation proposals (none when the rules propose nothing). */
	public static List<GraduationLine> of(Household h, Evaluation e) {
		return e.of(FindingKind.GRADUATION).stream().map(f -> line(h, f)).toList();
	}

	private static GraduationLine line(Household h, Finding f) {
		return new GraduationLine(h.getKpmId(), h.getDesaCode(), h.getFacilitator(), f.outcome(),
				h.getWelfareDecile(), f.text().id(), f.text().en());
	}

	public Object[] cells() {
		return new Object[] { kpmId, desaCode, facilitator, proposal, welfareDecile, reasonId, reasonEn };
	}
}
