package org.harapan.ui.casework.verification;

import java.util.Objects;

import org.harapan.casework.decisions.VerificationLine;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Conditionality;

/** One commitment of a member for the month: what the file records and what the case worker marks. */
public final class VerificationRow {

	private final VerificationLine line;
	private final ComplianceStatus stored;
	private final String storedEvidence;
	private ComplianceStatus status;
	private String evidence;
	private String sanction = ""; //$NON-NLS-1$

	VerificationRow(VerificationLine line) {
		this.line = line;
		this.stored = ComplianceStatus.get(line.status()); // null for notVerified
		this.storedEvidence = line.evidence();
		this.status = stored;
		this.evidence = storedEvidence;
	}

	public VerificationLine line() {
		return line;
	}

	public String kpmId() {
		return line.kpmId();
	}

	Conditionality conditionality() {
		return Conditionality.get(line.conditionality());
	}

	/** What the household file records, {@code null} when the commitment is not verified yet. */
	public ComplianceStatus stored() {
		return stored;
	}

	/** What is marked, {@code null} for not verified. */
	public ComplianceStatus status() {
		return status;
	}

	/** Marks the commitment verified ({@code MET}), not met or exempt. */
	public void setStatus(ComplianceStatus value) {
		status = value;
	}

	public String evidence() {
		return evidence;
	}

	/** The document the verification rests on (school attendance recap, KIA book, posyandu record). */
	public void setEvidence(String value) {
		evidence = value == null ? "" : value; //$NON-NLS-1$
	}

	/** The sanction the rules propose for the household in this month with the marks as they are. */
	public String sanction() {
		return sanction;
	}

	void setSanction(String value) {
		sanction = value;
	}

	/** Whether saving would change the household file. */
	public boolean isChanged() {
		return status != null && (status != stored || !Objects.equals(evidence.strip(), storedEvidence.strip()));
	}
}
