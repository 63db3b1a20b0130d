package org.harapan.ui.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.harapan.model.Household;
import org.harapan.programme.AidBenefit;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.rules.RuleSet;

/**
 * An aid the household does not get: an aid of a programme document of a rule set that applies to the
 * household's region and date, about which the rule set made no {@link FindingKind#AID} finding for the household.
 * Its target (who gets it, in the programme's words) is the condition that was not met.
 *
 * @param ruleSet   the rule set that reads the programme
 * @param programme the programme document
 * @param aid       the aid, in the parameter version in force at the evaluation date
 */
record WhyNot(RuleSet ruleSet, Programme programme, AidBenefit aid) {

	/** The aids of the rule sets in {@code installed} applying to {@code household} that it does not get. */
	static List<WhyNot> of(List<RuleSet> installed, Household household, Evaluation evaluation) {
		String desa = household.getDesaCode() == null ? "" : household.getDesaCode(); //$NON-NLS-1$
		LocalDate date = evaluation.date();
		List<WhyNot> result = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (RuleSet set : installed) {
			if (!applies(set, desa, date)) {
				continue;
			}
			for (Programme programme : set.programmes()) {
				ParameterVersion version = inForce(programme, date);
				if (version == null) {
					continue;
				}
				for (AidBenefit aid : version.getAids()) {
					if (seen.add(programme.getId() + '/' + aid.getId()) && !given(evaluation, set.id(), aid.getId())) {
						result.add(new WhyNot(set, programme, aid));
					}
				}
			}
		}
		return result;
	}

	/** Whether the rule set covers the desa (national, its province or kabupaten) and the date. */
	static boolean applies(RuleSet set, String desa, LocalDate date) {
		String region = set.regionCode();
		boolean covers = region == null || region.isEmpty() || desa.equals(region) || desa.startsWith(region + '.');
		return covers && !date.isBefore(set.effectiveFrom())
				&& (set.effectiveUntil() == null || !date.isAfter(set.effectiveUntil()));
	}

	/** The parameter version of the programme in force at {@code date}: the latest that started by then. */
	static ParameterVersion inForce(Programme programme, LocalDate date) {
		ParameterVersion found = null;
		for (ParameterVersion v : programme.getVersions()) {
			LocalDate from = v.getEffectiveFrom();
			if (from != null && !from.isAfter(date)
					&& (found == null || from.isAfter(found.getEffectiveFrom()))) {
				found = v;
			}
		}
		return found;
	}

	/** Whether the rule set made an aid finding about this aid: subject {@code aid:ID} or {@code aid:PREFIX}. */
	private static boolean given(Evaluation evaluation, String ruleSetId, String aidId) {
		for (Finding f : evaluation.of(FindingKind.AID)) {
			if (!ruleSetId.equals(f.ruleSetId()) || !f.subject().startsWith("aid:")) { //$NON-NLS-1$
				continue;
			}
			String subject = f.subject().substring("aid:".length()); //$NON-NLS-1$
			if (aidId.equals(subject) || aidId.startsWith(subject + '.')) {
				return true;
			}
		}
		return false;
	}
}
