package org.harapan.casework.decisions;

import org.harapan.model.Household;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;

/**
 * One line of the disbursement list of a tahap: the benefit decided by the rules for a household.
 *
 * @param status one of {@code paid}, {@code cut}, {@code suspended}, {@code cancelled}, {@code graduated},
 *               {@code none}
 */
public record DisbursementLine(String kpmId, String desaCode, String facilitator, int year, int tahap,
		int components, long amountRp, String status, String reasonId, String reasonEn) {

	/** The columns of {@code disburse --out}. */
	public static final java.util.List<String> COLUMNS = java.util.List.of("kpm_id", "desa_code", "facilitator", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"year", "tahap", "components", "amount", "status", "reason"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** The line of a household from its evaluation (no benefit finding: status none, the reason says why). */
	public static DisbursementLine of(Household h, Evaluation e) {
		int components = (int) e.of(FindingKind.COMPONENT).stream().filter(f -> "paid".equals(f.outcome())).count(); //$NON-NLS-1$
		Finding benefit = e.first(FindingKind.BENEFIT, "benefit").orElse(null); //$NON-NLS-1$
		if (benefit == null) {
			String why = e.of(FindingKind.ERROR).stream().map(f -> f.text().en()).findFirst()
					.orElse("no national rule set decided a benefit"); //$NON-NLS-1$
			String whyId = e.of(FindingKind.ERROR).stream().map(f -> f.text().id()).findFirst()
					.orElse("tidak ada aturan nasional yang memutuskan bantuan"); //$NON-NLS-1$
			return new DisbursementLine(h.getKpmId(), h.getDesaCode(), h.getFacilitator(), e.period().year(),
					e.period().tahap(), components, 0, "none", whyId, why); //$NON-NLS-1$
		}
		return new DisbursementLine(h.getKpmId(), h.getDesaCode(), h.getFacilitator(), e.period().year(),
				e.period().tahap(), components, benefit.amountRp() == null ? 0 : benefit.amountRp(), benefit.outcome(),
				benefit.text().id(), benefit.text().en());
	}

	/** The reason in {@code language}. */
	public String reason(String language) {
		return "id".equalsIgnoreCase(language) ? reasonId : reasonEn; //$NON-NLS-1$
	}

	/** The cells of the CSV line. */
	public Object[] cells(String language) {
		return new Object[] { kpmId, desaCode, facilitator, year, tahap, components, amountRp, status,
				reason(language) };
	}
}
