package org.harapan.rules;

import java.util.Locale;

/** What a finding decides. */
public enum FindingKind {
	/** A PKH component of a member: paid, or not paid and why. */
	COMPONENT,
	/** The benefit of a household for a tahap. */
	BENEFIT,
	/** The verification of a commitment for a month. */
	COMPLIANCE,
	/** A step of the sanction ladder: cut, suspension, cancellation, reinstatement. */
	SANCTION,
	/** A referral to a service (Puskesmas, PMT lokal, entrepreneurship, sponsor). */
	REFERRAL,
	/** Aid of a (regional) programme: food package, PMT lokal, sponsor support. */
	AID,
	/** Graduation: natural, self-reliance candidate, graduasi paksa proposal. */
	GRADUATION,
	/** Two rule sets decided the same thing differently. */
	CONFLICT,
	/** A rule set failed (threw, or read a missing parameter); the others still ran. */
	ERROR;

	/** The lower-case word used in files and on the command line, e.g. {@code benefit}. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind named by {@link #word()}, or {@code null}. */
	public static FindingKind ofWord(String word) {
		for (FindingKind k : values()) {
			if (k.word().equalsIgnoreCase(word)) {
				return k;
			}
		}
		return null;
	}
}
