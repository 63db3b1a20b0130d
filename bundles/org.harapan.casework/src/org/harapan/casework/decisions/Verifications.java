package org.harapan.casework.decisions;

import java.time.YearMonth;

import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Conditionality;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.Member;

/**
 * Recording the verification of one commitment (verifikasi komitmen) in the household file: the member's
 * {@link ComplianceRecord} of the month and conditionality, created or changed. The rules read these records
 * (compliance and the sanction ladder).
 */
public final class Verifications {

	private Verifications() {
	}

	/**
	 * Sets the status and evidence of member {@code nik}'s commitment {@code conditionality} for {@code month};
	 * {@code true} when anything changed, {@code false} also when no member has that NIK.
	 */
	public static boolean record(Household h, YearMonth month, String nik, Conditionality conditionality,
			ComplianceStatus status, String evidence) {
		Member member = h.getMembers().stream().filter(m -> nik.equals(m.getNik())).findFirst().orElse(null);
		if (member == null) {
			return false;
		}
		String text = evidence == null || evidence.isBlank() ? null : evidence.strip();
		for (ComplianceRecord r : h.getComplianceRecords()) {
			if (month.equals(r.getMonth()) && r.getMember() == member && r.getConditionality() == conditionality) {
				if (r.getStatus() == status && java.util.Objects.equals(r.getEvidence(), text)) {
					return false;
				}
				r.setStatus(status);
				r.setEvidence(text);
				return true;
			}
		}
		ComplianceRecord r = HarapanFactory.eINSTANCE.createComplianceRecord();
		r.setMonth(month);
		r.setMember(member);
		r.setConditionality(conditionality);
		r.setStatus(status);
		r.setEvidence(text);
		h.getComplianceRecords().add(r);
		return true;
	}
}
