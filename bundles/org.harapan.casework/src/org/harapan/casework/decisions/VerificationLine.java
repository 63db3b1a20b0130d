package org.harapan.casework.decisions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.harapan.model.ComplianceRecord;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.programme.ConditionalityRule;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.documents.ProgrammeDocuments;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.RuleSet;

/**
 * One commitment to verify for a month (verifikasi komitmen): a member with a paid component, a conditionality of
 * that component by the national programme, and what the household file records for the month.
 *
 * @param status {@code met}, {@code notMet}, {@code notApplicable}, {@code exempt} or {@code notVerified}
 */
public record VerificationLine(String kpmId, String desaCode, String facilitator, YearMonth month, String memberNik,
		String memberName, String component, String conditionality, String status, String evidence) {

	public static final List<String> COLUMNS = List.of("kpm_id", "desa_code", "facilitator", "month", "member_nik", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"member_name", "component", "conditionality", "status", "evidence"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** The commitments of a household for {@code month}, from its evaluation at the month's first day. */
	public static List<VerificationLine> of(Household h, YearMonth month, Evaluation e, ParameterVersion national) {
		List<VerificationLine> lines = new ArrayList<>();
		if (national == null) {
			return lines;
		}
		for (Finding f : e.of(FindingKind.COMPONENT)) {
			if (!"paid".equals(f.outcome()) || f.member() == null) { //$NON-NLS-1$
				continue;
			}
			String component = f.subject().substring(f.subject().indexOf(':') + 1);
			for (ConditionalityRule c : national.getConditionalities()) {
				if (c.getComponent().getLiteral().equals(component)) {
					lines.add(line(h, month, f.member(), component, c.getConditionality()));
				}
			}
		}
		return lines;
	}

	private static VerificationLine line(Household h, YearMonth month, Member m, String component,
			String conditionality) {
		ComplianceRecord found = null;
		for (ComplianceRecord r : h.getComplianceRecords()) {
			if (month.equals(r.getMonth()) && r.getMember() == m && r.getConditionality() != null
					&& r.getConditionality().getLiteral().equals(conditionality)) {
				found = r;
			}
		}
		String status = found == null ? "notVerified" : found.getStatus().getLiteral(); //$NON-NLS-1$
		return new VerificationLine(h.getKpmId(), h.getDesaCode(), h.getFacilitator(), month, m.getNik(), m.getName(),
				component, conditionality, status, found == null || found.getEvidence() == null ? "" : found.getEvidence()); //$NON-NLS-1$
	}

	/** The parameters of the national programme with conditionalities in force at {@code date}, or null. */
	public static ParameterVersion nationalParameters(RuleEngine engine, LocalDate date) {
		for (RuleSet s : engine.ruleSets()) {
			if (!s.regionCode().isEmpty()) {
				continue;
			}
			for (Programme p : s.programmes()) {
				ParameterVersion v = ProgrammeDocuments.versionAt(p, date);
				if (v != null && !v.getConditionalities().isEmpty()) {
					return v;
				}
			}
		}
		return null;
	}

	public Object[] cells() {
		return new Object[] { kpmId, desaCode, facilitator, month, memberNik, memberName, component, conditionality,
				status, evidence };
	}
}
