package org.harapan.rules;

import org.harapan.model.Member;

/**
 * One decision of a rule about a household.
 *
 * @param kind        what it decides
 * @param subject     what exactly is decided, e.g. {@code benefit}, {@code component:elderly},
 *                    {@code aid:foodAid}; two rule sets deciding the same subject (for the same member) differently
 *                    give a {@link FindingKind#CONFLICT}
 * @param outcome     the decision in one word, e.g. {@code paid}, {@code notPaid}, {@code cut}, {@code open}
 * @param member      the member it concerns, or {@code null} for the household
 * @param amountRp    an amount in whole Rupiah where it has one, else {@code null}
 * @param explanation why
 */
public record Finding(FindingKind kind, String subject, String outcome, Member member, Long amountRp,
		Explanation explanation) {

	/** The NIK of the member, or an empty string. */
	public String memberNik() {
		return member == null || member.getNik() == null ? "" : member.getNik(); //$NON-NLS-1$
	}

	/** The rule set that made it. */
	public String ruleSetId() {
		return explanation.ruleSetId();
	}

	/** The sentence in Bahasa Indonesia and English. */
	public Text text() {
		return explanation.text();
	}
}
