package org.harapan.rules;

import java.util.List;

/**
 * Why a finding was made: which rule set (and version) and which of its rules, the facts it used with the
 * record each came from, and a sentence in Bahasa Indonesia and English.
 */
public record Explanation(String ruleSetId, String ruleSetVersion, String ruleId, List<Fact> facts, Text text) {

	public Explanation {
		facts = List.copyOf(facts);
	}

	/** {@code ruleSetId version / ruleId}. */
	public String source() {
		return ruleSetId + " " + ruleSetVersion + " / " + ruleId; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
